// The one region search of the app (filter panel, table filter, "Add a report"): a query against a region's Chinese
// name (traditional folded to simplified), full pinyin and its initials, English name and GB/T 2260 code.
import type { Region } from '../dataset/schema.ts';

export interface RegionSpelling {
  /** Lower-case toneless pinyin, one syllable per character (ü kept). */
  syllables: (zh: string) => string[];
  /** Traditional → simplified, same length. */
  simplify: (text: string) => string;
}

/** How well a region matched; lower is better. */
const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const INSIDE = 3;
const NONE = 9;

interface Entry {
  region: Region;
  order: number;
  zhNames: string[];
  enNames: string[];
  enWords: string[];
  /** Pinyin of each Chinese name from each syllable on: a query may start at any syllable, never mid-syllable. */
  pinyinTails: string[][];
  initials: string[];
}

export interface RegionIndex {
  entries: readonly Entry[];
  simplify: (text: string) => string;
  spelled: boolean;
}

const ADMIN_SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟)$/;
const HAN = /\p{Script=Han}/u;

const latin = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const squash = (text: string): string => latin(text).replace(/[\s'’-]/g, '');
const pinyinKey = (syllable: string): string => syllable.toLowerCase().replace(/ü/g, 'v');

const entryOf = (region: Region, order: number, spelling: RegionSpelling | null): Entry => {
  const zh = region.name.zh;
  const short = zh.replace(ADMIN_SUFFIX, '');
  const zhNames = short && short !== zh ? [zh, short] : [zh];
  const en = latin(region.name.en);
  const enOwn = en.split(',')[0]?.trim() ?? en;
  const spelled = spelling ? zhNames.map((name) => spelling.syllables(name).map(pinyinKey)) : [];
  return {
    region,
    order,
    zhNames,
    enNames: enOwn === en ? [en] : [en, enOwn],
    enWords: en.split(/[^a-z0-9]+/).filter(Boolean),
    pinyinTails: spelled.map((syllables) => syllables.map((_, i) => syllables.slice(i).join(''))),
    initials: spelled.map((syllables) => syllables.map((s) => s[0] ?? '').join('')),
  };
};

/** Built once per region list; the pinyin fields are empty until a spelling is given. */
export const buildRegionIndex = (
  regions: readonly Region[],
  spelling: RegionSpelling | null = null,
): RegionIndex => ({
  entries: regions.map((r, i) => entryOf(r, i, spelling)),
  simplify: spelling?.simplify ?? ((text) => text),
  spelled: spelling !== null,
});

const best = (...ranks: number[]): number => Math.min(NONE, ...ranks);

const textRank = (names: readonly string[], q: string, inside: boolean): number =>
  best(
    ...names.map((n) =>
      n === q ? EXACT : n.startsWith(q) ? PREFIX : inside && n.includes(q) ? INSIDE : NONE,
    ),
  );

const hanRank = (e: Entry, q: string): number => textRank(e.zhNames, q, true);

/** 4409 is 440900 written short, so it is an exact match of it. */
const codeRank = (e: Entry, q: string): number => {
  const code = e.region.code;
  if (code === q || code.replace(/(00)+$/, '') === q) return EXACT;
  return code.startsWith(q) ? PREFIX : NONE;
};

const latinRank = (e: Entry, q: string): number => {
  const flat = q.replace(/[\s'’-]/g, '');
  const pinyin = e.pinyinTails.map((tails) => {
    const [whole = ''] = tails;
    if (whole === flat) return EXACT;
    if (whole.startsWith(flat)) return PREFIX;
    return tails.some((tail) => tail.startsWith(flat)) ? WORD : NONE;
  });
  const initials = e.initials.map((i) =>
    i === flat ? EXACT : i.startsWith(flat) ? PREFIX : i.includes(flat) ? WORD : NONE,
  );
  const english = textRank(e.enNames, q, false);
  const word = e.enWords.some((w) => w.startsWith(q)) ? WORD : NONE;
  return best(english, word, ...pinyin, ...initials);
};

const rankOf = (e: Entry, query: string, index: RegionIndex): number => {
  if (/^\d+$/.test(query)) return codeRank(e, query);
  if (HAN.test(query)) return hanRank(e, index.simplify(query));
  return latinRank(e, latin(query));
};

/**
 * Regions that match the query, best first: exact before prefix before a later word or syllable before the middle
 * of a name; ties keep the list's order. An empty query matches every region, in the list's order.
 */
export const searchRegions = (index: RegionIndex, query: string, limit = Infinity): Region[] => {
  const q = query.trim();
  if (q === '') return index.entries.slice(0, limit).map((e) => e.region);
  if (squash(q) === '' && !HAN.test(q) && !/\d/.test(q)) return [];
  return index.entries
    .map((e) => ({ e, rank: rankOf(e, q, index) }))
    .filter(({ rank }) => rank < NONE)
    .sort((a, b) => a.rank - b.rank || a.e.order - b.e.order)
    .slice(0, limit)
    .map(({ e }) => e.region);
};
