// The lines of every page → one text: running headers and footers (the same line at the top or bottom of most
// pages) and page numbers removed, lines the page wrapped and sentences cut by a page break joined again.
import type { PdfLine } from './pdfLines.ts';

const PAGE_NUMBER = [
  /^[-—–_·.\s]*\d{1,4}[-—–_·.\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/i,
];
const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** Lines at the top or bottom of a page that may be furniture. */
const EDGE = 2;
/** The same short line (digits aside) on this share of pages is a running header or footer. */
const REPEATED_SHARE = 0.5;
const RUNNING_LINE_CHARS = 40;
const ENDS_SENTENCE = /[。！？；：….!?;:”’」』)）]$/;
const LIST_MARKER = /^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节部分条])/;

const key = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

const edges = <T>(lines: readonly T[]): T[] => [...lines.slice(0, EDGE), ...lines.slice(EDGE).slice(-EDGE)];

const repeatedKeys = (pages: readonly PdfLine[][]): Set<string> => {
  const pagesWith = new Map<string, number>();
  for (const page of pages) for (const k of new Set(edges(page).filter((l) => l.text.length <= RUNNING_LINE_CHARS).map((l) => key(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
  return new Set([...pagesWith].filter(([, count]) => pages.length >= 2 && count >= needed).map(([k]) => k));
};

const bodyOf = (page: readonly PdfLine[], repeated: Set<string>): PdfLine[] => {
  const head = page.slice(0, EDGE);
  const tail = page.slice(head.length).slice(-EDGE);
  const middle = page.slice(head.length, page.length - tail.length);
  const keep = (l: PdfLine) => !isPageNumber(l.text) && !(l.text.length <= RUNNING_LINE_CHARS && repeated.has(key(l.text)));
  return [...head.filter(keep), ...middle, ...tail.filter(keep)];
};

/** A line that reaches the right margin without ending its sentence was wrapped by the page. */
const wrapped = (line: PdfLine, margin: number) => !ENDS_SENTENCE.test(line.text.trim()) && line.right >= margin - line.size * 1.5;

/**
 * `pageWidths`, when known, place the right margin where the left one is mirrored, so the short lines of a short
 * text are not all taken for wrapped ones.
 */
export const pdfPagesToText = (pages: readonly PdfLine[][], pageWidths: readonly number[] = []): string => {
  const repeated = repeatedKeys(pages);
  const bodies = pages.map((page) => bodyOf(page, repeated));
  const mirrored = pages.map((page, i) => (page.length > 0 && pageWidths[i] ? pageWidths[i] - Math.min(...page.map((l) => l.left)) : 0));
  const margin = Math.max(0, ...bodies.flat().map((l) => l.right), ...mirrored);
  let text = '';
  let previous: PdfLine | null = null;
  for (const line of bodies.flat()) {
    const joins = previous !== null && wrapped(previous, margin) && !LIST_MARKER.test(line.text.trim());
    const words = previous !== null && /[A-Za-z,]$/.test(previous.text.trim()) && /^[A-Za-z]/.test(line.text.trim());
    text += previous === null ? '' : !joins ? '\n' : words ? ' ' : '';
    text += line.text.trim();
    previous = line;
  }
  return text;
};
