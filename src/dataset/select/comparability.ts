// Like with like: a value is comparable with the regions' full-year totals only when it is one — the region's own
// figure, for a whole calendar year, counted as the metric defines it. Anything else says why it differs.
import type { Basis, Observation, Period } from '../schema.ts';

export type Difference =
  | { kind: 'scope'; scope: 'government_own' | 'sub_unit'; subject: { zh: string; en: string } | undefined }
  | { kind: 'period'; period: Period }
  | { kind: 'basis'; basis: Basis }
  | { kind: 'denominator'; denominator: string };

/** Why a value is not comparable with the regions' full-year totals; empty when it is. */
export const differences = (o: Observation): Difference[] => [
  ...(o.scope === 'region' ? [] : [{ kind: 'scope' as const, scope: o.scope, subject: o.subject }]),
  ...(o.period.kind === 'full_year' ? [] : [{ kind: 'period' as const, period: o.period }]),
  ...(o.basis === undefined ? [] : [{ kind: 'basis' as const, basis: o.basis }]),
  ...(o.denominator === undefined ? [] : [{ kind: 'denominator' as const, denominator: o.denominator }]),
];

export const isComparable = (o: Observation): boolean =>
  o.scope === 'region' && o.period.kind === 'full_year' && o.basis === undefined && o.denominator === undefined;
