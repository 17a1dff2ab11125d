// One metric across years: a line of points per region, within the chosen range.
import type { Metric, Observation, Region } from '../schema.ts';
import type { ObservationIndex } from './observationIndex.ts';
import { pickObservation, pickOther } from './observationIndex.ts';
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
  /** Also draw, for a year without a comparable value, the value that is not comparable (marked by the chart). */
  others = false,
): {
  series: TrendSeries[];
  years: number[];
  notComparable: Array<{ region: Region; observation: Observation }>;
  /** Per capita only: regions with values in range but no citable population, named as left out. */
  noPopulation: Region[];
  /** Regions with no value in range at all: named as "no data", never drawn as 0. */
  missing: Region[];
} => {
  const inRange = (y: number) => (range.from === null || y >= range.from) && (range.to === null || y <= range.to);
  const notComparable: Array<{ region: Region; observation: Observation }> = [];
  const noPopulation = new Set<Region>();
  const series = regions.map((region) => {
    const all = index.series(region.code, metric.id).filter((o) => inRange(o.year));
    const years = [...new Set(all.map((o) => o.year))];
    // One point a year: the comparable value, else (on request) the other one, never two values in one year.
    const points = years.flatMap((year) => {
      const o = pickObservation(all, year, others);
      if (!o) {
        const other = pickOther(all, year);
        if (other) notComparable.push({ region, observation: other });
        return [];
      }
      const value = shownValue(o.value, metric, region, wantPerCapita);
      if (value === null) noPopulation.add(region);
      return value === null ? [] : [{ year: o.year, value, observation: o }];
    });
    return { region, points };
  });
  const years = index.years.filter(inRange);
  const listed = new Set([...noPopulation, ...notComparable.map((n) => n.region)]);
  const missing = series.filter((s) => s.points.length === 0 && !listed.has(s.region)).map((s) => s.region);
  return { series, years, notComparable, noPopulation: [...noPopulation], missing };
};
