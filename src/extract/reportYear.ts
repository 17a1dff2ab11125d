// The report year from its title: "2024年法治政府建设年度报告", "关于2023年度法治政府建设情况的报告".
import { withoutBracketsOfYears, YEAR_IN_BRACKET } from './brackets.ts';
import { monthsSpanned } from './period.ts';
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?(?!\d{1,2}月)[^。\n\d]{0,30}?(?:报告|年报)/;
// "2016年以来," names where a span starts, not the year a page reports: it is no report year.
const OPENING_YEAR = /((?:19|20)\d{2})\s*年度?[,，、]/;

export function inferReportYear(text: string): number | undefined {
  const lines = text
    .slice(0, 3000)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l.length > 0)
    .slice(0, 20);
  // A title can be split over two lines: "清远市清城区人民政府2024年" / "法治政府建设年度报告".
  for (let i = 0; i < lines.length; i++) {
    const m = TITLE_YEAR.exec(lines[i] ?? '') ?? TITLE_YEAR.exec((lines[i] ?? '') + (lines[i + 1] ?? ''));
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  const m = OPENING_YEAR.exec(lines.join(''));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

// A year the figure's own sentence puts it in: "2023年全市共受理…" in a 2024 report. Years after
// 较/比/与 are comparisons, and 以来/至/起 open a period rather than name the year of the figure.
// 2024年1月起 opens a span from a date.
const SPAN_OPENS = /^[^,。;]{0,10}?(?:以来|至今|到现在|至目前|到目前)|^(?:\d{1,2}月)?(?:份|底|末)?起/;
// The months of a span into another year: a year's worth or less (2022年10月至2023年9月) is dated by the year it ends in;
// a longer one (2008年1月至2010年5月) by no one year.
const SPAN_TO_ANOTHER_YEAR =
  /^(\d{1,2})月(?:份|初|底|末)?(?:\d{1,2}日)?(?:至|到|-|—|~|－)((?:19|20)\d{2})年(\d{1,2})?/;
// 2022年修订的行政复议法, 2023年印发的: the year dates a document or an act, not the figure.
const DATES_AN_ACT = /^新?(?:修订|修正|修改|颁布|印发|出台|实施|施行|发布|制定|通过|出版)(?:的|了)/;
// 在2024年1月召开的全市政法工作会议上, 2024年1月18日举行的新闻发布会上: the date of a meeting, not of the figures it
// reported (去年全市…).
const DATES_A_MEETING =
  /^\d{1,2}月(?:\d{1,2}日)?(?:(?:召开|举行|举办)的?|的)[^,;。\d]{0,20}?(?:会议|大会|发布会|座谈会|推进会|报告会)上/;
// 2022年行政复议体制改革后, 在2022年基础上: the clause dates an event the figure comes after.
const AFTER_AN_EVENT = /^[^,;。\d]{0,16}?(?:后|之后|以后|基础上)[,;]/;
// 是2023年收案数的4.4倍: the year of a multiple's base is the base's.
const BASE_OF_A_MULTIPLE = /^[^,;。\d]{0,10}?的[\d.]+倍/;
const STATED_YEAR = /((?:19|20)\d{2})年度?(?!以来|至|起|来|[-—~－到])/g;

const ASIDE_ON_WHAT_IS_IN = /[(（](?:包括|包含|含|不含|不包括)[^()（）]{0,40}[)）]/g;

export function statedYear(sentencePrefix: string): number | undefined {
  // A closed title is one neutral mark: a year inside it names the document, and one right after it is still read.
  // 审结422件(包括2018年结转案件),…: a closed aside on what a count takes in dates no figure after it (one still open, the
  // figure inside it, keeps its year: 不含2011年度未结案件87宗), nor does a closed bracket of other years' figures
  // (…1200件(2022年为1100件),挽回…).
  const text = withoutBracketsOfYears(
    sentencePrefix.replace(/《[^》]{0,80}》/g, '□').replace(ASIDE_ON_WHAT_IS_IN, '□'),
  );
  STATED_YEAR.lastIndex = 0;
  let found: number | undefined;
  let m: RegExpExecArray | null;
  while ((m = STATED_YEAR.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/[较比与同至到由从《]/.test(before)) continue;
    // 2019—2023年 closes a span; a dash line's opening (——2023年…) does not.
    if (/[\d年月][—\-~]$/.test(before)) continue;
    // 自2022年3月…成立以来, 继2022年获评…后, 按照2022年…部署, 行动始于2009年: the year opens a span or dates another act.
    if (/(?:自|继|按照|根据|依据|始于|开始于|起始于|发端于)$/.test(text.slice(0, m.index))) continue;
    // 自2021年9月底运作以来, 自2020年起: the year opens a span, it does not date the figure.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (SPAN_OPENS.test(after) || DATES_AN_ACT.test(after) || AFTER_AN_EVENT.test(after)) continue;
    if (DATES_A_MEETING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 36))) continue;
    if (BASE_OF_A_MULTIPLE.test(after)) continue;
    const span = SPAN_TO_ANOTHER_YEAR.exec(after);
    if (span !== null && span[2] !== m[1]) {
      const months = monthsSpanned(Number(m[1]), Number(span[1]), Number(span[2]), Number(span[3] ?? 12));
      if (months <= 12) found = Number(span[2]);
      continue;
    }
    found = Number(m[1]);
  }
  return found;
}

