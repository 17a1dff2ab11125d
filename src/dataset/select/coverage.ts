// Which region has which metric in which years: what can be compared at a glance.
import type { Metric, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';

export interface CoverageRow {
  region: Region;
  /** metric id → the years with a value (empty when none). */
  years: Record<string, number[]>;
  count: number;
}

export const coverage = (index: ObservationIndex, regions: readonly Region[], metrics: readonly Metric[]): CoverageRow[] =>
  regions.map((region) => {
    const years = Object.fromEntries(metrics.map((m) => [m.id, index.series(region.code, m.id).map((o) => o.year)]));
    return { region, years, count: Object.values(years).filter((y) => y.length > 0).length };
  });

/** Years as runs, so ten years fit a cell: [2015, 2016, 2017, 2019] → "2015–2017, 2019". */
export const yearRuns = (years: readonly number[]): string => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(', ');
};
