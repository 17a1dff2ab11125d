import type { Region } from '../dataset/schema.ts';

/** Regions whose zh name, en name (any case) or code contains the query. */
export const matchRegions = (regions: readonly Region[], query: string): Region[] => {
  const q = query.trim().toLowerCase();
  if (q === '') return [...regions];
  return regions.filter((r) => r.name.zh.includes(q) || r.name.en.toLowerCase().includes(q) || r.code.includes(q));
};
