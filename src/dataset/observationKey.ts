import type { Observation } from './schema.ts';

/** Identifies an observation across the app: a click on a bar, point or cell finds its source by this key. */
export const observationKey = (o: Pick<Observation, 'region' | 'year' | 'metric'>): string =>
  `${o.region}|${o.year}|${o.metric}`;
