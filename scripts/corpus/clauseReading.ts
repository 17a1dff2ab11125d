// What a clause itself says, read without the labels: the counting verb, the hedge on the number, the words for a period.
// Matching runs on simplified characters (some pages are in traditional script); lengths are kept, so offsets stay valid.
import { parseChineseNumber } from '../../src/extract/parseChineseNumber.ts';
import { toSimplified } from '../../src/extract/toSimplified.ts';

/** Some traditional-script pages carry pinyin after a character: 萬(wàn)余件. */
const withoutPinyin = (text: string): string => text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');

export type CountingVerb = 'received' | 'accepted' | 'handled' | 'concluded' | 'mediated' | 'resolved';

// Longest first at one position, so 成功调处 is read before 调处 and 受理 before 理.
const VERBS: ReadonlyArray<readonly [RegExp, CountingVerb]> = [
  [/调解成功|成功调解|成功调处|成功化解|调处成功|化解成功/, 'resolved'],
  [/新收|收到|收案/, 'received'],
  [/受理|受案/, 'accepted'],
  [/审结|办结|结案/, 'concluded'],
  [/化解/, 'resolved'],
  // 人民调解组织 and 调解员 name who mediates, not what was counted.
  [/(?<!人民)调解(?!组织|员|委|中心|室|工作)|调处/, 'mediated'],
  [/办理|承办|代理|指派/, 'handled'],
];

/** The verb that comes first in the clause: the one that says what the number counts. */
export function countingVerb(clause: string): CountingVerb | null {
  const text = withoutPinyin(toSimplified(clause));
  let best: { at: number; verb: CountingVerb } | null = null;
  for (const [pattern, verb] of VERBS) {
    const m = pattern.exec(text);
    if (m !== null && (best === null || m.index < best.at)) best = { at: m.index, verb };
  }
  return best?.verb ?? null;
}

export type ClauseQualifier = 'exact' | 'approx' | 'lower_bound';

// prefix, number, 余/多, 万/亿, 余/多, then (after a counter word of up to 4 characters) 以上/左右.
const NUMBER =
  /(不少于|不低于|将近|接近|不到|不足|超过|至少|突破|大约|约有|约为|近|约|逾|超)?(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)\s*(余|多)?\s*(万|亿|成)?(余|多)?(?:([^\d，,。；;、]{0,4}?)(以上|左右|有余|多|余))?(?=[^\d]|$)/g;

export interface NumberReading {
  value: number;
  qualifier: ClauseQualifier;
  /** The words that set the qualifier, as written (e.g. 余, 近, 以上); empty when exact. */
  marker: string;
}

/** Every number in the clause with its hedge. 成 is tenths (三成 = 30 %). */
export function numbersInClause(clause: string): NumberReading[] {
  const text = withoutPinyin(toSimplified(clause));
  const out: NumberReading[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, prefix, digits = '', inner1, multiplier, inner2, , suffix] = m;
    const base = /\d/.test(digits) ? Number(digits) : (parseChineseNumber(digits) ?? Number.NaN);
    const factor = multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : multiplier === '成' ? 10 : 1;
    const value = Math.round(base * factor * 1e6) / 1e6;
    const markers = [prefix, inner1, inner2, suffix].filter((x): x is string => x !== undefined);
    const lower = markers.some((x) => /余|多|逾|超|以上|至少|突破|不少于|不低于|有余/.test(x));
    const approx = markers.some((x) => /近|约|左右|不到|不足|接近/.test(x));
    const qualifier: ClauseQualifier = lower ? 'lower_bound' : approx ? 'approx' : 'exact';
    out.push({ value, qualifier, marker: markers.join('') });
  }
  return out;
}

/** The reading of the number in the clause that equals `value`, or null when the clause does not state it. */
export function readingOf(clause: string, value: number): NumberReading | null {
  const close = (a: number) => Math.abs(a - value) <= Math.max(1e-6, Math.abs(value) * 1e-9);
  return numbersInClause(clause).find((r) => close(r.value)) ?? null;
}

