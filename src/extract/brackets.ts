// Closed brackets are asides. 全年办理法律援助案件1200件(2022年为1100件),挽回经济损失800万元, 2021年至2023年…900件(2021年
// 280件、2022年300件…),其中…: a bracket that gives figures of their own years dates those figures only; once closed, its
// years date nothing after it (a bracket of a year alone, 全市(2023年度)…, is still read). Nor does the span of a plan's
// name (法治政府建设实施纲要(2021—2025年), 八五普法规划(2021-2025年)): it names the plan, not the period of what follows
// (…期间(2021—2025年) is one). …1200件(其中民事案件800件),同比增长9%: a change after a bracket is not of a figure inside it.

const BRACKET = /[(（]([^()（）\n]{1,80})[)）]/g;
const YEAR = /(?:19|20)\d{2}年度?|上年|去年|同期/g;

export interface Bracket {
  start: number;
  /** After the closing mark. */
  end: number;
}

/** Every closed bracket of the text (none nested), in order. */
export function closedBrackets(text: string): Bracket[] {
  return [...text.matchAll(BRACKET)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Does a bracket's content give a figure of a named year (2022年为1100件, 其中2023年3,200件, 上年同期为2,900件)? */
const givesYearsFigures = (content: string): boolean => {
  const rest = content.replace(YEAR, '');
  return rest !== content && /\d/.test(rest);
};

// 由7,352件(2015年)增至11,086件(2020年): a year alone in a bracket right after a figure dates that figure, no other.
/** A year alone in a closed bracket, (2015年), its year the first group: the source of a pattern. */
export const YEAR_IN_BRACKET = '[(]((?:19|20)\\d{2})年度?[)]';
const YEAR_ALONE = /^((?:19|20)\d{2})年度?$/;
const COUNTER_AFTER = '[件宗起个人次元%]*';
const AFTER_A_FIGURE = new RegExp(`[\\d万亿千]${COUNTER_AFTER}$`);
const YEAR_AFTER_A_FIGURE = new RegExp(`^${COUNTER_AFTER}${YEAR_IN_BRACKET}`);

/** The year a bracket right after the figure ending at `end` gives it (11,086件(2020年)), or undefined. */
export function yearInBracketAfter(text: string, end: number): number | undefined {
  const m = YEAR_AFTER_A_FIGURE.exec(text.slice(end, end + 12));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

const SPAN_ONLY = /^(?:19|20)\d{2}年?\s*[—\-~－至到]\s*(?:19|20)\d{2}年度?$/;
const PLAN = /(?:纲要|规划|方案|意见|计划|办法|要点|行动|工程|条例|规定)$/;

/** Is the bracket at `start`, of `content`, an aside whose years date nothing after it? */
const yearsOfAnAside = (text: string, start: number, content: string): boolean =>
  givesYearsFigures(content) ||
  (YEAR_ALONE.test(content) && AFTER_A_FIGURE.test(text.slice(Math.max(0, start - 4), start))) ||
  (SPAN_ONLY.test(content) && PLAN.test(text.slice(Math.max(0, start - 4), start)));

/** Each closed bracket whose years date nothing after it: figures of named years, a plan's span. */
export const bracketsOfYears = (text: string): Bracket[] =>
  closedBrackets(text).filter((b) => yearsOfAnAside(text, b.start, text.slice(b.start + 1, b.end - 1)));

/** The text with each such closed bracket made one neutral mark, so that no year inside it dates what follows. */
export const withoutBracketsOfYears = (text: string): string =>
  text.replace(BRACKET, (whole, content: string, start: number) =>
    yearsOfAnAside(text, start, content) ? '□' : whole,
  );

// 收案总数(725件)…,同比减少1.63%: a bracket of the figure alone, with its counter, is the figure, no aside.
const COUNTER_ONLY = /^[件宗起个人次元万亿%]*$/;

/** Does the closed bracket around [start, end) hold words or figures besides this figure? */
const holdsMoreThan = (text: string, bracket: Bracket, start: number, end: number): boolean =>
  !COUNTER_ONLY.test((text.slice(bracket.start + 1, start) + text.slice(end, bracket.end - 1)).trim());

/** The closed bracket that holds [start, end), or undefined; `brackets` in order, as closedBrackets gives. */
export function bracketAround(brackets: readonly Bracket[], start: number, end: number): Bracket | undefined {
  let lo = 0;
  let hi = brackets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((brackets[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const b = brackets[lo - 1];
  return b !== undefined && b.start < start && end < b.end ? b : undefined;
}

/** The end of the closed bracket the figure at [start, end) stands in as an aside, or undefined. */
export function asideEnd(
  text: string,
  brackets: readonly Bracket[],
  start: number,
  end: number,
): number | undefined {
  const b = bracketAround(brackets, start, end);
  return b !== undefined && holdsMoreThan(text, b, start, end) ? b.end : undefined;
}
