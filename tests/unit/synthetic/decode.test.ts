import { describe, expect, it } from 'vitest';
import { columnProblem } from '../../../src/dataset/synthetic/columns.ts';
import { decodeRegions } from '../../../src/dataset/synthetic/decodeRegions.ts';
import { decodeShard } from '../../../src/dataset/synthetic/decodeShard.ts';
import {
  SYNTHETIC_SOURCE_ID,
  type RegionColumns,
  type ShardColumns,
} from '../../../src/dataset/synthetic/format.ts';
import type { Region } from '../../../src/dataset/schema.ts';

const population = { year: 2020, source: { zh: '合成数据', en: 'Synthetic' } };
const regionColumns: RegionColumns = {
  code: ['440000', '440900', '440902'],
  zh: ['广东省', '茂名市', '茂名市茂南区'],
  en: ['广东省 440000', '茂名市 440900', '茂名市茂南区 440902'],
  level: [0, 1, 2],
  province: [0, 0, 0],
  population: [126_000_000, 6_000_000, 900_000],
};
const decodedRegions = (): Region[] => {
  const r = decodeRegions(regionColumns, { population });
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};
const shard: ShardColumns = {
  metric: 'mediation.cases',
  region: [2, 1, 1],
  year: [2023, 2024, 2023],
  value: [10, 30, 20],
  qualifier: [0, 1, 2],
};
const years = new Set([2023, 2024]);

describe('columnar checks', () => {
  it('accept columns of one length and the right kinds', () => {
    expect(columnProblem({ a: [1, 2], b: ['x', 'y'] }, { a: 'int', b: 'string' })).toBeNull();
  });
  it('name the first column that is missing, short or of the wrong kind', () => {
    expect(columnProblem(null, { a: 'int' })).toBe('not an object');
    expect(columnProblem({ a: [1] }, { a: 'int', b: 'int' })).toBe('column "b" is missing or not an array');
    expect(columnProblem({ a: [1, 2], b: [1] }, { a: 'int', b: 'int' })).toBe(
      'column "b" has 1 cells, expected 2',
    );
    expect(columnProblem({ a: [1, 1.5] }, { a: 'int' })).toBe('column "a" cell 1 is not a int');
    expect(columnProblem({ a: [1, Number.NaN] }, { a: 'number' })).toBe('column "a" cell 1 is not a number');
  });
});

describe('decodeRegions', () => {
  it('builds regions with their province and a population that names its synthetic source', () => {
    const [province, city, district] = decodedRegions();
    expect(city).toMatchObject({
      code: '440900',
      name: { zh: '茂名市' },
      level: 'prefecture',
      province: { code: '440000', name: { zh: '广东省' } },
    });
    expect(district?.population).toEqual({ value: 900_000, year: 2020, source: population.source });
    // Provinces are shared objects, not copies per region.
    expect(district?.province).toBe(city?.province);
    expect(province?.level).toBe('provincial');
  });
  it('rejects a bad code, level, province row or population', () => {
    expect(decodeRegions({ ...regionColumns, code: ['44', '440900', '440902'] }, { population })).toEqual({
      ok: false,
      problem: 'region 0: code "44" is not six digits',
    });
    expect(decodeRegions({ ...regionColumns, level: [0, 9, 2] }, { population }).ok).toBe(false);
    expect(decodeRegions({ ...regionColumns, province: [0, 0, 3] }, { population }).ok).toBe(false);
    expect(decodeRegions({ ...regionColumns, population: [1, 0, 1] }, { population }).ok).toBe(false);
  });
});

describe('decodeShard', () => {
  it("groups a metric's observations by region, years ascending, marked as synthetic", () => {
    const decoded = decodeShard(shard, 'mediation.cases', decodedRegions(), years);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.value.count).toBe(3);
    expect(decoded.value.byRegion.get('440900')?.map((o) => [o.year, o.value, o.qualifier])).toEqual([
      [2023, 20, 'lower_bound'],
      [2024, 30, 'approx'],
    ]);
    const o = decoded.value.byRegion.get('440902')?.[0];
    expect(o).toMatchObject({ region: '440902', metric: 'mediation.cases', source: SYNTHETIC_SOURCE_ID });
    expect(o?.evidence).toContain('合成数据');
    expect(o?.evidence.length).toBeLessThanOrEqual(60);
  });
  it('rejects columns of unequal length, another metric, unknown rows, years and qualifiers', () => {
    const regions = decodedRegions();
    expect(decodeShard({ ...shard, year: [2023] }, 'mediation.cases', regions, years).ok).toBe(false);
    expect(decodeShard(shard, 'review.cases', regions, years)).toEqual({
      ok: false,
      problem: 'holds metric "mediation.cases", expected "review.cases"',
    });
    expect(decodeShard({ ...shard, region: [2, 1, 7] }, 'mediation.cases', regions, years).ok).toBe(false);
    expect(decodeShard({ ...shard, year: [2023, 2024, 1999] }, 'mediation.cases', regions, years).ok).toBe(
      false,
    );
    expect(decodeShard({ ...shard, qualifier: [0, 1, 4] }, 'mediation.cases', regions, years).ok).toBe(false);
  });
});
