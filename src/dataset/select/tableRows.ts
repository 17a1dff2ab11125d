// Regions as rows, a theme's metrics as columns: the accessible alternative to every chart.
import type { Metric, Observation, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';
import { pickObservation } from './observationIndex.ts';
import { shownValue } from './perCapita.ts';

export interface TableCell {
  observation: Observation;
  value: number;
}

export interface TableRow {
  region: Region;
  cells: Record<string, TableCell | undefined>;
  /** Per capita only: the metrics whose value this region has but cannot show, for want of a citable population. */
  noPopulation: string[];
}

export const tableRows = (
  index: ObservationIndex,
  regions: readonly Region[],
  metrics: readonly Metric[],
  year: number | 'latest',
  wantPerCapita: boolean,
  /** Show a region's value that is not comparable when it has no comparable one (marked by the view). */
  others = false,
): TableRow[] =>
  regions.map((region) => {
    const noPopulation: string[] = [];
    const cells = Object.fromEntries(
      metrics.map((metric) => {
        const observation = pickObservation(index.series(region.code, metric.id), year, others);
        const value = observation ? shownValue(observation.value, metric, region, wantPerCapita) : null;
        if (observation && value === null) noPopulation.push(metric.id);
        return [metric.id, observation && value !== null ? { observation, value } : undefined];
      }),
    );
    return { region, cells, noPopulation };
  });
