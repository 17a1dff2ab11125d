// A report published early in the year after the one it reports ((2025年2月26日发布), 2021年1月26日,市政府新闻办举行…) may close
// with that year's first weeks: 今年1月,区行政复议局新收案件98件; 进入2022年,1月份全市又办理…682件. Such a count is the later
// year's so far, no total of any year: it keeps the later year and is read as a sum to date (cumulative), as the corpus and
// the probe sets label it.
import type { Scanned } from './figureRelations.ts';

/** How far into the page its date of publication may stand: the title, a dateline, the first sentence. */
const OPENING = 200;
// (2024年3月15日), (2025年2月26日发布), a line opening with its date (2021年1月26日,市政府新闻办… / ——2020年6月23日在…会议上):
// a date the page is published or spoken on — not one in its prose (将于2024年1月1日起施行).
// A dateline (2025-01-21 来源:…, 发布时间:2023-12-26, 发布日期:2022年3月10日) too.
const PUBLISHED = [
  /[(]((?:19|20)\d{2})年(\d{1,2})月(?:\d{1,2}日)?(?:发布|印发)?[)]/,
  /(?:^|\n)[—-]*((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日(?:[,在]|\s*(?:$|\n|来源))/,
  /(?:发布|发稿|更新)(?:时间|日期):?\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月]\d{1,2}/,
  /(?:^|\n)\s*((?:19|20)\d{2})-(\d{1,2})-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:$|\n|来源)/,
];
// 今年1月, 今年1至5月, 本年一季度, 今年上半年: a sentence that opens with months of the year of writing, ending in the month named.
// (据统计,今年1月1日以来…: a word of where the figure comes from may stand first.)
const LEAD = '[…\\s]*(?:(?:据统计|据了解|另据统计|另悉|据悉|另外|此外|同时)[,:]?)?';
const THIS_YEAR_SO_FAR = new RegExp(
  `^${LEAD}(?:今年|本年度?)(?:(?:\\d{1,2}[-—至到~])?(\\d{1,2})月|(上半年)|(?:第)?(一季度)|前(\\d{1,2})个月)`,
);
// 2024年1月1日至今, 自2024年以来, 截至2024年1月10日: a sentence that opens with a span from a date of a later year than the
// report's, or up to one.
const SINCE_A_LATER_DATE = new RegExp(
  `^${LEAD}(?:(?:自|从)?((?:19|20)\\d{2})年(?:\\d{1,2}月(?:\\d{1,2}日)?(?:起)?)?(?:以来|至今|到现在|至目前|到目前)|截至((?:19|20)\\d{2})年\\d{1,2}月)`,
);
const WHOLE_YEAR = /全年|当年/;
// (…,2023年1至2月全市新收…420件: a clause that names its own year keeps it.)
const NAMED_YEAR = /(?:19|20)\d{2}年/;
// 1月份, 1-2月, 上半年, 一季度: words of a part of a year in the figure's clause (not a date, 1月1日).
const PART_OF_A_YEAR = /\d{1,2}月(?!\d{1,2}日)|[上前]半年|季度/;

/**
 * The year and month the page's opening says it was published or spoken on, or undefined. Read from the text as given
 * (full-width marks made plain): the reading text leaves a dateline alone on its line out as furniture.
 */
export function publishedOn(text: string): { year: number; month: number } | undefined {
  const opening = text
    .slice(0, OPENING)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
  for (const re of PUBLISHED) {
    const m = re.exec(opening);
    if (m !== null) return { year: Number(m[1]), month: Number(m[2]) };
  }
  return undefined;
}

// 延安市人民政府关于2024年度法治政府建设情况的报告: a year's report on building the rule of law is published in the first
// quarter of the next (the rules ask for it by the end of March), so its 今年1—2月 are the next year's (not 今年3月 or
// 一季度: a report of late December may date its own year's acts by them).
// (Not a half year's or a quarter's: 2023年上半年法治政府建设工作报告.)
const YEARS_REPORT =
  /((?:19|20)\d{2})年度?(?:(?!半年|季度|\d{1,2}月)[^\n。]){0,12}法治政府建设[^\n。]{0,16}报告/;
const reportOfTheYear = (norm: string, reportYear: number): { year: number; month: number } | undefined =>
  Number(YEARS_REPORT.exec(norm.slice(0, OPENING))?.[1]) === reportYear
    ? { year: reportYear + 1, month: 2 }
    : undefined;

/** The last month of the year of writing a sentence opens with (今年1至5月 → 5), or undefined. */
function monthsOfThisYear(words: string): number | undefined {
  const m = THIS_YEAR_SO_FAR.exec(words);
  if (m === null) return undefined;
  if (m[2] !== undefined) return 6;
  if (m[3] !== undefined) return 3;
  return Number(m[1] ?? m[4]);
}

/**
 * Dates, in place, the figures of the first months of this year on a page published the year after its report's (months
 * that end by the month it was published: 今年1-11月 on a page of 10 January is the report's year), and scopes the claims
 * of a part of a later year.
 */
export function readLaterYears(
  items: Scanned[],
  norm: string,
  reportYear: number | undefined,
  original: string = norm,
): void {
  if (reportYear === undefined) return;
  const published = publishedOn(original) ?? reportOfTheYear(norm, reportYear);
  for (const item of items) {
    const words = norm.slice(item.ctx.sentence.start, item.fig.start);
    const months = published?.year === reportYear + 1 ? monthsOfThisYear(words) : undefined;
    // (今年1月,县政府成立…委员会,全年共收到…86件: a clause of the whole year is the report's year's, whatever month opened
    // the sentence.)
    const shifted =
      published !== undefined &&
      months !== undefined &&
      months <= published.month &&
      (item.year ?? reportYear) === reportYear &&
      !WHOLE_YEAR.test(words) &&
      !NAMED_YEAR.test(item.ctx.text.clause);
    if (shifted) item.year = published.year;
    const sinceMatch = SINCE_A_LATER_DATE.exec(words);
    const since = Number(sinceMatch?.[1] ?? sinceMatch?.[2] ?? 0);
    // (截至2024年1月15日,全市2023年度…: a sentence that names the report's year keeps it.)
    const sinceLater =
      since > reportYear && (item.year ?? reportYear) === reportYear && !words.includes(`${reportYear}年`);
    if (sinceLater) item.year = since;
    // (A full later year stated is a plan's or a wrong report year's, not a count to date: left as it is.)
    const partOfAYear =
      shifted ||
      sinceLater ||
      item.period?.kind === 'partial_year' ||
      PART_OF_A_YEAR.test(item.ctx.text.clause);
    if (item.scope === 'region' && item.year !== undefined && item.year > reportYear && partOfAYear)
      item.scope = 'cumulative';
  }
}
