import type { Qualifier } from './types.ts';

// Words right before a number. Longest first so 超过 wins over 超.
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  // 未超过5%, 没有超过10件: a negated 超过 caps the figure as 不超过 does; it must not become a lower bound.
  ['没有超过', 'approx'],
  ['没超过', 'approx'],
  ['未超过', 'approx'],
  ['不少于', 'lower_bound'],
  ['不低于', 'lower_bound'],
  ['不超过', 'approx'],
  ['大约为', 'approx'],
  ['大约', 'approx'],
  // 纠错率约为12%, 约占三成: 约 before its verb still hedges the number.
  ['约为', 'approx'],
  ['约占', 'approx'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['不到', 'approx'],
  ['不足', 'approx'],
  ['不高于', 'approx'],
  ['超过', 'lower_bound'],
  ['至少', 'lower_bound'],
  ['突破', 'lower_bound'],
  ['多达', 'exact'],
  ['高达', 'exact'],
  ['近', 'approx'],
  ['约', 'approx'],
  ['逾', 'lower_bound'],
  ['超', 'lower_bound'],
];
/** Only before a bare 百/千/万 (上千人, 过万件): elsewhere 上 and 过 are ordinary words. */
const BARE_PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['上', 'lower_bound'],
  ['过', 'lower_bound'],
];

export interface PrefixMatch {
  qualifier: Qualifier;
  length: number;
}

const PREFIX_LAST_CHARS = new Set([...PREFIXES, ...BARE_PREFIXES].map(([w]) => w[w.length - 1]));

export function prefixQualifier(
  text: string,
  numberStart: number,
  bareMultiplier = false,
): PrefixMatch | null {
  if (!PREFIX_LAST_CHARS.has(text[numberStart - 1])) return null;
  const lists = bareMultiplier ? [PREFIXES, BARE_PREFIXES] : [PREFIXES];
  for (const list of lists) {
    for (const [word, qualifier] of list) {
      const from = numberStart - word.length;
      if (from >= 0 && text.startsWith(word, from)) return { qualifier, length: word.length };
    }
  }
  return null;
}

/** 不到3000件, 不足20件, 不超过7日, 未超过5%, 不高于8%: the figure's own first word caps it from above, which no qualifier carries (approx
 * says it is near the number, exact that it is the number), so it claims no metric (assignMetric reads 低于, 以下 and
 * 以内, which stay outside the figure). */
export const capsFromAbove = (figureText: string): boolean =>
  /^(?:不超过|未超过|没有?超过|不高于|不到|不足)/.test(figureText);

/**
 * 不少于9万件, 不低于96%: a floor is what a plan or a rule asks for (全年办理法律援助案件不少于9万件, 调解成功率不低于96%), not
 * what was done, which a report writes as 9万余件 or 96%以上; so the figure whose own first word sets it claims no metric.
 * So does a sign before it (`before`, the characters before the figure): ≥900件.
 */
export const setsAFloor = (figureText: string, before = ''): boolean =>
  /^(?:不少于|不低于)/.test(figureText) || /[≥≧]\s*$/.test(before);

/** 余/多 between the number and its counter word: 6万余件, 3300多宗, 1300余万元. */
export const INNER_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['余', 'lower_bound'],
  ['多', 'lower_bound'],
];

/** After the counter word: 90%以上, 100件左右. */
const SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'lower_bound'],
  ['有余', 'lower_bound'],
  ['左右', 'approx'],
  ['上下', 'approx'],
];

export function suffixQualifier(text: string, at: number): PrefixMatch | null {
  for (const [word, qualifier] of SUFFIXES) {
    if (text.startsWith(word, at)) return { qualifier, length: word.length };
  }
  return null;
}

/** When a figure carries two qualifiers (约…以上), the bound says more than the hedge. */
export function combineQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  if (a === 'lower_bound' || b === 'lower_bound') return 'lower_bound';
  if (a === 'approx' || b === 'approx') return 'approx';
  return a === 'exact' ? b : a;
}
