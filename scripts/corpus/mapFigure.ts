// One labelled corpus figure → one observation of data/, or the reason it stays out. Pure.
import { HEADLINE_METRICS } from './targets.ts';
import type { Basis, Observation, Period, Scope } from '../../src/dataset/schema.ts';
import {
  countingVerb,
  monthsOf,
  partYearWords,
  periodPhrase,
  readingOf,
  type CountingVerb,
} from './clauseReading.ts';
import type { CorpusFigure, CorpusRecord } from './corpusRecord.ts';
import { figureRef } from './corpusRecord.ts';
import type { FigureOverride } from './figureDecisions.ts';
import { routeMetric } from './metricRoutes.ts';

export interface Settlement {
  /** kept: as labelled; text_wins: the clause or a written decision changed the label; excluded: not stored. */
  status: 'kept' | 'text_wins' | 'excluded';
  reasons: string[];
}

/** Words before a full-year figure, in its sentence, that speak of part of a year or a moment, and how that was settled. */
export interface PartYearFlag {
  words: string;
  /** decision: a written decision set the period; confirmed: a written decision keeps the full year; text_wins: the
   * import stored the period as unknown because nobody decided. */
  settled: 'decision' | 'confirmed' | 'text_wins';
}

export interface MappedFigure {
  ref: string;
  figure: CorpusFigure;
  observation: Observation | null;
  settlement: Settlement;
  partYear?: PartYearFlag;
}

export interface MapContext {
  sourceId: string;
  override: FigureOverride | undefined;
  recordSubject: { zh: string; en: string } | undefined;
  /** Why this figure is a full year although part-year words come before it in its sentence (figureDecisions.ts). */
  fullYearConfirmed?: string;
  /** unit of each catalogue metric (base catalogue plus the corpus's own entries). */
  unitOf: (metric: string) => string | undefined;
}

/** Count metrics whose definition names a counting verb; the clause's own verb decides. */
const VERB_ROUTES: Record<string, Partial<Record<CountingVerb, { metric?: string; basis?: Basis }>>> = {
  'review.cases': {
    accepted: { metric: 'review.accepted' },
    concluded: { metric: 'review.concluded' },
    handled: { basis: 'handled' },
  },
  'mediation.cases': {
    received: { basis: 'received' },
    accepted: { basis: 'accepted' },
    handled: { basis: 'handled' },
    resolved: { basis: 'resolved' },
  },
  'litigation.cases': { handled: { basis: 'handled' } },
  'legal_aid.cases': { concluded: { metric: 'legal_aid.concluded' } },
};

/** The contract's rankable core: a part of a region's total never goes under one of these without a written decision. */
const REGION_TOTALS = HEADLINE_METRICS;

const VERB_WORDS: Record<CountingVerb, string> = {
  received: '收到/新收/收案',
  accepted: '受理',
  handled: '办理/承办',
  concluded: '审结/办结',
  mediated: '调解/调处',
  resolved: '化解/调解成功',
};

const unitFamily = (unit: string): string =>
  unit === '%' || unit === 'percent'
    ? 'percent'
    : unit === '元' || unit === 'yuan'
      ? 'yuan'
      : unit === '天' || unit === 'days'
        ? 'days'
        : unit === '小时' || unit === 'hours'
          ? 'hours'
          : 'count';

const excluded = (ref: string, figure: CorpusFigure, reason: string): MappedFigure => ({
  ref,
  figure,
  observation: null,
  settlement: { status: 'excluded', reasons: [reason] },
});

function periodOf(record: CorpusRecord, figure: CorpusFigure): Period {
  if (figure.scope === 'cumulative') return { kind: 'multi_year' };
  if (figure.scope === 'prior_year') return { kind: 'full_year' };
  return { kind: record.period };
}

function denominatorOf(clause: string): string | undefined {
  const m = /[占佔]([^，,。；;%\d]{2,30}?)的?\s*[\d.]+\s*%/.exec(clause);
  const words = m?.[1]?.trim();
  return words !== undefined && words !== '比' && words.length >= 2 ? words : undefined;
}

