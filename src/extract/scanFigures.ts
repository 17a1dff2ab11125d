// The number grammar: finds every "number + counter word" figure in normalized text, in order.
import { badNeighbours, insideQuoteOrTitle } from './notAFigure.ts';
import { parseArabicNumber, parseChineseNumber } from './parseChineseNumber.ts';
import { INNER_QUALIFIERS, combineQualifiers, prefixQualifier, suffixQualifier } from './qualifier.ts';
import type { Qualifier, Unit } from './types.ts';
import { STRONG_COUNTERS, matchCounter } from './units.ts';

export interface RawFigure {
  /** Normalized-text span of the whole figure, qualifiers included. */
  start: number;
  end: number;
  value: number;
  unit: Unit;
  /** The counter word as written (件, 人次, %, 成…); 元 for any amount of money. */
  counter: string;
  qualifier: Qualifier;
  /** A change in percentage points (提高2个百分点). */
  points: boolean;
  /** N倍: only used for year-on-year changes, never reported on its own. */
  multiple: boolean;
}

const CORE =
  /百分之(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千点]+)|\d{1,3}(?:[, ]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/g;
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
const NOT_AFTER_CHENG = '员为立果效绩本都年功交型熟';
// A small Chinese numeral right after such a verb counts things (完成四期培训) rather than naming a
// set phrase (二期工程, 三个规定), whatever its counter word.
const COUNT_VERB = /(?:完成|举办|开展|组织|举行|召开|建成|设立|成立|新增|新建|创建|培育|累计|共计|共)$/;

const tidy = (v: number): number => Math.round(v * 1e6) / 1e6;

function readMultiplier(text: string, at: number): number {
  const m = MULTIPLIERS[text[at] ?? ''];
  return m !== undefined && text[at + 1] !== '亿' ? m : 1;
}

/** Reads what follows a number; null when it is not a figure. */
function readTail(
  text: string,
  s: number,
  e: number,
  base: number,
  chinese: boolean,
  bare: boolean,
): RawFigure | null {
  let p = e;
  let value = base;
  let qualifier: Qualifier = 'exact';
  let multiplier = chinese ? 1 : readMultiplier(text, p);
  if (multiplier !== 1) p++;
  const inner = INNER_QUALIFIERS.find(([w]) => text[p] === w);
  if (inner !== undefined) {
    qualifier = inner[1];
    p++;
    if (text[p] === '万' || text[p] === '亿') {
      // 300余万元, 3千余万元 (30 million), 3万余亿元; a multiplier no larger than the first (3万余万元) is a slip.
      const next = readMultiplier(text, p++);
      if (next <= multiplier) return null;
      multiplier *= next;
    }
  }
  value *= multiplier;
  let unit: Unit;
  let counter: string;
  let points = false;
  let multiple = false;
  const afterCheng = text[p + 1];
  if (
    text[p] === '成' &&
    (afterCheng === undefined || !NOT_AFTER_CHENG.includes(afterCheng)) &&
    multiplier === 1
  ) {
    unit = 'percent';
    counter = '成';
    value *= 10;
    p++;
  } else if (text[p] === '倍') {
    unit = 'count';
    counter = '倍';
    multiple = true;
    p++;
  } else {
    const c = matchCounter(text, p);
    if (c !== null && c.unit !== null) {
      unit = c.unit;
      counter = c.word.endsWith('元') ? '元' : c.word;
      points = c.points === true;
      p += c.word.length;
    } else if (
      !chinese &&
      multiplier === 1 &&
      Number.isInteger(value) &&
      COUNTED_NOUN_BEFORE.test(text.slice(Math.max(0, s - 4), s)) &&
      CLAUSE_ENDS.test(text[p] ?? '')
    ) {
      // 共审结复议案件4696,审结率为83.4%: a number right after the cases it counts, its 件 left out.
      unit = 'count';
      counter = '件';
    } else return null;
  }
  if (
    chinese &&
    (base < 2 ||
      (value < 10 && !STRONG_COUNTERS.has(counter) && !COUNT_VERB.test(text.slice(Math.max(0, s - 2), s))))
  ) {
    return null;
  }
  const pre = prefixQualifier(text, s, bare);
  // 千家万户, 万家: a bare 百/千/万 is a number only as 近千名, 逾千家 or 百余件.
  if (bare && pre === null && inner === undefined) return null;
  const suf = suffixQualifier(text, p);
  if (suf !== null) p += suf.length;
  for (const q of [pre?.qualifier, suf?.qualifier])
    if (q !== undefined) qualifier = combineQualifiers(qualifier, q);
  const before = text[s - 1];
  if ((before === '前' || before === '后') && (unit === 'people' || unit === 'percent')) return null; // rankings
  return {
    start: s - (pre?.length ?? 0),
    end: p,
    value: tidy(value),
    unit,
    counter,
    qualifier,
    points,
    multiple,
  };
}

// The nouns a count of cases follows when its counter is left out (审结复议案件4696,), and what may end it; a table's
// columns rewritten as clauses name the count by its verb alone (全区合计调解纠纷2,637,调解成功2,598,成功率98.5%).
const COUNTED_NOUN_BEFORE = /(?:案件|申请|纠纷|调解成功|化解成功|调成|办结|审结|结案|收案)$/;
const CLAUSE_ENDS = /^[,;。、\n]$/;

function readPercentOf(text: string, s: number, core: string): RawFigure | null {
  const digits = core.slice(3);
  const value = /\d/.test(digits) ? parseArabicNumber(digits) : parseChineseNumber(digits);
  if (value === null) return null;
  let qualifier: Qualifier = 'exact';
  const pre = prefixQualifier(text, s);
  const e = s + core.length;
  const suf = suffixQualifier(text, e);
  for (const q of [pre?.qualifier, suf?.qualifier])
    if (q !== undefined) qualifier = combineQualifiers(qualifier, q);
  return {
    start: s - (pre?.length ?? 0),
    end: e + (suf?.length ?? 0),
    value: tidy(value),
    unit: 'percent',
    counter: '%',
    qualifier,
    points: false,
    multiple: false,
  };
}

export function scanFigures(text: string, limit = Infinity): RawFigure[] {
  const figures: RawFigure[] = [];
  const re = new RegExp(CORE.source, 'g');
  let m: RegExpExecArray | null;
  while (figures.length < limit && (m = re.exec(text)) !== null) {
    const core = m[0];
    const s = m.index;
    const e = s + core.length;
    if (badNeighbours(text, s, e)) continue;
    let figure: RawFigure | null;
    if (core.startsWith('百分之')) {
      figure = readPercentOf(text, s, core);
    } else if (core.charCodeAt(0) < 0x80) {
      const value = parseArabicNumber(core);
      figure =
        value === null || core.replace(/\D/g, '').length > 15
          ? null
          : readTail(text, s, e, value, false, false);
    } else if (/\d/.test(text.charAt(s - 1))) {
      // 3万余万元: Chinese numerals right after digits are their multiplier, never a number of their own.
      figure = null;
    } else {
      const value = parseChineseNumber(core);
      const bare = '百千万亿'.includes(core[0] ?? '');
      figure = value === null ? null : readTail(text, s, e, value, true, bare);
    }
    if (figure !== null && !insideQuoteOrTitle(text, s, e)) {
      figures.push(figure);
      re.lastIndex = Math.max(re.lastIndex, figure.end);
    }
  }
  return figures;
}
