// Stage 2: rules a schema cannot express. Each rule is a pure function Dataset → Problem[].
import type { Dataset, Derivation, Observation } from './schema.ts';
import { fileName } from './files.ts';
import { observationKey } from './observationKey.ts';
import type { Problem } from './problem.ts';

export type Rule = (d: Dataset) => Problem[];

export const OBS_FILE = fileName('observations');
/** The record as a person reads it: region, year, metric, and scope and period when they are not a full-year total. */
export const obsLabel = (o: Observation) =>
  o.scope === 'region' && o.period.kind === 'full_year'
    ? `${o.region} ${o.year} ${o.metric}`
    : `${o.region} ${o.year} ${o.metric} ${o.scope} ${o.period.kind}`;
export const obsProblem = (o: Observation, index: number, field: string, message: string): Problem => ({
  file: OBS_FILE,
  index,
  key: obsLabel(o),
  field,
  message,
});

/** Pairs where the part can never exceed the whole in one region, year, scope and period. */
export const PART_OF: ReadonlyArray<readonly [part: string, whole: string]> = [
  ['mediation.resolved', 'mediation.cases'],
  ['mediation.police_station_cases', 'mediation.cases'],
  ['mediation.police_station_resolved', 'mediation.police_station_cases'],
  ['review.settled', 'review.concluded'],
  ['legal_aid.migrant_worker_cases', 'legal_aid.cases'],
  ['legal_aid.military_cases', 'legal_aid.cases'],
  ['legal_aid.migrant_worker_recovered', 'legal_aid.recovered'],
];

/** Rates that must agree with part / whole when all three are stated exactly. */
export const RATE_OF: ReadonlyArray<{ rate: string; part: string; whole: string }> = [
  { rate: 'mediation.success_rate', part: 'mediation.resolved', whole: 'mediation.cases' },
  { rate: 'mediation.police_station_success_rate', part: 'mediation.police_station_resolved', whole: 'mediation.police_station_cases' },
  { rate: 'review.settlement_rate', part: 'review.settled', whole: 'review.concluded' },
];

/** Finds the value of another metric with the same region, year, scope and period kind as a given observation:
 * parts, wholes, rates and derivation inputs are only ever compared within one scope and period. */
export const lookup = (d: Dataset) => {
  const byKey = new Map(d.observations.map((o) => [observationKey(o), o]));
  return (like: Observation, metric: string) => byKey.get(observationKey({ ...like, metric }));
};

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
/** Half a unit in the stated value's last decimal place: the most rounding can explain. */
const roundingTolerance = (stated: number) => 0.5 * 10 ** -decimals(stated) + 1e-9;

export const unknownReferences: Rule = (d) => {
  const has = (list: { id?: string; code?: string }[]) => new Set(list.map((x) => x.id ?? x.code));
  const regions = has(d.regions);
  const metrics = has(d.metrics);
  const sources = has(d.sources);
  const themes = has(d.themes);
  const problems: Problem[] = [];
  d.metrics.forEach((m, i) => {
    if (!themes.has(m.theme))
      problems.push({ file: fileName('metrics'), index: i, key: m.id, field: 'theme', message: `unknown theme "${m.theme}"` });
  });
  d.sources.forEach((s, i) => {
    if (!regions.has(s.region))
      problems.push({ file: fileName('sources'), index: i, key: s.id, field: 'region', message: `unknown region "${s.region}"` });
  });
  d.observations.forEach((o, i) => {
    if (!regions.has(o.region)) problems.push(obsProblem(o, i, 'region', `unknown region "${o.region}"`));
    if (!metrics.has(o.metric)) problems.push(obsProblem(o, i, 'metric', `unknown metric "${o.metric}"`));
    if (!sources.has(o.source)) problems.push(obsProblem(o, i, 'source', `unknown source "${o.source}"`));
    const inputs = o.derivation?.kind === 'ratio' ? [o.derivation.numerator, o.derivation.denominator] : o.derivation?.kind === 'sum' ? o.derivation.of : [];
    for (const m of inputs) if (!metrics.has(m)) problems.push(obsProblem(o, i, 'derivation', `unknown input metric "${m}"`));
  });
  return problems;
};

export const conflictingDuplicates: Rule = (d) => {
  const first = new Map<string, Observation>();
  const problems: Problem[] = [];
  d.observations.forEach((o, i) => {
    const seen = first.get(observationKey(o));
    if (!seen) first.set(observationKey(o), o);
    else if (seen.value !== o.value)
      problems.push(obsProblem(o, i, 'value', `duplicate of an earlier record with value ${seen.value}, this one says ${o.value}`));
  });
  return problems;
};

