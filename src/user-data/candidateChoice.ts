// Which candidate figures a new report adds: pure rules the add-report dialog shows before anything is saved.
// Two candidates of one report that would be the same record (same metric, for the report's region and year) collide:
// only one can be kept, the first is ticked, and the person chooses. A value the published data already holds is never
// added (published values win), so it is shown as such and cannot be ticked.
import type { Observation } from '../dataset/schema.ts';

export interface Choice {
  key: string;
  metric: string | null;
  accepted: boolean;
  /** The extractor's word on whose figure it is: anything but the region's own total is not ticked by default. */
  scope?: string;
}

export type Blocker = { kind: 'published'; observation: Observation } | { kind: 'duplicate'; of: string };

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
    const ok = c.metric !== null && isKnownMetric(c.metric) && (c.scope === undefined || c.scope === 'region') && !published(c.metric) && key !== null && !taken.has(key);
    if (ok && key !== null) taken.add(key);
    return { ...c, accepted: ok };
  });
};

/** Why a choice cannot be added as it stands: the published data holds that value, or a ticked choice is the same record. */
export const blockerOf = (c: Choice, all: readonly Choice[], published: (metric: string) => Observation | undefined): Blocker | null => {
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
