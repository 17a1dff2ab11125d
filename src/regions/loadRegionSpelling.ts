import type { RegionSpelling } from './matchRegion.ts';

let pending: Promise<RegionSpelling> | undefined;

/** pinyin-pro and OpenCC in a chunk of their own, fetched once, on the first search. */
export const loadRegionSpelling = (): Promise<RegionSpelling> =>
  (pending ??= import('./regionSpelling.ts').then((m) => m.regionSpelling));
