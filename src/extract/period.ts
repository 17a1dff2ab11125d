// The period a figure's sentence states before it: 今年以来, 1-11月, 上半年, 2021年以来, 五年来, 全年.
// The phrase nearest the figure wins. A multi-year phrase makes a count or a rate cumulative.
import { bracketAround, bracketsOfYears } from './brackets.ts';
import { parseChineseNumber } from './parseChineseNumber.ts';
import type { Period } from './types.ts';

export interface PeriodReading {
  period: Period;
  /** A sum over more than the report's year (五年来, 2021年以来 in a 2023 report, 成立以来). */
  cumulative: boolean;
  /** 近年来, 多年来: no stated span, often an opener before a rate of today. */
  vague?: boolean;
}

const NUM = '[\\d一二两三四五六七八九十]{1,3}';
const YEAR = '((?:19|20)\\d{2})';
const DASH = '[-—–~～至到]';

type Reader = (m: RegExpExecArray, reportYear: number | undefined) => PeriodReading | null;

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

const reading = (period: Period, cumulative = false): PeriodReading => ({ period, cumulative });

/** How many calendar months a span from one month to another covers, both included (2022年10月至2023年9月: 12). */
export const monthsSpanned = (fromYear: number, fromMonth: number, toYear: number, toMonth: number): number =>
  (toYear - fromYear) * 12 + toMonth - fromMonth + 1;

function months(phrase: string, from: number | null, to: number | null): PeriodReading | null {
  if (from === null || to === null || from < 1 || to > 12 || from > to) return null;
  const kind = from === 1 && to === 12 ? 'full_year' : 'partial_year';
  return reading({ kind, months: [from, to], phrase });
}

/** Since a year: several years, or (a later year) nothing the report's year can hold. */
const sinceYear: Reader = (m, reportYear) => {
  const from = Number(m[1]);
  // With no report year, "since 2016" most likely spans years: the page says so to sum them. Since the
  // report's own year (2024年以来 on a 2024 page) runs to a day the page does not give — this year so
  // far would be 今年以来 — so it is no total of that year either: a sum from that year on.
  // From the first of January of the report's own year (2020年1月1日至今 on a 2020 page) is the year so far, as 今年以来.
  if (from === reportYear && /^(?:自|从)?\d{4}年1月(?:1日)?(?!\d)/.test(m[0]))
    return reading({ kind: 'partial_year', from, phrase: m[0] });
  if (reportYear === undefined || from === reportYear)
    return reading({ kind: 'multi_year', from, phrase: m[0] }, true);
  if (from > reportYear) return reading({ kind: 'partial_year', from, phrase: m[0] });
  return reading({ kind: 'multi_year', from, to: reportYear, phrase: m[0] }, true);
};

const QUARTERS: Readonly<Record<string, [number, number]>> = {
  一: [1, 3],
  二: [4, 6],
  三: [7, 9],
  四: [10, 12],
};

/** A count of years (三年共调解…, 五年,…) that spans the figures after it: two to thirty of them, summed. */
const yearsCounted: Reader = (m) => {
  const n = num(m[1]) ?? 0;
  return n >= 2 && n <= 30 ? reading({ kind: 'multi_year', phrase: m[0] }, true) : null;
};

// Order does not matter: the match ending nearest the figure wins, then the longest.
const STATUS_CHANGE = /(?:撤县设市|撤县设区|撤县建市|撤县改区|撤市设区|撤地设市|改革)(?:以来|至今)/;
const RANKED_SINCE = /^[^,;。]{0,8}(?:最多|最高|最少|最低|新高|新低|之最)/;

