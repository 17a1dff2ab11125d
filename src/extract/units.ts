import type { Unit } from './types.ts';

export interface CounterWord {
  word: string;
  /** null: a measure the catalogue has no unit for (months, km…), so the number is not a figure. */
  unit: Unit | null;
  /** What, right after the word, turns it into an ordinary noun: 5人民调解, 3处理, but 198个人民调解委员会 is fine. */
  notFollowedBy?: RegExp;
  /** Percentage points: only meaningful as a change of a rate. */
  points?: boolean;
}

// Longest words first: the scanner takes the first entry that matches.
// prettier-ignore
export const COUNTER_WORDS: readonly CounterWord[] = [
  { word: '个百分点', unit: 'percent', points: true },
  { word: '百分点', unit: 'percent', points: true },
  { word: '个工作日', unit: 'days' },
  { word: '个自然日', unit: 'days' },
  { word: '个小时', unit: 'hours' },
  { word: '个季度', unit: null },
  { word: '个星期', unit: null },
  { word: '工作日', unit: 'days' },
  { word: '自然日', unit: 'days' },
  { word: '个月', unit: null },
  { word: '小时', unit: 'hours' },
  { word: '人次', unit: 'person_times' },
  { word: '件次', unit: 'count' },
  { word: '宗次', unit: 'count' },
  { word: '场次', unit: 'count' },
  { word: '批次', unit: 'count' },
  { word: '家次', unit: 'count' },
  { word: '户次', unit: 'count' },
  { word: '个次', unit: 'count' },
  { word: '期次', unit: 'count' },
  { word: '%', unit: 'percent' },
  { word: '‰', unit: null },
  { word: '元', unit: 'yuan', notFollowedBy: /^[素旦月宵化]/ },
  { word: '天', unit: 'days', notFollowedBy: /^[津然下]/ },
  { word: '人', unit: 'people', notFollowedBy: /^[民员大]/ },
  { word: '名', unit: 'people', notFollowedBy: /^[单称义额录]/ },
  { word: '位', unit: 'people', notFollowedBy: /^[于置列居]/ },
  { word: '件', unit: 'count' },
  { word: '宗', unit: 'count', notFollowedBy: /^[教旨]/ },
  { word: '起', unit: 'count', notFollowedBy: /^[诉草步来]/ },
  { word: '个', unit: 'count', notFollowedBy: /^(?:人(?!民)|性|体)/ },
  { word: '项', unit: 'count', notFollowedBy: /^[目]/ },
  { word: '场', unit: 'count', notFollowedBy: /^[所地景合]/ },
  { word: '次', unit: 'count', notFollowedBy: /^[要序]/ },
  { word: '份', unit: 'count' },
  { word: '部', unit: 'count', notFollowedBy: /^[署分署]/ },
  { word: '家', unit: 'count', notFollowedBy: /^[庭长属]/ },
  { word: '条', unit: 'count', notFollowedBy: /^[例件款]/ },
  { word: '批', unit: 'count', notFollowedBy: /^[准示复]/ },
  { word: '期', unit: 'count', notFollowedBy: /^[间限末]/ },
  { word: '所', unit: 'count', notFollowedBy: /^[有以属在]/ },
  { word: '处', unit: 'count', notFollowedBy: /^[理置罚分室]/ },
  { word: '类', unit: 'count', notFollowedBy: /^[似型]/ },
  { word: '种', unit: 'count', notFollowedBy: /^[植类子]/ },
  { word: '套', unit: 'count' },
  { word: '篇', unit: 'count' },
  { word: '册', unit: 'count' },
  { word: '张', unit: 'count' },
  { word: '户', unit: 'count', notFollowedBy: /^[籍口外]/ },
  { word: '笔', unit: 'count', notFollowedBy: /^[录试]/ },
  { word: '卷', unit: 'count' },
  { word: '例', unit: 'count', notFollowedBy: /^[如外]/ },
  { word: '台', unit: 'count', notFollowedBy: /^[账湾]/ },
  { word: '支', unit: 'count', notFollowedBy: /^[持付出部]/ },
  { word: '轮', unit: 'count' },
  { word: '年', unit: null },
  { word: '月', unit: null },
  { word: '周', unit: null },
  { word: '岁', unit: null },
];

/**
 * The counters of the figures a table's unit column, a number-first line or a count broken onto the next line carries
 * (a regular expression's alternatives, the longer first): 15283件, 1.2万人次, 412名, 38场.
 */
export const COMMON_COUNTERS = '人次|件|宗|起|人|名|个|家|次|元|户|场|条|份|项|篇';

/** Counter words after which a small Chinese numeral is a quantity rather than a set phrase (三个规定, 二期工程). */
export const STRONG_COUNTERS: ReadonlySet<string> = new Set([
  '件',
  '宗',
  '起',
  '人',
  '名',
  '人次',
  '场',
  '场次',
  '家',
  '次',
  '份',
  '天',
  '小时',
  '个小时',
  '元',
  '%',
  '个百分点',
  '百分点',
  '件次',
]);

const BY_FIRST_CHAR = new Map<string, CounterWord[]>();
for (const c of COUNTER_WORDS) {
  const first = c.word[0] ?? '';
  BY_FIRST_CHAR.set(first, [...(BY_FIRST_CHAR.get(first) ?? []), c]);
}

export function matchCounter(text: string, at: number): CounterWord | null {
  for (const c of BY_FIRST_CHAR.get(text[at] ?? '') ?? []) {
    if (!text.startsWith(c.word, at)) continue;
    if (c.notFollowedBy?.test(text.slice(at + c.word.length, at + c.word.length + 3)) === true) return null;
    return c;
  }
  return null;
}
