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
