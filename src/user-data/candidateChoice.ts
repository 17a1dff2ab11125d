// Which candidate figures a new report adds: pure rules the add-report dialog shows before anything is saved.
// Two candidates of one report that would be the same record (same metric, for the report's region and year) collide:
// only one can be kept, the first is ticked, and the person chooses. A value the published data already holds is never
// added (published values win), so it is shown as such and cannot be ticked.
import type { Observation, Period } from '../dataset/schema.ts';

export interface Choice {
  key: string;
  metric: string | null;
  accepted: boolean;
  /** The extractor's word on whose figure it is: anything but the region's own total is not ticked by default. */
  scope?: string;
  /** The year the figure is for, when the extractor read one (an earlier year's figure quoted for comparison). */
  year?: number;
  /** The stretch of time the text states for it (今年以来, 1-10月, 五年来). */
  period?: { kind: string };
}

/**
 * Why a choice cannot be added: the published data holds that value; a ticked choice is the same record; it is a change,
 * not a level (同比增长8.3% is no count); it is another year's figure (the report's records are all of the report's year).
 */
export type Blocker =
  | { kind: 'published'; observation: Observation }
  | { kind: 'duplicate'; of: string }
  | { kind: 'change' }
  | { kind: 'otherYear'; year?: number };

/** The metric a candidate can be recorded as: a known one, and never for a change (同比增长12% is no level of the metric). */
export const candidateMetric = (c: { metric: string | null; scope?: string }, isKnownMetric: (m: string) => boolean): string | null =>
  c.metric !== null && isKnownMetric(c.metric) && c.scope !== 'change' ? c.metric : null;

/** The record a choice would become, for collisions: its metric (the region and year are the report's). */
export const recordKey = (c: Pick<Choice, 'metric'>): string | null => c.metric;

/** Ticks the recognised region totals, the first of each record only; the rest wait for the person. */
export const defaultTicks = <C extends Choice>(choices: readonly C[], isKnownMetric: (m: string) => boolean, published: (metric: string) => Observation | undefined): C[] => {
  const taken = new Set<string>();
  return choices.map((c) => {
    const key = recordKey(c);
    // A figure of part of a year or of several years is the person's call: never ticked for them.
    const wholeYear = c.period === undefined || c.period.kind === 'full_year';
    const ok = c.metric !== null && isKnownMetric(c.metric) && (c.scope === undefined || c.scope === 'region') && wholeYear && !published(c.metric) && key !== null && !taken.has(key);
    if (ok && key !== null) taken.add(key);
    return { ...c, accepted: ok };
  });
};

/** Why a choice cannot be added as it stands (see Blocker), or null. */
export const blockerOf = (c: Choice, all: readonly Choice[], published: (metric: string) => Observation | undefined): Blocker | null => {
  if (c.scope === 'change') return { kind: 'change' };
  // The extractor's word that the figure is an earlier year's (上年…, 2022年为…), whatever year the report is then given.
  if (c.scope === 'prior_year') return { kind: 'otherYear', ...(c.year !== undefined ? { year: c.year } : {}) };
  if (c.metric === null) return null;
  const existing = published(c.metric);
  if (existing) return { kind: 'published', observation: existing };
  const key = recordKey(c);
  const other = all.find((o) => o.key !== c.key && o.accepted && recordKey(o) === key);
  return other ? { kind: 'duplicate', of: other.key } : null;
};

/** Ticking one choice unticks the others that are the same record: one value per record, chosen by the person. */
export const tick = <C extends Choice>(choices: readonly C[], key: string, accepted: boolean): C[] => {
  const chosen = choices.find((c) => c.key === key);
  const record = chosen ? recordKey(chosen) : null;
  return choices.map((c) => (c.key === key ? { ...c, accepted } : accepted && record !== null && recordKey(c) === record ? { ...c, accepted: false } : c));
};

/** The report year a text names: its title or opening (see inferReportYear), else a year it starts with ("2024年，全区…"). */
export const openingYear = (text: string): number | undefined => {
  const m = /^\s*[^\n\d，,。；;]{0,15}?((?:19|20)\d{2})\s*年/.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
};

/** The extractor's period as the data stores it: its kind and bounds, and its words cut to the schema's 20 characters. */
export const savedPeriod = (p: { kind: string; months?: [number, number]; from?: number; to?: number; phrase?: string }): Period => {
  const phrase = p.phrase ? { phrase: p.phrase.slice(0, 20) } : {};
  switch (p.kind) {
    case 'partial_year':
      return { kind: 'partial_year', ...(p.months ? { months: p.months } : {}), ...phrase };
    case 'multi_year':
      return { kind: 'multi_year', ...(p.from !== undefined ? { from: p.from } : {}), ...(p.to !== undefined ? { to: p.to } : {}), ...phrase };
    case 'full_year':
      return { kind: 'full_year', ...phrase };
    default:
      return { kind: 'unknown', ...phrase };
  }
};
