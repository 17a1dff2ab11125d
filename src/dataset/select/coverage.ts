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