const READERS: ReadonlyArray<[RegExp, Reader]> = [
  // 2021年以来, 2021年3月以来, 2012年7月1日以来 (a day too).
  [new RegExp(`(?:自|从)?${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:份)?以来`, 'g'), sinceYear],
  // 2019年至今, 自2020年起, 从2021年到现在: since a year, too.
  [
    new RegExp(
      `(?:自|从)?${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:份|底|末)?(?:起)?(?:至今|到现在|至目前|到目前)`,
      'g',
    ),
    sinceYear,
  ],
  [new RegExp(`(?:自|从)${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:份|底|末)?起`, 'g'), sinceYear],
  // 自2019年开始的援藏律师服务团…, 行动始于2009年,曾…办理…: a span from a year on, too.
  [new RegExp(`(?:自|从)${YEAR}年(?:\\d{1,2}月)?(?:份|底|末)?开始`, 'g'), sinceYear],
  [new RegExp(`(?:始于|开始于|起始于|发端于)${YEAR}年`, 'g'), sinceYear],
  // 自2022年行政复议体制改革以来, 自2022年11月全区“一站式”多元化解工作开展以来: since an event of a year (and month), too.
  [new RegExp(`(?:自|从)${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?[^,;。\\d]{1,24}?以来`, 'g'), sinceYear],
  // 自1999年行政复议法颁布至2012年, 从2018年…机制建立到2022年底: from an event of a year to a later year, the years between.
  [
    new RegExp(
      `(?:自|从)${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?[^,;。\\d]{1,24}?(?:至|到)${YEAR}年(?:底|末)?`,
      'g',
    ),
    (m) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      return from < to ? reading({ kind: 'multi_year', from, to, phrase: m[0] }, true) : null;
    },
  ],
  [
    new RegExp(`${YEAR}年?${DASH}${YEAR}年`, 'g'),
    (m) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      return from < to ? reading({ kind: 'multi_year', from, to, phrase: m[0] }, true) : null;
    },
  ],
  // 2008年1月至2010年5月底: months of different years, more than a year's worth, span the years between (a year's worth,
  // 2022年10月至2023年9月, is dated by the year it ends in: see statedYear).
  [
    new RegExp(`${YEAR}年(\\d{1,2})月(?:\\d{1,2}日)?(?:份|初|底|末)?${DASH}${YEAR}年(\\d{1,2})月`, 'g'),
    (m) => {
      const from = Number(m[1]);
      const to = Number(m[3]);
      const months = monthsSpanned(from, Number(m[2]), to, Number(m[4]));
      return months > 12 ? reading({ kind: 'multi_year', from, to, phrase: m[0] }, true) : null;
    },
  ],
  [
    new RegExp(
      `(?<![\\d一二两三四五六七八九十])(?:近|过去|这|最近)?(${NUM})年(?:来|以来|间|中|里|多来|多时间)`,
      'g',
    ),
    (m) => ((num(m[1]) ?? 0) >= 2 ? reading({ kind: 'multi_year', phrase: m[0] }, true) : null),
  ],
  // 4年援助4000多件, 三年共调解: a span of years right before the verb that counts over it.
  [
    new RegExp(
      `(?<![\\d一二两三四五六七八九十])(${NUM})年(?:间|内|里|中)?(?=共|累计|援助|办理|调解|受理|化解|处理|承办|审结|办结|新收|收到|排查|调处)`,
      'g',
    ),
    yearsCounted,
  ],
  // 五年,全省累计调解纠纷…; 三年,全市共办理…: a count of years that opens a sentence, as its topic, is the span of what follows.
  [new RegExp(`(?<=^|[。;!?\\n,:])(${NUM})年(?=,)`, 'g'), yearsCounted],
  [
    new RegExp(`(?:近|过去|这|最近)(${NUM})年`, 'g'),
    (m) => ((num(m[1]) ?? 0) >= 2 ? reading({ kind: 'multi_year', phrase: m[0] }, true) : null),
  ],
  [
    /近年来|近几年|多年来|历年来?|十[一二三四五]五[”’"]?(?:期间|(?:开局|实施)?以来|时期)|(?:党的)?(?:十[八九]|二十)大以来|本届(?:政府)?(?:任期内|以来)/g,
    (m) => ({
      ...reading({ kind: 'multi_year', phrase: m[0] }, true),
      vague: /^(?:近年|近几年|多年|历年)/.test(m[0]),
    }),
  ],
  [
    /(?:成立|创建|组建|挂牌|揭牌|建立|设立|运行|运作|运营|启用|投用|投入使用|开通|上线|开张|开业|工作|任职|从业|执业|上任|实施|施行|颁布|生效|启动|推行|推广|试点(?:工作)?(?:开展)?)(?:以来|至今)/g,
    (m) => reading({ kind: 'unknown', phrase: m[0] }, true),
  ],
  // 撤县设市以来,全市累计办理…: since the region's own change of status or a reform, a sum too (within its own sentence:
  // periodIndex).
  // (是改革以来收案最多的一年: the span ranks a figure, as RANKS_A_FIGURE's do.)
  [
    STATUS_CHANGE,
    (m) =>
      RANKED_SINCE.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))
        ? null
        : reading({ kind: 'unknown', phrase: m[0] }, true),
  ],
  // 开张一年多, 运行一年多来, 成立半年来: the time since a body opened, told after its verb, is a sum over it too.
  [
    new RegExp(
      `(?:成立|创建|组建|挂牌|揭牌|建立|设立|运行|运作|运营|启用|投用|投入使用|开通|上线|开张|开业)(?:了)?(?:${NUM}年多|一年|半年多?)(?:来|以来|时间|里)?`,
      'g',
    ),
    (m) => reading({ kind: 'unknown', phrase: m[0] }, true),
  ],
  [/今年以来|年初以来|今年来|本年度以来|年初至今/g, (m) => reading({ kind: 'partial_year', phrase: m[0] })],
  // 去年以来 on a page of this year: from last year to a day of this one, a sum over more than a year (去年11月至今 too).
  [
    /(?<![较比与同])(?:自|从)?(?:去年|上年)(?:\d{1,2}月(?:份)?(?:\d{1,2}日)?)?(?:以来|至今|到现在|至目前)/g,
    (m, reportYear) =>
      reading(
        reportYear === undefined
          ? { kind: 'multi_year', phrase: m[0] }
          : { kind: 'multi_year', from: reportYear - 1, to: reportYear, phrase: m[0] },
        true,
      ),
  ],
  [
    new RegExp(`(?<![\\d.])(${NUM})(?:月份?)?${DASH}(${NUM})月`, 'g'),
    (m) => months(m[0], num(m[1]), num(m[2])),
  ],
  [new RegExp(`(${NUM})月(?:份)?以来`, 'g'), (m) => reading({ kind: 'partial_year', phrase: m[0] })],
  // 2015年5月至当年底, 5月至年底, 3月起至年末: from a month to the year's end (from January it is the whole year).
  [
    new RegExp(
      `(?:${YEAR}年)?(${NUM})月(?:\\d{1,2}日)?(?:份)?(?:起)?${DASH}(?:当年|同年|本年|今年|年)(?:底|末)`,
      'g',
    ),
    (m) => months(m[0], num(m[2]), 12),
  ],
  [/上半年/g, (m) => months(m[0], 1, 6)],
  [/下半年/g, (m) => reading({ kind: 'partial_year', months: [7, 12], phrase: m[0] })],
  [/前三季度/g, (m) => months(m[0], 1, 9)],
  // 今年前8个月, 前两个月, 前11个月: the first months of the year (前12个月 is all of them).
  [new RegExp(`(?:今年|本年|${YEAR}年)?前(${NUM})个月`, 'g'), (m) => months(m[0], 1, num(m[2]))],
  [
    /(?<!前)(?:第)?([一二三四])季度/g,
    (m) => {
      const q = QUARTERS[m[1] ?? ''];
      return q === undefined ? null : reading({ kind: 'partial_year', months: q, phrase: m[0] });
    },
  ],
  [
    new RegExp(`截至(?:${YEAR}年)?(${NUM})月(?:底|末|\\d{1,2}日)?`, 'g'),
    (m, reportYear) => {
      const y = m[1] === undefined ? reportYear : Number(m[1]);
      if (y !== undefined && reportYear !== undefined && y !== reportYear) return null;
      const to = num(m[2]);
      return to === 12 ? reading({ kind: 'unknown', phrase: m[0] }) : months(m[0], 1, to);
    },
  ],
  [/截至(?:目前|当前|现在|发稿时)/g, (m) => reading({ kind: 'unknown', phrase: m[0] })],
  // 截至目前,累计调解…: a running sum to a day, from a start the page does not give, is no year's total.
  [
    new RegExp(`截至(?:目前|当前|现在|发稿时|${YEAR}年(?:底|末))[^。;!?\\n]{0,24}?累计`, 'g'),
    (m) => reading({ kind: 'unknown', phrase: m[0] }, true),
  ],
  [/全年|年度内|本年度/g, (m) => reading({ kind: 'full_year', phrase: m[0] })],
  // 2014年以来,…。据统计,当年全县共受理…: that year, the page's (or the one just named), ends a span opened before it.
  [
    /(?<![\d年])(?:当年|同年)(?!底|末|年底|以来|[\d一二三四五六七八九十]{1,2}月|[上下]半年|前|第?[一二三四]季度)/g,
    (m) => reading({ kind: 'full_year', phrase: m[0] }),
  ],
  // 近年来,…。今年,市法援中心共办理…: this year ends a span opened before it; how much of the year the page does not say.
  [
    /(?<![较比与同至到由从和])今年(?!以来|来|初|底|末|年底|[\d一二三四五六七八九十]{1,2}月|[上下]半年|前|第?[一二三四]季度|同期)/g,
    (m) => reading({ kind: 'unknown', phrase: m[0] }),
  ],
  // 近年来…。去年办理…: a sentence of last year ends a span opened before it (not 较去年, 去年同期, 去年以来, 去年10月).
  [
    /(?<![较比与同至到由从和])(?:去年|上年)(?!同期|以来|至今|起|底|末|度?[\d一二三四五六七八九十]{1,2}月|[上下]半年)/g,
    (m) => reading({ kind: 'full_year', phrase: m[0] }),
  ],
  [
    new RegExp(
      `(?<![较比与同至到由从])${YEAR}年度?(?![\\d以来至起到-]|[一二三四五六七八九十\\d]{1,2}月|上半年|下半年|前三季度|第?[一二三四]季度|[底末])`,
      'g',
    ),
    (m, reportYear) =>
      reportYear === undefined || Number(m[1]) <= reportYear
        ? reading({ kind: 'full_year', from: Number(m[1]), to: Number(m[1]), phrase: m[0] })
        : null,
  ],
];

