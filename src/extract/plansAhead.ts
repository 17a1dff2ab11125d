// 湖南省司法厅2024年工作要点 / …全年办理法律援助案件9万件; 二、下一步工作 / …调解成功率稳定在98%以上: a plan says what is to be
// done, not what was. Its figures are targets, whatever their words (a plan writes 稳定在, 达到, 保持 as a report does),
// except those it dates to a year before the one it plans (2023年全省…, 去年…): those are that year's results, quoted as
// the plan's base. The year planned is the one its title or heading names; a section or an answer about the plans ahead
// that names none plans the year after the report's, a page that names none the report's own.
import type { Scanned } from './figureRelations.ts';
import { isHeading, startsWithMarker } from './furniture.ts';
import { linesOf } from './rewrittenText.ts';
import { fullSentenceStart, type Span } from './sentences.ts';

export interface PlanSpan extends Span {
  /** The year planned, as the title, heading or question names it. */
  year: number | undefined;
  /** The plan is the whole page (its title names a plan). */
  page: boolean;
}

const MAX_TITLE = 60;
const MAX_HEADING = 40;
// 2024年工作要点, 2025年法治政府建设工作计划, 关于印发《…实施方案》的通知, 重点任务清单.
// (Not a breadcrumb, 规划计划, nor a first line that is a numbered section's heading: 一、2024年工作打算.)
const PLAN_TITLE =
  /(?:工作要点|要点|工作计划|工作安排|工作打算|实施方案|行动方案|工作方案|任务清单)》?(?:的通知)?$/;
// 二、下一步工作, 五、2025年工作打算, 主要目标, 今后一个时期的工作思路.
const PLAN_HEADING =
  /下一步|下步工作|工作(?:打算|计划|安排|思路)|主要(?:预期)?目标|目标任务|努力方向|今后(?:一个时期|的?工作)|(?:19|20)\d{2}年度?(?:重点)?(?:工作|任务)(?:安排|计划|打算|思路|要点)/;
// …2023年工作总结和2024年工作打算, 完成情况: a title or heading that also names what was done is no plan's.
const DONE = /总结|回顾|成效|成绩|完成|情况|报告|推进/;
// 今年经济社会发展的主要预期目标是:…, 2022年重点工作安排: a line that opens a government work report's plans for the year,
// to the end of the text.
const PLAN_LINE_OPENS =
  /^(?:今年|明年|(?:19|20)\d{2}年)[^,。;]{0,14}?(?:主要(?:预期)?目标|预期目标|重点工作|工作安排|主要任务)/;
// 记者:下一步有哪些打算? / 局长:今年,我们将…: a question about the plans ahead makes its answer a plan, to the next question.
// (A question put by someone: a heading that asks, 如何实现…的目标?, is no interview.)
const QUESTION = /^(?:记者|问|主持人)[:]/;
const ASKS_FOR_PLANS = /下一步|下步|打算|计划|将如何|将怎样|今后|目标|展望/;
// The kinds of numbered heading, so that a section ends at the next heading of its own kind.
const MARKER_KINDS = [
  /^[一二三四五六七八九十]{1,3}[、.]/,
  /^[(][一二三四五六七八九十]{1,3}[)]/,
  /^\d{1,2}[、.](?!\d)/,
  /^第[一二三四五六七八九十\d]{1,3}[章节部分]/,
];
const YEAR = /(?:19|20)\d{2}(?=年)/g;

interface PageLine {
  /** The line without the spaces around it. */
  text: string;
  start: number;
  end: number;
}

const pageLines = (norm: string): PageLine[] =>
  linesOf(norm).map((l) => ({ text: l.text.trim(), start: l.start, end: l.start + l.text.length }));

const isShortLine = (text: string, max: number): boolean =>
  text.length > 0 && text.length <= max && !/[。;!?]/.test(text);
const kindOf = (text: string): number => MARKER_KINDS.findIndex((re) => re.test(text));
const yearsIn = (text: string): number[] => [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[0])))];

/** For each line, the start of the first line after it that passes `test` (one pass from the end). */
function nextStarts(lines: PageLine[], test: (text: string) => boolean): (number | undefined)[] {
  const next: (number | undefined)[] = new Array<number | undefined>(lines.length);
  let at: number | undefined;
  for (let k = lines.length - 1; k >= 0; k--) {
    next[k] = at;
    const line = lines[k];
    if (line !== undefined && test(line.text)) at = line.start;
  }
  return next;
}

