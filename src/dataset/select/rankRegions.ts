// One metric, one year (or each region's latest): regions sorted by value, and those with none.
import type { Metric, Observation, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';
import { pickObservation } from './observationIndex.ts';
import { shownValue } from './perCapita.ts';

export interface RankRow {
  region: Region;
  observation: Observation;
  /** What is drawn: the stored value, or per 100,000 residents. */
  value: number;
}

export interface Ranking {
  rows: RankRow[];
  /** Regions with no value for this metric and year: listed as "no data", never drawn as 0. */
  missing: Region[];
  /** True when the rows come from more than one year (latest mode), so every label names its year. */
  yearsDiffer: boolean;
}

export const rankRegions = (
  index: ObservationIndex,
  regions: readonly Region[],
  metric: Metric,
  year: number | 'latest',
  wantPerCapita: boolean,
): Ranking => {
  const rows: RankRow[] = [];
  const missing: Region[] = [];
  for (const region of regions) {
    const observation = pickObservation(index.series(region.code, metric.id), year);
    const value = observation && shownValue(observation.value, metric, region, wantPerCapita);
    if (observation && value !== null && value !== undefined) rows.push({ region, observation, value });
    else missing.push(region);
  }
  rows.sort((a, b) => b.value - a.value || (a.region.code < b.region.code ? -1 : 1));
  return { rows, missing, yearsDiffer: new Set(rows.map((r) => r.observation.year)).size > 1 };
};
