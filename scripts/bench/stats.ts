// Summaries of repeated measurements: medians for load figures, nearest-rank percentiles for interaction latencies.

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
};

/** The middle value; the mean of the two middle ones for an even count. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const ratio = (value: number, floor: number): number => (floor > 0 ? value / floor : Number.NaN);

export interface Spread {
  median: number;
  /** The middle half of the values: 25th and 75th percentiles. */
  p25: number;
  p75: number;
}

export const spread = (values: readonly number[]): Spread => ({
  median: median(values),
  p25: percentile(values, 25),
  p75: percentile(values, 75),
});

/**
 * Each run's value over the floor's of the same run: the two pages load alternately, so a run's pair shares the
 * machine's state of the moment, and the spread of these ratios shows how far one batch's verdict can be trusted.
 */
export const pairedRatios = (values: readonly number[], floors: readonly number[]): number[] =>
  values.map((v, i) => ratio(v, floors[i] ?? Number.NaN));
