// Observations grouped by region and metric, years ascending: the lookup every selector shares.
import type { Observation } from '../schema.ts';
import { isComparable } from './comparability.ts';

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

const ofYear = (series: readonly Observation[], year: number | 'latest') => (year === 'latest' ? series : series.filter((o) => o.year === year));

/**
 * The value a view shows for a year (or the latest): a comparable one (the region's full-year total, see
 * comparability.ts) first; with `others`, any value when the region has no comparable one.
 */
export const pickObservation = (series: readonly Observation[], year: number | 'latest', others = false): Observation | undefined => {
  const inYear = ofYear(series, year);
  return inYear.filter(isComparable).at(-1) ?? (others ? inYear.at(-1) : undefined);
};

/** The value of a region that has no comparable one: not drawn by default, but listed with why it differs. */
export const pickOther = (series: readonly Observation[], year: number | 'latest'): Observation | undefined => {
  const inYear = ofYear(series, year);
  if (inYear.some(isComparable)) return undefined;
  // The nearest to a regional total: the region's own figure before a body's or a unit's, then the latest year.
  const closeness = (o: Observation) => (o.scope === 'region' ? 10_000 : 0) + o.year;
  return inYear.reduce<Observation | undefined>((best, o) => (best === undefined || closeness(o) >= closeness(best) ? o : best), undefined);
};