// A span named to rank the figure before it (创成立以来新高, 为近五年来最多, 达十年来最高水平) is a comparison, not the period
// of the figures after it.
// 实现2021年以来的“三连降”, 连续三年下降: a streak told of the figure before is its trend, too.
const RANKS_A_FIGURE =
  /^(?:来|以来)?(?:的)?[“"]?(?:新高|新低|最高|最低|最多|最少|最好|最大|最快|之最|首位|第一|[二两三四五六七八九十\d]连(?:降|升|增|涨|减)|连续(?:下降|上升|增长|减少))/;

/** Does the span ending at `end` rank the figure before it (…以来新高) rather than time the figures after it? */
export const ranksAFigure = (text: string, end: number): boolean =>
  RANKS_A_FIGURE.test(text.slice(end, end + 5));

interface Found {
  start: number;
  end: number;
  reading: PeriodReading;
  /** Where the closed bracket of other years' figures it stands in ends (…(2022年为1100件)), or the clause of an
   * average over it (近三年年均…), if it does. */
  bracketEnd?: number | undefined;
}

// 近三年年均调处纠纷2,300件左右;办理法律援助案件372件: a span read as the span of an average (年均, 平均, 每年) times that
// clause only, as a closed bracket does.
const AVERAGE_OVER = /^(?:来|以来|间)?的?(?:年均|平均每年|平均|每年)/;
const CLAUSE_END = /[,;。!?\n]/g;
const SENTENCE_END = /[。!?\n]/g;
function sentenceEnd(text: string, end: number): number {
  SENTENCE_END.lastIndex = end;
  return SENTENCE_END.exec(text)?.index ?? text.length;
}
function averageEnd(text: string, end: number): number | undefined {
  if (!AVERAGE_OVER.test(text.slice(end, end + 8))) return undefined;
  CLAUSE_END.lastIndex = end;
  const clauseEnd = CLAUSE_END.exec(text)?.index ?? text.length;
  // (…年均受理1,100余件,共受理3,312件,纠错率14.5%: a sum over the span after the average keeps the span for the rest.)
  return SUM_AFTER.test(text.slice(clauseEnd, sentenceEnd(text, clauseEnd))) ? undefined : clauseEnd;
}
const SUM_AFTER = /共|累计|总计|合计/;

/** The period nearest the end of [from, to) (see periodIndex), or null. */
export type PeriodAt = (from: number, to: number) => PeriodReading | null;

/**
 * Every period phrase of the text, read once; `at(from, to)` is the one ending nearest `to` (the
 * longest when several end there) that lies within [from, to), or null. Built once per text so that a
 * run of thousands of figures costs a binary search each.
 */
export function periodIndex(text: string, reportYear: number | undefined): PeriodAt {
  const byEnd = new Map<number, Found>();
  for (const [re, read] of READERS) {
    const g = new RegExp(re.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)) !== null) {
      const end = m.index + m[0].length;
      if (ranksAFigure(text, end)) continue;
      const known = byEnd.get(end);
      if (known !== undefined && known.end - known.start >= m[0].length) continue;
      const reading = read(m, reportYear);
      if (reading !== null) byEnd.set(end, { start: m.index, end, reading });
    }
  }
  const found = [...byEnd.values()].sort((a, b) => a.end - b.end);
  const brackets = bracketsOfYears(text);
  for (const f of found)
    f.bracketEnd =
      bracketAround(brackets, f.start, f.end)?.end ??
      averageEnd(text, f.end) ??
      (STATUS_CHANGE.test(f.reading.period.phrase) ? sentenceEnd(text, f.end) : undefined);
  return (from, to) => {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((found[mid]?.end ?? 0) <= to) lo = mid + 1;
      else hi = mid;
    }
    // A phrase inside a bracket closed before `to` dates the bracket's figures only: the one before it is read.
    for (let k = lo - 1; k >= 0; k--) {
      const f = found[k];
      if (f === undefined || f.start < from) return null;
      if (f.bracketEnd === undefined || f.bracketEnd > to) return f.reading;
    }
    return null;
  };
}

/** The period stated in `prefix` (a figure's sentence up to it), nearest its end; null when none. */
export function readPeriod(prefix: string, reportYear: number | undefined): PeriodReading | null {
  return periodIndex(prefix, reportYear)(0, prefix.length);
}

const YEARS_BACK =
  /^(?:(?:近|过去)([\d一二两三四五六七八九十]{1,3})年(?:来|间|以来|中)?|([\d一二两三四五六七八九十]{1,3})年(?:来|间|以来|中))$/;

/** The first and last year of a span (2015年到2017年; 三年间 or 五年来 back from `end`), or null. */
export function spanYears(period: Period, end: number | undefined): { from: number; to: number } | null {
  if (period.from !== undefined && period.to !== undefined) return { from: period.from, to: period.to };
  const m = YEARS_BACK.exec(period.phrase);
  const word = m?.[1] ?? m?.[2];
  const n = word === undefined ? null : /^\d+$/.test(word) ? Number(word) : parseChineseNumber(word);
  if (n === null || end === undefined || n < 2) return null;
  return { from: end - n + 1, to: end };
}