// Words that say which stretch of time a figure covers, by period kind; the first found is kept as the period's phrase.
const PERIOD_PHRASES: Record<'full_year' | 'partial_year' | 'multi_year', RegExp> = {
  full_year: /全年|\d{4}年度?全年/,
  partial_year:
    /今年以来|\d{4}年以来|今年上半年|上半年|一季度|前三季度|截至目前|截止目前|截至\d+月\d*日?底?|\d+-\d+月|\d+至\d+月/,
  multi_year:
    /\d{4}年以来|[一二两三四五六七八九十\d]+年来|近[一二两三四五六七八九十\d]+年|累计|自成立以来|以来/,
};

/** The clause's own words for its period (verbatim, ≤ 20 characters), or undefined. */
export function periodPhrase(
  clause: string,
  kind: 'full_year' | 'partial_year' | 'multi_year' | 'unknown',
): string | undefined {
  if (kind === 'unknown') return undefined;
  const m = PERIOD_PHRASES[kind].exec(toSimplified(clause));
  return m === null ? undefined : clause.slice(m.index, m.index + m[0].length).slice(0, 20);
}

/** The months a partial-year phrase names: 上半年 → [1, 6], 一季度 → [1, 3], 前三季度 → [1, 9], 1-11月 → [1, 11]. */
export function monthsOf(phrase: string): [number, number] | undefined {
  if (/上半年/.test(phrase)) return [1, 6];
  if (/一季度/.test(phrase) && !/前三季度/.test(phrase)) return [1, 3];
  if (/前三季度/.test(phrase)) return [1, 9];
  const range = /(\d+)[-至](\d+)月/.exec(phrase);
  if (range !== null) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from >= 1 && to <= 12 && from <= to) return [from, to];
  }
  return undefined;
}

// Words that, before a figure in its sentence, say it counts part of a year, a stretch since some date or a stock at
// some moment: 今年以来, 年初以来, 2021年以来, 三年来, 近三年, 自…以来, 至今, 截至目前, 截至6月底, 目前, 上半年, 一季度,
// 前三季度, 1-11月, 2月至8月. A range of months from 1 to 12 is the whole year and says nothing.
const PART_YEAR_WORDS = new RegExp(
  [
    '今年以来',
    '年初以来',
    '\\d{4}年以来',
    '[一二两三四五六七八九十\\d]+年来',
    '近[一二两三四五六七八九十\\d]+年',
    '自[^，,。；;]{1,16}?以来',
    '至今',
    '截[至止](?:目前|\\d{1,2}月(?:\\d{1,2}日|底|上旬|中旬|下旬)?)?',
    '目前',
    '(?:今年)?上半年',
    '(?:今年)?(?:第?一季度|前三季度)',
    '(\\d{1,2})月?[-—~至](\\d{1,2})月',
  ].join('|'),
  'g',
);
/** A year named between such words and the figure governs the figure: 2024年, 2024年度, 去年, 上年, 全年. */
const NAMED_YEAR = /\d{4}年(?!以来)|去年|上年|全年/;
const SENTENCE_END = /[。！？!?；;\n]/;
/** A title (《…》) names a document, not the figure's period: its words are blanked, keeping offsets. */
const blankTitles = (s: string) => s.replace(/《[^《》]*》/g, (t) => '·'.repeat(t.length));

/**
 * The words before a figure's clause, in the sentence of `text` that holds it, that say the figure covers part of a year,
 * several years or a moment, unless a year named nearer the figure governs it; undefined when there are none (or the
 * clause is not in the text). Read on simplified characters, titles (《…》) left out, returned as written.
 */
export function partYearWords(text: string, clause: string): string | undefined {
  const at = text.indexOf(clause);
  if (at < 0) return undefined;
  const simple = blankTitles(toSimplified(text));
  let start = at;
  while (start > 0 && !SENTENCE_END.test(simple.charAt(start - 1))) start -= 1;
  const end = at + clause.length;
  const before = simple.slice(start, end);
  let found: { index: number; length: number } | undefined;
  for (const m of before.matchAll(PART_YEAR_WORDS)) {
    const [words, from, to] = m;
    if (from !== undefined && Number(from) === 1 && Number(to) === 12) continue;
    found = { index: m.index, length: words.length };
  }
  if (found === undefined) return undefined;
  if (NAMED_YEAR.test(before.slice(found.index + found.length))) return undefined;
  return text.slice(start + found.index, start + found.index + found.length);
}
