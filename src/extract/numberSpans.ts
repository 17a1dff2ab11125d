// Every figure in a short text with its value and where it stands in that text: the extractor's own number grammar,
// so a source panel highlights the same number the extractor would read (万/亿, Chinese numerals, qualifiers).
import { normalizeText } from './normalizeText.ts';
import { scanFigures } from './scanFigures.ts';

export interface NumberSpan {
  /** [start, end) in the text as given (UTF-16 code units). */
  start: number;
  end: number;
  value: number;
}

export function numberSpans(text: string): NumberSpan[] {
  const norm = normalizeText(text);
  return scanFigures(norm.text).flatMap((f) => {
    const start = norm.pos[f.start];
    const last = norm.pos[f.end - 1];
    return start === undefined || last === undefined ? [] : [{ start, end: last + 1, value: f.value }];
  });
}
