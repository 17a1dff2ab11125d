// How many lines a text wraps to at a width: words stay whole, CJK characters break anywhere (as zrender's overflow: 'break').

import type { MeasureText } from '../charts/textWidth.ts';

export { estimateWidth, type MeasureText } from '../charts/textWidth.ts';

const TOKENS = /[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+\s*|\s+/gu;

export const countLines = (
  text: string,
  fontSize: number,
  bold: boolean,
  width: number,
  maxLines: number,
  measure: MeasureText,
): number => {
  let lines = 1;
  let x = 0;
  for (const token of text.match(TOKENS) ?? []) {
    const w = measure(token, fontSize, bold);
    if (x > 0 && x + measure(token.trimEnd(), fontSize, bold) > width) {
      lines++;
      x = measure(token.trimStart(), fontSize, bold);
    } else x += w;
  }
  return Math.min(lines, maxLines);
};
