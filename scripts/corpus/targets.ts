// Issue #15's targets: regions with a headline figure of any scope or period, and regions with one that is their own
// full-year total (scope region, period full_year). Headline = mediation, review, court appearance, legal aid.
import type { Observation } from '../../src/dataset/schema.ts';

/** The contract's rankable core of the four headline themes (schema-v2.md). */
export const HEADLINE_METRICS = new Set([
  'mediation.cases',
  'mediation.resolved',
  'mediation.success_rate',
  'mediation.committees',
  'mediation.mediators',
  'review.cases',
  'review.accepted',
  'review.concluded',
  'review.settled',
  'review.correction_rate',
  'review.resolution_rate',
  'review.settlement_rate',
  'litigation.cases',
  'litigation.head_appearances',
  'litigation.head_appearance_rate',
  'litigation.loss_rate',
  'legal_aid.cases',
  'legal_aid.consultations',
  'legal_aid.recovered',
]);

export interface TargetCounts {
  anyHeadline: number;
  fullYearHeadline: number;
}

/** Counts over the given observations' regions, leaving out `exceptRegions` (the five reports' regions). */
export function targetCounts(
  observations: Observation[],
  exceptRegions: ReadonlySet<string> = new Set(),
  metrics: ReadonlySet<string> = HEADLINE_METRICS,
): TargetCounts {
  const headline = observations.filter((o) => metrics.has(o.metric) && !exceptRegions.has(o.region));
  return {
    anyHeadline: new Set(headline.map((o) => o.region)).size,
    fullYearHeadline: regionsWithFullYearHeadline(headline, metrics).size,
  };
}

/** The regions with a headline figure that is their own full-year total (scope region, period full_year). */
export function regionsWithFullYearHeadline(
  observations: Observation[],
  metrics: ReadonlySet<string> = HEADLINE_METRICS,
): Set<string> {
  return new Set(
    observations
      .filter((o) => metrics.has(o.metric) && o.scope === 'region' && o.period.kind === 'full_year')
      .map((o) => o.region),
  );
}