// 上年度全市调解矛盾纠纷1.1万件: a sentence opened by the year before speaks of it, unless it names another year or
// the cases carried over from it (上年结转). Bare 去年 is left out, as in comparedYear. The words after the opening are
// read after its longest match: a lookahead in the pattern would let 上年度结转 pass as 上年 before 度结转.
// 上年同期受理1,722件, 去年同期办理980件: the same months of the year before, read whole before 上年 alone (a lookahead
// would not do: 上年同期相比 compares, 上年同期结转 carries over).
const OPENS_WITH_PRIOR = /^[(]?(?:(?:上年|去年)同期|(?:上年度?|上一年度?)(?:全年)?),?/;
const NOT_OF_THAT_YEAR = /^(?:结转|旧存|遗留|未结|同期|的|相比|比较|对比)/;
const ANOTHER_YEAR = /今年|本年|当年|全年|(?:19|20)\d{2}年/;

/** Does the sentence (up to the figure) open with the year before the report's (上年度, 上一年度)? */
export function opensWithPriorYear(sentencePrefix: string): boolean {
  const m = OPENS_WITH_PRIOR.exec(sentencePrefix);
  if (m === null) return false;
  const rest = sentencePrefix.slice(m[0].length);
  return !NOT_OF_THAT_YEAR.test(rest) && !ANOTHER_YEAR.test(rest);
}

// 较上年的1,000件, 比上年受理的760件, 较去年同期办理的: words of what was counted may stand before the 的, but no
// words of a rise or a fall (比上年多受理的20件 is the change, not last year's count). The point may stand in a bracket
// after the year (较上年(1,105件)增长19.5%, 与上年(1.86万件)基本持平).
const PRIOR_REFERENCE =
  /(?:较|比|由|从|与)(?:上年度?|去年|上一年度?|前一年|((?:19|20)\d{2})年度?)(?:同期)?(?:[^\d,;:增减多少提降升高低长]{0,10}的|[(])?$/;

/**
 * A figure written as the comparison point (较上年的1,000件, 由2022年的800件): the year it belongs to,
 * or undefined when the figure is not one. `previous` is the year before the report's.
 */
// A clause of only the year before and the figure (…2.3万件,上年同期为2.1万件; (上年2.1万件)). Bare 去年 is left out: a
// page published early in the next year says 去年 of the very year it reports.
const PRIOR_CLAUSE = /^[(]?而?(?:上年同期|去年同期|上年度?|上一年度?)(?:仅|只)?(?:为|是|有)?$/;

// 出庭应诉率由85%提升至100%: the figure a rise or fall starts from, with no year named, is the year before's; one with a
// year in a bracket right after it (由7,352件(2015年)增至…) is that year's.
const FROM = /(?:由|从)$/;
const OWN_YEAR_AFTER = new RegExp(`^${YEAR_IN_BRACKET}`);
/** The verbs of a rise or a fall to a level (提升至, 增加到, 降至), before their 至/到. */
export const RISE_VERB = '(?:提升|提高|上升|下降|降低|增加|减少|增长|升|降|增|减)';
/** A level reached by a rise or a fall, written out (提升至, 跃升到, 回落至, 下降为): a rate word or a year clause may reach
 * its figure across it. */
export const MOVES_TO =
  '(?:提升|提高|上升|增长|增加|跃升|攀升|激增|猛增|骤增|陡增|下降|降低|回落|减少|骤降|锐减)(?:至|到|为)';
export const RISES_TO = new RegExp(`^${RISE_VERB}(?:至|到)`);

const YEAR_MOVED_TO = /(?:到|至)((?:19|20)\d{2})年度?的?$/;

/** The year a level moved to names right before it (增加到2023年的1,203件), or undefined. */
export function yearMovedTo(local: string): number | undefined {
  const m = YEAR_MOVED_TO.exec(local);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export function comparedYear(
  local: string,
  previous: number | undefined,
  following = '',
): number | undefined | null {
  if (PRIOR_CLAUSE.test(local)) return previous;
  if (FROM.test(local)) {
    const own = OWN_YEAR_AFTER.exec(following);
    if (RISES_TO.test(own === null ? following : following.slice(own[0].length)))
      return own === null ? previous : Number(own[1]);
  }
  const m = PRIOR_REFERENCE.exec(local.slice(-16));
  if (m === null) return null;
  return m[1] === undefined ? previous : Number(m[1]);
}

const YEAR_LIST = /((?:19|20)\d{2})年?度?(?:[、和及与]((?:19|20)\d{2})年?度?)+/g;

/** The words of a sentence with its lists of years left out (出庭应诉率2022年、2023年分别为 → 出庭应诉率分别为). */
export function withoutYearLists(text: string): string {
  return text.replace(YEAR_LIST, '');
}

// 2021年至2023年…分别为980件、1,290件、1,410件: a span of a few years before 分别 lists each of its years.
const YEAR_RANGE = /((?:19|20)\d{2})年?(?:至|到|-|—|~)((?:19|20)\d{2})年(?!\d{1,2}月)/g;

function yearsOfRange(text: string): string[] {
  let years: string[] = [];
  YEAR_RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RANGE.exec(text)) !== null) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    years =
      to > from && to - from <= 5 ? Array.from({ length: to - from + 1 }, (_, k) => String(from + k)) : [];
  }
  return years;
}

/**
 * 2021年、2022年、2023年,全市分别调解纠纷1.1万件、1.2万件、1.3万件: the k-th figure after 分别 is the
 * k-th year's. `sentencePrefix` runs from the sentence start to the figure; `k` counts the figures
 * between 分别 and this one. Undefined when the sentence lists no years before its 分别.
 */
export function listedYear(sentencePrefix: string, k: number): number | undefined {
  const at = sentencePrefix.lastIndexOf('分别');
  if (at < 0) return undefined;
  let years: string[] = [];
  YEAR_LIST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_LIST.exec(sentencePrefix.slice(0, at))) !== null) {
    years = m[0].match(/(?:19|20)\d{2}/g) ?? [];
  }
  if (years.length === 0) years = yearsOfRange(sentencePrefix.slice(0, at));
  const year = years.length >= 2 ? years[k] : undefined;
  return year === undefined ? undefined : Number(year);
}
