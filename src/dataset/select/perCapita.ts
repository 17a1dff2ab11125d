// Per 100,000 residents: only for quantities that grow with population, never for rates.
import type { Metric, Region } from '../schema.ts';

export const PER_CAPITA_BASE = 100_000;

export const canBePerCapita = (metric: Pick<Metric, 'unit'>): boolean => metric.unit !== 'percent';

export const perCapita = (value: number, region: Pick<Region, 'population'>): number =>
  (value / region.population.value) * PER_CAPITA_BASE;

/** The value a view shows: per capita when asked for and meaningful, otherwise as stored. */
export const shownValue = (value: number, metric: Pick<Metric, 'unit'>, region: Region, wantPerCapita: boolean): number =>
  wantPerCapita && canBePerCapita(metric) ? perCapita(value, region) : value;
