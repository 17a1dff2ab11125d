// 湖南省司法厅2024年工作要点 / …全年办理法律援助案件9万件; 二、下一步工作 / …调解成功率稳定在98%以上: a plan says what is to be
// done, not what was. Its figures of its own year are targets, whatever their words (a plan writes 稳定在, 达到, 保持 as a
// report does); a figure of an earlier year stays that year's, and a plan written at the start of its year says 去年 of
// the year before (a report of the year written early in the next says 去年 of the year it reports, so elsewhere bare
// 去年 is left as it is).
import type { Scanned } from './figureRelations.ts';
import { isHeading, startsWithMarker } from './furniture.ts';
import type { Span } from './sentences.ts';

const MAX_TITLE = 60;
const MAX_HEADING = 40;
// 2024年工作要点, 2025年法治政府建设工作计划, 关于印发《…实施方案》的通知, 重点任务清单.
const PLAN_TITLE = /(?:要点|计划|安排|打算|方案|任务清单)》?(?:的通知)?$/;
// 二、下一步工作, 五、2025年工作打算, 主要目标, 今后一个时期的工作思路.
const PLAN_HEADING =
  /下一步|下步工作|工作(?:打算|计划|安排|思路)|主要目标|目标任务|努力方向|今后(?:一个时期|的?工作)|(?:19|20)\d{2}年度?(?:重点)?(?:工作|任务)(?:安排|计划|打算|思路|要点)/;
// …2023年工作总结和2024年工作打算, 完成情况: a heading that also names what was done is no plan's.
const DONE = /总结|回顾|成效|成绩|完成|情况|报告/;
// The kinds of numbered heading, so that a section ends at the next heading of its own kind.
const MARKER_KINDS = [
  /^[一二三四五六七八九十]{1,3}[、.]/,
  /^[(][一二三四五六七八九十]{1,3}[)]/,
  /^\d{1,2}[、.](?!\d)/,
  /^第[一二三四五六七八九十\d]{1,3}[章节部分]/,
];

// 记者:下一步有哪些打算? / 局长:今年,我们将…: a question about the plans ahead makes its answer a plan, to the next question.
const QUESTION = /^(?:记者|问|主持人)[:]|[?]$/;
const ASKS_FOR_PLANS = /下一步|下步|打算|计划|将如何|将怎样|今后/;

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(norm: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of norm.split('\n')) {
    lines.push({ text: text.trim(), start, end: start + text.length });
    start += text.length + 1;
  }
  return lines;
}

const isShortLine = (text: string, max: number): boolean =>
  text.length > 0 && text.length <= max && !/[。;!?]/.test(text);
const kindOf = (text: string): number => MARKER_KINDS.findIndex((re) => re.test(text));

/** The parts of the text that are plans: all of it under a plan's title, or a section under a plan's heading. */
export function planSpans(norm: string): Span[] {
  const lines = linesOf(norm);
  const title = lines.find((l) => l.text.length > 0);
  if (
    title !== undefined &&
    isShortLine(title.text, MAX_TITLE) &&
    PLAN_TITLE.test(title.text) &&
    !DONE.test(title.text)
  )
    return [{ start: 0, end: norm.length }];
  const spans: Span[] = [];
  lines.forEach((line, k) => {
    if (QUESTION.test(line.text) && line.text.length <= MAX_TITLE) {
      if (!ASKS_FOR_PLANS.test(line.text)) return;
      const next = lines.slice(k + 1).find((l) => QUESTION.test(l.text));
      spans.push({ start: line.end, end: next?.start ?? norm.length });
      return;
    }
    if (!isShortLine(line.text, MAX_HEADING) || !PLAN_HEADING.test(line.text) || DONE.test(line.text)) return;
    // An unnumbered heading (下一步工作打算) runs to the end; a numbered one to the next heading of its kind.
    const kind = startsWithMarker(line.text) ? kindOf(line.text) : -1;
    const next =
      kind < 0 ? undefined : lines.slice(k + 1).find((l) => isHeading(l.text) && kindOf(l.text) === kind);
    spans.push({ start: line.end, end: next?.start ?? norm.length });
  });
  return spans;
}

const BARE_LAST_YEAR = /^(?:去年|上年)$/;

/**
 * Reads, in place, the region claims of `items` that stand in a plan: those of the report's own year become targets
 * (no metric); those dated by bare 去年 or 上年 the year before's.
 */
export function readPlansAsTargets(items: Scanned[], norm: string, reportYear: number | undefined): void {
  const spans = planSpans(norm);
  if (spans.length === 0 || reportYear === undefined) return;
  const inPlan = (at: number): boolean => spans.some((s) => s.start <= at && at < s.end);
  for (const item of items) {
    if (item.scope !== 'region' || item.metric === null || !inPlan(item.fig.start)) continue;
    if ((item.year ?? reportYear) !== reportYear) continue;
    if (item.period !== undefined && BARE_LAST_YEAR.test(item.period.phrase)) {
      item.year = reportYear - 1;
      item.scope = 'prior_year';
    } else item.metric = null;
  }
}