const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
};

/** The parts of the text that are plans: all of it under a plan's title, or a section under a plan's heading. */
export function planSpans(norm: string): PlanSpan[] {
  const lines = pageLines(norm);
  const title = lines.find((l) => l.text.length > 0);
  if (
    title !== undefined &&
    isShortLine(title.text, MAX_TITLE) &&
    !startsWithMarker(title.text) &&
    PLAN_TITLE.test(title.text) &&
    !DONE.test(title.text) &&
    yearsIn(title.text).length <= 1
  )
    return [{ start: 0, end: norm.length, year: yearsIn(title.text)[0], page: true }];
  const spans: PlanSpan[] = [];
  const nextQuestion = once(() => nextStarts(lines, (text) => QUESTION.test(text)));
  const nextOfKind = MARKER_KINDS.map((_, kind) =>
    once(() => nextStarts(lines, (text) => isHeading(text) && kindOf(text) === kind)),
  );
  const section = (line: PageLine, end: number): PlanSpan => ({
    start: line.end,
    end,
    year: Math.max(...yearsIn(line.text), 0) || undefined,
    page: false,
  });
  lines.forEach((line, k) => {
    if (QUESTION.test(line.text) && line.text.length <= MAX_TITLE) {
      if (!ASKS_FOR_PLANS.test(line.text) || DONE.test(line.text)) return;
      spans.push(section(line, nextQuestion()[k] ?? norm.length));
      return;
    }
    if (PLAN_LINE_OPENS.test(line.text) && !DONE.test(line.text.slice(0, MAX_HEADING))) {
      spans.push({ ...section(line, norm.length), start: line.start });
      return;
    }
    // (一)创新工作思路,提升调解质效: a heading of two parts is one of what was done.
    if (
      !isShortLine(line.text, MAX_HEADING) ||
      /,/.test(line.text) ||
      !PLAN_HEADING.test(line.text) ||
      DONE.test(line.text)
    )
      return;
    // An unnumbered heading (下一步工作打算) runs to the end; a numbered one to the next heading of its kind.
    const kind = startsWithMarker(line.text) ? kindOf(line.text) : -1;
    spans.push(section(line, (kind < 0 ? undefined : nextOfKind[kind]?.()[k]) ?? norm.length));
  });
  return spans;
}

// 2020年,全市…全年调解矛盾纠纷6,412件; 去年全市…: the year a sentence of a plan dates its figure to, the last one named
// before the figure.
// (Not a year compared with: 与上年(1.86万件)持平, 比2017年增加.)
const YEAR_NAMED = /(?<![较比与由从同和])(?:(?:19|20)\d{2}(?=年)|去年|上年|上一年)/g;

/** The year before the plan's that the words of a figure's sentence before it name last (2023年, 去年), or undefined. */
function pastYearStated(words: string, planned: number): number | undefined {
  let year: number | undefined;
  for (const m of words.matchAll(YEAR_NAMED)) year = /^\d/.test(m[0]) ? Number(m[0]) : planned - 1;
  return year !== undefined && year < planned ? year : undefined;
}

/**
 * Reads, in place, the region claims of `items` that stand in a plan: a result of an earlier year it quotes becomes that
 * year's (the report's own: still the region's), any other figure a target (no metric).
 */
export function readPlansAsTargets(items: Scanned[], norm: string, reportYear: number | undefined): void {
  const spans = planSpans(norm);
  if (spans.length === 0 || reportYear === undefined) return;
  for (const item of items) {
    if (item.scope !== 'region' || item.metric === null) continue;
    const span = spans.find((s) => s.start <= item.fig.start && item.fig.start < s.end);
    if (span === undefined) continue;
    const planned = span.year ?? (span.page ? reportYear : reportYear + 1);
    // (From the full stop: a year opening the sentence dates the parts after its semicolons too.)
    const from = fullSentenceStart(
      norm,
      item.ctx.sentence.start,
      Math.max(span.start, item.ctx.sentence.start - 400),
    );
    const past = pastYearStated(norm.slice(from, item.fig.start), planned);
    if (past === undefined) item.metric = null;
    else {
      item.year = past;
      if (past !== reportYear) item.scope = 'prior_year';
    }
  }
}
