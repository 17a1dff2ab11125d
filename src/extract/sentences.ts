// Sentence and clause bounds around a position. A subject carries across the commas of one sentence
// but not across 。；! ? or a hard line break. Scans are bounded so a text without any punctuation
// (binary junk, a 10 MB run) still costs constant work per figure.
const SENTENCE = 1;
const CLAUSE = 2;
const PARAGRAPH = 4;
const BREAKS = new Uint8Array(0x10000);
for (const ch of '。;!?\n') BREAKS[ch.charCodeAt(0)] = SENTENCE | CLAUSE;
BREAKS[0x0a] = SENTENCE | CLAUSE | PARAGRAPH;
for (const ch of ',:、') BREAKS[ch.charCodeAt(0)] = CLAUSE;

/** How far back a figure's subject is looked for. */
export const MAX_LOOKBACK = 240;
export const MAX_LOOKAHEAD = 120;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * A comma between digits is a thousands separator (12,345), not a clause break; nor is a colon right before a
 * figure (调解成功率:98.5%): its label is the figure's own words.
 */
function stopsAt(text: string, i: number, kind: number): boolean {
  const code = text.charCodeAt(i);
  if (((BREAKS[code] ?? 0) & kind) === 0) return false;
  if (code === 0x3a && isDigit(text[i + 1])) return false;
  return !(code === 0x2c && isDigit(text[i - 1]) && isDigit(text[i + 1]));
}

function backTo(text: string, at: number, stops: number, limit: number): number {
  const floor = Math.max(0, at - limit);
  for (let i = at - 1; i >= floor; i--) {
    if (stopsAt(text, i, stops)) return i + 1;
  }
  return floor;
}

function forwardTo(text: string, at: number, stops: number, limit: number): number {
  const ceiling = Math.min(text.length, at + limit);
  for (let i = at; i < ceiling; i++) {
    if (stopsAt(text, i, stops)) return i;
  }
  return ceiling;
}

export interface Span {
  start: number;
  end: number;
}

export function sentenceAround(text: string, from: number, to: number): Span {
  return {
    start: backTo(text, from, SENTENCE, MAX_LOOKBACK),
    end: forwardTo(text, to, SENTENCE, MAX_LOOKAHEAD),
  };
}

/** Start of the paragraph text before `end` (exclusive), at most MAX_LOOKBACK back. */
export function paragraphStartBefore(text: string, end: number): number {
  return backTo(text, end, PARAGRAPH, MAX_LOOKBACK);
}

export function clauseAround(text: string, from: number, to: number): Span {
  return {
    start: backTo(text, from, CLAUSE, MAX_LOOKBACK),
    end: forwardTo(text, to, CLAUSE, MAX_LOOKAHEAD),
  };
}

/** Start offsets of every clause of [start, end), the first one included. */
export function clauseStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  for (let i = start; i < end; i++) {
    if (stopsAt(text, i, CLAUSE) && i + 1 < end) starts.push(i + 1);
  }
  return starts;
}

const FULL_STOP = /[。!?\n]/;

/** Where the sentence holding `at` starts when sentences end only at a full stop (across semicolons), not before `floor`. */
export function fullSentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (FULL_STOP.test(text[i] ?? '')) return i + 1;
  return floor;
}
