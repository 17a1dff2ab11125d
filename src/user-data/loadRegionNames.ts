// The names of a chosen region and of its lower divisions, for the extractor (see src/ingest/regionNames.ts).
import type { RegionNames } from '../extract/types.ts';
import { namedDivisions, type NamedDivision } from '../ingest/inferRegion.ts';
import { regionNames } from '../ingest/regionNames.ts';
import { loadDivisionLists } from './divisionLists.ts';

let divisions: Promise<NamedDivision[]> | undefined;

/** The divisions with their names, loaded on demand and once, from the same lists as the region finder's. */
export const loadNamedDivisions = (): Promise<NamedDivision[]> =>
  (divisions ??= loadDivisionLists().then(({ provinces, cities, areas }) =>
    namedDivisions(
      provinces as Parameters<typeof namedDivisions>[0],
      cities as Parameters<typeof namedDivisions>[1],
      areas as Parameters<typeof namedDivisions>[2],
    ),
  ));

export const loadRegionNames = async (code: string): Promise<RegionNames | undefined> =>
  regionNames(code, await loadNamedDivisions());
