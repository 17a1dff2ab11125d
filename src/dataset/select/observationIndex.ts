// Observations grouped by region and metric, years ascending: the lookup every selector shares.
import type { Observation } from '../schema.ts';

export interface ObservationIndex {
  series(region: string, metric: string): readonly Observation[];
  years: readonly number[];
}

export const indexObservations = (observations: readonly Observation[]): ObservationIndex => {
  const byKey = new Map<string, Observation[]>();
  const years = new Set<number>();
  for (const o of observations) {
    const key = `${o.region}|${o.metric}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
    years.add(o.year);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.year - b.year);
  return {
    series: (region, metric) => byKey.get(`${region}|${metric}`) ?? [],
    years: [...years].sort((a, b) => a - b),
  };
};

/** The value for a year, or the latest one when the year is 'latest'. */
export const pickObservation = (series: readonly Observation[], year: number | 'latest'): Observation | undefined =>
  year === 'latest' ? series.at(-1) : series.find((o) => o.year === year);
