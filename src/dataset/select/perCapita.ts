// Per 100,000 residents: only for quantities that grow with population, never for rates.
import type { Metric, Region } from '../schema.ts';

export const PER_CAPITA_BASE = 100_000;

export const canBePerCapita = (metric: Pick<Metric, 'unit'>): boolean => metric.unit !== 'percent';

export const perCapita = (value: number, population: number): number => (value / population) * PER_CAPITA_BASE;

/** The value a view shows: per capita when asked for and meaningful, otherwise as stored; null when no population is known. */
export const shownValue = (value: number, metric: Pick<Metric, 'unit'>, region: Pick<Region, 'population'>, wantPerCapita: boolean): number | null => {
  if (!wantPerCapita || !canBePerCapita(metric)) return value;
  return region.population ? perCapita(value, region.population.value) : null;
};
