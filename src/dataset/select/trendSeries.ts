// One metric across years: a line of points per region, within the chosen range.
import type { Metric, Observation, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';
import { shownValue } from './perCapita.ts';

export interface TrendPoint {
  year: number;
  value: number;
  observation: Observation;
}

export interface TrendSeries {
  region: Region;
  points: TrendPoint[];
}

export const trendSeries = (
  index: ObservationIndex,
  regions: readonly Region[],
  metric: Metric,
  range: { from: number | null; to: number | null },
  wantPerCapita: boolean,
): { series: TrendSeries[]; years: number[] } => {
  const inRange = (y: number) => (range.from === null || y >= range.from) && (range.to === null || y <= range.to);
  const series = regions.map((region) => ({
    region,
    points: index
      .series(region.code, metric.id)
      .filter((o) => inRange(o.year))
      .flatMap((o) => {
        const value = shownValue(o.value, metric, region, wantPerCapita);
        return value === null ? [] : [{ year: o.year, value, observation: o }];
      }),
  }));
  const years = index.years.filter(inRange);
  return { series, years };
};
