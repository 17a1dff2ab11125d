// regions.json (columns) → Region records, checked cheaply; provinces and population sources are shared objects.
import type { Region } from '../schema.ts';
import { columnProblem } from './columns.ts';
import { LEVEL_CODES, type RegionColumns, type SyntheticManifest } from './format.ts';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string };

const CODE = /^\d{6}$/;

export const decodeRegions = (
  raw: unknown,
  manifest: Pick<SyntheticManifest, 'population'>,
): Decoded<Region[]> => {
  const problem = columnProblem(raw, {
    code: 'string',
    zh: 'string',
    en: 'string',
    level: 'int',
    province: 'int',
    population: 'int',
  });
  if (problem) return { ok: false, problem };
  const c = raw as RegionColumns;
  const n = c.code.length;
  for (let i = 0; i < n; i++) {
    if (!CODE.test(c.code[i] ?? ''))
      return { ok: false, problem: `region ${i}: code "${c.code[i]}" is not six digits` };
    if (LEVEL_CODES[c.level[i] ?? -1] === undefined)
      return { ok: false, problem: `region ${i}: unknown level ${c.level[i]}` };
    if ((c.province[i] ?? -1) < 0 || (c.province[i] ?? n) >= n)
      return { ok: false, problem: `region ${i}: province row out of range` };
    if ((c.population[i] ?? 0) <= 0)
      return { ok: false, problem: `region ${i}: population must be positive` };
  }
  const name = (i: number) => ({ zh: c.zh[i] ?? '', en: c.en[i] ?? '' });
  const provinces = new Map<number, Region['province']>();
  const provinceOf = (row: number) => {
    let p = provinces.get(row);
    if (!p) provinces.set(row, (p = { code: c.code[row] ?? '', name: name(row) }));
    return p;
  };
  const source = manifest.population.source;
  return {
    ok: true,
    value: c.code.map((code, i) => ({
      code,
      name: name(i),
      level: LEVEL_CODES[c.level[i] ?? 0] ?? 'county',
      province: provinceOf(c.province[i] ?? i),
      population: { value: c.population[i] ?? 1, year: manifest.population.year, source },
    })),
  };
};
