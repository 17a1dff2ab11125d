// How many lines a text wraps to at a width: words stay whole, CJK characters break anywhere (as zrender's overflow: 'break').

/** Width of a text in pixels at a font size; the browser measures, tests and Node estimate. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

const WIDE = /[\u2E80-\uFFEF]/u;
const TOKENS = /[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+\s*|\s+/gu;

/** Without a DOM: full-width characters take a full em, others about half. */
export const estimateWidth: MeasureText = (text, fontSize, bold) =>
  [...text].reduce((w, ch) => w + (WIDE.test(ch) ? fontSize : fontSize * (bold ? 0.6 : 0.55)), 0);

export const countLines = (text: string, fontSize: number, bold: boolean, width: number, maxLines: number, measure: MeasureText): number => {
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
