// Text width without a DOM: the charts' axis labels and the exported image's header and footer estimate alike.

/** Width of a text in pixels at a font size; the browser measures, tests and Node estimate. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

const WIDE = /[\u2E80-\uFFEF]/u;

/** Without a DOM: full-width characters take a full em, others about half. */
export const estimateWidth: MeasureText = (text, fontSize, bold) =>
  [...text].reduce((w, ch) => w + (WIDE.test(ch) ? fontSize : fontSize * (bold ? 0.6 : 0.55)), 0);