export function mapFigure(
  record: CorpusRecord,
  figure: CorpusFigure,
  index: number,
  ctx: MapContext,
): MappedFigure {
  const ref = figureRef(record.id, index);
  const o = ctx.override;
  if (figure.scope === 'change') return excluded(ref, figure, 'a change, not a level: not stored');
  if (o?.exclude === true) return excluded(ref, figure, o.reason);
  if (!record.text.includes(figure.clause))
    return excluded(ref, figure, 'the clause is not in the record text');
  if (figure.clause.length > 60) return excluded(ref, figure, 'the clause is longer than 60 characters');

  const reasons: string[] = [];
  let textWins = false;
  const route = routeMetric(figure.metric);
  if ('excluded' in route && o?.metric === undefined) return excluded(ref, figure, route.excluded);
  let metric = o?.metric ?? ('metric' in route ? route.metric : figure.metric);
  if (metric !== figure.metric && o?.metric === undefined && !figure.metric.startsWith('rule_of_law.'))
    reasons.push(`catalogue id ${metric} (same object as ${figure.metric})`);

  let basis: Basis | undefined;
  const verb = countingVerb(figure.clause);
  const verbRoute = verb === null ? undefined : VERB_ROUTES[metric]?.[verb];
  if (verb !== null && verbRoute !== undefined) {
    if (verbRoute.metric !== undefined) {
      reasons.push(`the clause says ${VERB_WORDS[verb]}: ${verbRoute.metric}, not ${metric}`);
      metric = verbRoute.metric;
      textWins = true;
    }
    if (verbRoute.basis !== undefined) {
      basis = verbRoute.basis;
      reasons.push(`the clause says ${VERB_WORDS[verb]}: basis "${basis}"`);
    }
  }
  if (o?.basis !== undefined) basis = o.basis ?? undefined;

  const unit = ctx.unitOf(metric);
  if (unit === undefined) return excluded(ref, figure, `no catalogue entry for ${metric}`);
  if (unitFamily(unit) !== unitFamily(figure.unit))
    return excluded(ref, figure, `unit ${figure.unit || '(none)'} does not fit ${metric} (${unit})`);
  if (unit !== 'count' && unit !== 'people' && unit !== 'person_times') basis = undefined;
  if (unit === 'percent' && figure.value > 100)
    return excluded(
      ref,
      figure,
      `${figure.value}% is a ratio above 100 (completion of a target, cases per cases), not a share; the dataset's percents are 0–100`,
    );

  if (figure.scope === 'prior_year' && figure.year === undefined && o?.year === undefined)
    return excluded(ref, figure, 'an earlier figure whose year the text does not give');
  const year = o?.year ?? figure.year ?? record.year;
  if (year === null) return excluded(ref, figure, 'the page does not say which year');

  let scope: Scope = 'region';
  if (figure.scope === 'government_own') scope = 'government_own';
  scope = o?.scope ?? scope;
  const subject = scope === 'region' ? undefined : (o?.subject ?? ctx.recordSubject);
  if (scope !== 'region' && subject === undefined)
    return excluded(ref, figure, 'no subject written for a non-regional figure');
  if (figure.scope === 'sub_category' && REGION_TOTALS.has(metric) && o === undefined)
    return excluded(ref, figure, `a part labelled with the regional total ${metric}: needs a decision`);
  if (figure.scope === 'court' && !metric.startsWith('court.'))
    return excluded(ref, figure, `a court figure labelled ${metric}: needs a court.* decision`);

  let period: Period = o?.period ?? periodOf(record, figure);
  if (o?.period === undefined) {
    const phrase = periodPhrase(figure.clause, period.kind);
    if (phrase !== undefined) period.phrase = phrase;
    const months = phrase === undefined ? undefined : monthsOf(phrase);
    if (period.kind === 'partial_year' && months !== undefined) period.months = months;
  }
  // A full year by the label, but its sentence says 今年以来, 截至目前, 目前…: a written decision settles it; without one
  // the period is stored as unknown (never more than the text says).
  const words =
    periodOf(record, figure).kind === 'full_year' ? partYearWords(record.text, figure.clause) : undefined;
  let partYear: PartYearFlag | undefined;
  if (words !== undefined) {
    if (o?.period !== undefined) partYear = { words, settled: 'decision' };
    else if (ctx.fullYearConfirmed !== undefined) {
      partYear = { words, settled: 'confirmed' };
      reasons.push(`«${words}» before the figure does not govern it: ${ctx.fullYearConfirmed}`);
    } else {
      partYear = { words, settled: 'text_wins' };
      period = { kind: 'unknown', phrase: words.slice(0, 20) };
      reasons.push(
        `the sentence says «${words}» before the figure: not stored as a full year without a decision`,
      );
      textWins = true;
    }
  }

  let qualifier = o?.qualifier ?? figure.qualifier;
  const reading = readingOf(figure.clause, figure.value);
  if (reading === null)
    reasons.push(`the clause reader finds no ${figure.value} in the clause; label's value kept`);
  else if (o?.qualifier === undefined && reading.qualifier !== figure.qualifier) {
    // A hedge the label missed is read from the clause; a hedge the reader cannot see (三分之二, 12万件起) stays as labelled.
    if (reading.qualifier === 'exact')
      reasons.push(`label says ${figure.qualifier}, the clause reader sees no hedge; label kept`);
    else {
      reasons.push(
        `label says ${figure.qualifier}, the clause says ${reading.qualifier} (${reading.marker})`,
      );
      qualifier = reading.qualifier;
      textWins = true;
    }
  }
  if (o !== undefined) {
    reasons.push(o.reason);
    textWins = true;
  }

  const observation: Observation = {
    region: record.region_code,
    year,
    metric,
    value: figure.value,
    qualifier,
    source: ctx.sourceId,
    evidence: figure.clause,
    scope,
    period,
  };
  if (basis !== undefined) observation.basis = basis;
  if (unit === 'percent') {
    const denominator = denominatorOf(figure.clause);
    if (denominator !== undefined) observation.denominator = denominator;
  }
  if (subject !== undefined) observation.subject = subject;
  if (o?.note !== undefined) observation.note = o.note;
  const mapped: MappedFigure = {
    ref,
    figure,
    observation,
    settlement: { status: textWins ? 'text_wins' : 'kept', reasons },
  };
  if (partYear !== undefined) mapped.partYear = partYear;
  return mapped;
}