export const valuesInRange: Rule = (d) => {
  const unitOf = new Map(d.metrics.map((m) => [m.id, m.unit]));
  return d.observations.flatMap((o, i) => {
    const unit = unitOf.get(o.metric);
    if (unit === 'percent' && (o.value < 0 || o.value > 100))
      return [obsProblem(o, i, 'value', `percent ${o.value} is outside 0–100 (store 98.5, not 0.985)`)];
    if (unit !== undefined && unit !== 'percent' && o.value < 0) return [obsProblem(o, i, 'value', `negative ${unit} ${o.value}`)];
    return [];
  });
};

export const partNotAboveWhole: Rule = (d) => {
  const find = lookup(d);
  return d.observations.flatMap((o, i) =>
    PART_OF.filter(([part]) => part === o.metric).flatMap((pair) => {
      const whole = find(o, pair[1]);
      // Counts on different bases (受理 vs 办理) are different objects: no bound between them.
      return whole && whole.basis === o.basis && o.value > whole.value
        ? [obsProblem(o, i, 'value', `${o.value} is greater than ${pair[1]} ${whole.value}`)]
        : [];
    }),
  );
};

export const statedRateAgrees: Rule = (d) => {
  const find = lookup(d);
  return d.observations.flatMap((o, i) => {
    const rule = RATE_OF.find((r) => r.rate === o.metric);
    // A rate outside 0–100 is already reported by valuesInRange: one fault, one line.
    if (!rule || o.qualifier !== 'exact' || o.value < 0 || o.value > 100) return [];
    const part = find(o, rule.part);
    const whole = find(o, rule.whole);
    if (!part || !whole || part.qualifier !== 'exact' || whole.qualifier !== 'exact' || whole.value === 0) return [];
    const computed = (100 * part.value) / whole.value;
    return Math.abs(computed - o.value) > roundingTolerance(o.value)
      ? [obsProblem(o, i, 'value', `stated rate ${o.value} disagrees with ${rule.part}/${rule.whole} = ${computed.toFixed(2)}`)]
      : [];
  });
};

/** The value a derivation implies, or null when an input is missing. */
export const recompute = (o: Observation, dv: Derivation, find: ReturnType<typeof lookup>): number | null => {
  switch (dv.kind) {
    case 'yoy_percent':
      return dv.base_value / (1 + dv.change_percent / 100);
    case 'yoy_absolute':
      return dv.base_value - dv.change;
    case 'ratio': {
      const num = find(o, dv.numerator);
      const den = find(o, dv.denominator);
      return num && den && den.value !== 0 ? (100 * num.value) / den.value : null;
    }
    case 'sum': {
      const parts = dv.of.map((m) => find(o, m));
      return parts.every(Boolean) ? parts.reduce((s, p) => s + (p?.value ?? 0), 0) : null;
    }
  }
};

export const derivedFollows: Rule = (d) => {
  const find = lookup(d);
  const unitOf = new Map(d.metrics.map((m) => [m.id, m.unit]));
  return d.observations.flatMap((o, i) => {
    if (o.qualifier === 'derived' && !o.derivation) return [obsProblem(o, i, 'derivation', 'a derived value must say what it was derived from')];
    if (!o.derivation) return [];
    if (o.qualifier !== 'derived') return [obsProblem(o, i, 'qualifier', `has a derivation, so qualifier must be "derived", not "${o.qualifier}"`)];
    const expected = recompute(o, o.derivation, find);
    if (expected === null) return [obsProblem(o, i, 'derivation', `an input of this ${o.derivation.kind} is missing for ${o.region} ${o.year} (${o.scope}, ${o.period.kind})`)];
    const tolerance = unitOf.get(o.metric) === 'percent' ? 0.01 : 0.5;
    return Math.abs(expected - o.value) > tolerance + 1e-9
      ? [obsProblem(o, i, 'value', `derived ${o.value} does not follow from its inputs, which give ${expected.toFixed(2)}`)]
      : [];
  });
};

export const CONSISTENCY_RULES: Record<string, Rule> = {
  unknownReferences,
  conflictingDuplicates,
  valuesInRange,
  partNotAboveWhole,
  statedRateAgrees,
  derivedFollows,
};

export const consistencyProblems = (d: Dataset): Problem[] => Object.values(CONSISTENCY_RULES).flatMap((rule) => rule(d));
