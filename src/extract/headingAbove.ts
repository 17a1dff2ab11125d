// 一、过去五年工作回顾 / 全市共调解矛盾纠纷6.2万件: a heading names the span of the paragraph right under it.
import type { Span } from './sentences.ts';

const MAX_HEADING = 40;
// A heading is one short line without a sentence's end.
const NOT_A_HEADING = /[。;!?]/;

/**
 * The heading line right above a paragraph, or null (the paragraph opens the text, or the line above is prose).
 * `paragraphStart` is where a figure's look back stops (FigureContext.paragraphStart): on the line break that
 * opens its paragraph, or just after it; anywhere else the paragraph's start is out of reach and so is its heading.
 */
export function headingAbove(text: string, paragraphStart: number): Span | null {
  const lineBreak = text[paragraphStart] === '\n' ? paragraphStart : paragraphStart - 1;
  if (lineBreak < 0 || text[lineBreak] !== '\n') return null;
  let end = lineBreak;
  while (end > 0 && lineBreak - end < MAX_HEADING && /\s/.test(text[end - 1] ?? '')) end--;
  const floor = Math.max(0, end - MAX_HEADING - 1);
  let start = end;
  while (start > floor && text[start - 1] !== '\n') start--;
  if (start > 0 && text[start - 1] !== '\n') return null;
  const line = text.slice(start, end);
  if (line.length === 0 || NOT_A_HEADING.test(line)) return null;
  return { start, end };
}

// 🔹关键词:行政复议 / ✅ 区行政复议局…1,846件 / ✅ 其中涉企案件206件 / ✅ 受理1,702件: a short line without a figure or a
// sentence's stop, above lines of items, is their heading; its topic holds for an item that names none and follows one
// that names none either. Looked for a few lines up from the paragraph before, no further.
const HEADING_LINES = 6;
const MAX_ITEMS_HEADING = 24;
const NOT_AN_ITEMS_HEADING = /[\d。;,]/;

// The starts of a text's lines, computed once per text (a figure's look back is then a binary search, not a scan back
// through a line that may be the whole of a page without line breaks).
let lineCache: { text: string; starts: number[] } | null = null;

function lineStarts(norm: string): number[] {
  if (lineCache?.text !== norm) {
    const starts = [0];
    for (let i = norm.indexOf('\n'); i >= 0; i = norm.indexOf('\n', i + 1)) starts.push(i + 1);
    lineCache = { text: norm, starts };
  }
  return lineCache.starts;
}

/**
 * The heading line a few lines above the paragraph that starts at `from` (or the line holding `from - 1`), passing over
 * lines of items with figures of their own, or ''.
 */
export function itemsHeadingAbove(norm: string, from: number): string {
  const starts = lineStarts(norm);
  // The line holding `from - 1` (the end of the line above the paragraph when `from` opens one).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= Math.max(0, from - 1)) lo = mid;
    else hi = mid - 1;
  }
  for (let k = lo; k >= 0 && lo - k < HEADING_LINES; k--) {
    const start = starts[k] ?? 0;
    const end = Math.min(from, (starts[k + 1] ?? norm.length + 1) - 1);
    if (end <= start || end - start > MAX_ITEMS_HEADING * 4) continue;
    const line = norm.slice(start, end).trim();
    if (line.length > 0 && line.length <= MAX_ITEMS_HEADING && !NOT_AN_ITEMS_HEADING.test(line)) return line;
  }
  return '';
}
