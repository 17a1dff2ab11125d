// A report published early in the year after the one it reports ((2025年2月26日发布), 2021年1月26日,市政府新闻办举行…) may close
// with that year's first weeks: 今年1月,区行政复议局新收案件98件; 进入2022年,1月份全市又办理…682件. Such a count is the later
// year's so far, no total of any year: it keeps the later year and is read as a sum to date (cumulative), as the corpus and
// the probe sets label it.
import type { Scanned } from './figureRelations.ts';

/** How far into the page its date of publication may stand: the title, a dateline, the first sentence. */
const OPENING = 200;
const DATE = /((?:19|20)\d{2})年\d{1,2}月/;
// 今年1月, 今年1至5月, 今年以来, 本年上半年: a sentence that opens with a part of the year of writing.
const THIS_YEAR_SO_FAR =
  /^[…\s]*(?:今年|本年度?)(?:以来|[\d一二三四五六七八九十]{1,2}(?:[-—至到~][\d一二三四五六七八九十]{1,2})?月|[上前]半年|(?:第)?一季度|前[\d一二三四五六七八九十]{1,2}个?(?:月|季度))/;
// 1月份, 1-2月, 上半年, 一季度, 以来: words of a part of a year, before the figure in its sentence (not a date, 2024年1月1日起施行).
const PART_OF_A_YEAR = /\d{1,2}月(?!\d{1,2}日)|[上前]半年|季度|以来/;

/** The year of the first date (year and month) in the page's opening, or undefined. */
export function publishedYear(norm: string): number | undefined {
  const m = DATE.exec(norm.slice(0, OPENING));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * Dates, in place, the figures of a part of this year on a page published the year after its report's, and scopes
 * the claims of a part of a later year.
 */
export function readLaterYears(items: Scanned[], norm: string, reportYear: number | undefined): void {
  if (reportYear === undefined) return;
  const published = publishedYear(norm);
  for (const item of items) {
    const words = norm.slice(item.ctx.sentence.start, item.fig.start);
    if (
      published === reportYear + 1 &&
      (item.year ?? reportYear) === reportYear &&
      THIS_YEAR_SO_FAR.test(words)
    )
      item.year = published;
    // (A full later year stated is a plan's or a wrong report year's, not a count to date: left as it is.)
    const partOfAYear = item.period?.kind === 'partial_year' || PART_OF_A_YEAR.test(words);
    if (item.scope === 'region' && item.year !== undefined && item.year > reportYear && partOfAYear)
      item.scope = 'cumulative';
  }
}
