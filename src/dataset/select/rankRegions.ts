// One metric, one year (or each region's latest): regions sorted by value, those not comparable, and those with none.
import type { Metric, Observation, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';
import { pickObservation, pickOther } from './observationIndex.ts';
import { shownValue } from './perCapita.ts';
import { differences, type Difference } from './comparability.ts';

export interface RankRow {
  region: Region;
  observation: Observation;
  /** What is drawn: the stored value, or per 100,000 residents. */
  value: number;
  /** Why this value is not a full-year regional total like the others; empty when it is one. */
  differs: Difference[];
}

export interface Ranking {
  rows: RankRow[];
  /** Values that are not comparable (a body's own count, part of a year, several years…): listed, drawn only on request. */
  notComparable: RankRow[];
  /** Regions with no value for this metric and year: listed as "no data", never drawn as 0. */
  missing: Region[];
  /** Per capita only: regions with a value but no citable population, named as left out (not as "no data"). */
  noPopulation: Region[];
  /** True when the rows come from more than one year (latest mode), so every label names its year. */
  yearsDiffer: boolean;
}

export const rankRegions = (
  index: ObservationIndex,
  regions: readonly Region[],
  metric: Metric,
  year: number | 'latest',
  wantPerCapita: boolean,
  /** Draw the values that are not comparable too, marked. */
  others = false,
): Ranking => {
  const rows: RankRow[] = [];
  const notComparable: RankRow[] = [];
  const missing: Region[] = [];
  const noPopulation: Region[] = [];
  for (const region of regions) {
    const series = index.series(region.code, metric.id);
    const observation = pickObservation(series, year);
    const other = observation ? undefined : pickOther(series, year);
    const shown = observation ?? other;
    const value = shown ? shownValue(shown.value, metric, region, wantPerCapita) : null;
    if (!shown) missing.push(region);
    else if (value === null) noPopulation.push(region);
    else if (observation) rows.push({ region, observation, value, differs: [] });
    else (others ? rows : notComparable).push({ region, observation: shown, value, differs: differences(shown) });
  }
  rows.sort((a, b) => b.value - a.value || (a.region.code < b.region.code ? -1 : 1));
  return { rows, notComparable, missing, noPopulation, yearsDiffer: new Set(rows.map((r) => r.observation.year)).size > 1 };
};
