// The metrics of one theme side by side: each value scaled to the largest in its metric, so rates and counts share an axis.
// Only metrics that at least two of the shown regions report are compared; the rest stay in the table.
import type { Metric, Observation, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';
import { pickObservation, pickOther } from './observationIndex.ts';
import { shownValue } from './perCapita.ts';

export interface ProfileCell {
  region: Region;
  metric: Metric;
  observation: Observation;
  value: number;
  /** 0–100: the share of the largest value of this metric among the regions shown. */
  scaled: number;
}

export const profileCells = (
  index: ObservationIndex,
  regions: readonly Region[],
  metrics: readonly Metric[],
  year: number | 'latest',
  wantPerCapita: boolean,
  /** Also draw a value that is not comparable, for a region without a comparable one (marked by the chart). */
  others = false,
): {
  metrics: Metric[];
  cells: ProfileCell[];
  singleRegion: Metric[];
  notComparable: Array<{ region: Region; metric: Metric; observation: Observation }>;
  /** Per capita only: values left out because their region has no citable population. */
  noPopulation: Array<{ region: Region; metric: Metric }>;
} => {
  const notComparable: Array<{ region: Region; metric: Metric; observation: Observation }> = [];
  const noPopulation: Array<{ region: Region; metric: Metric }> = [];
  const cells: ProfileCell[] = [];
  const shown: Metric[] = [];
  const singleRegion: Metric[] = [];
  const needed = Math.min(2, regions.length);
  for (const metric of metrics) {
    const found = regions.flatMap((region) => {
      const series = index.series(region.code, metric.id);
      const observation = pickObservation(series, year, others);
      const other = observation ? undefined : pickOther(series, year);
      if (other) notComparable.push({ region, metric, observation: other });
      if (!observation) return [];
      const value = shownValue(observation.value, metric, region, wantPerCapita);
      if (value === null) noPopulation.push({ region, metric });
      return value === null ? [] : [{ region, metric, observation, value }];
    });
    if (found.length === 0) continue;
    if (found.length < needed) {
      singleRegion.push(metric);
      continue;
    }
    const max = Math.max(...found.map((c) => Math.abs(c.value)));
    shown.push(metric);
    for (const c of found) cells.push({ ...c, scaled: max === 0 ? 0 : (100 * c.value) / max });
  }
  return { metrics: shown, cells, singleRegion, notComparable, noPopulation };
};
