// What the stages that rewrite a text before it is read (tableRows.ts, numbersFirst.ts) share: the rewritten text with
// the original position of each of its characters, and the text's lines with where each starts.

export interface RewrittenText {
  text: string;
  /** pos[i] is the index in the original text that text[i] stands for. */
  pos: Int32Array;
}

export interface Line {
  text: string;
  /** Where the line starts in its text. */
  start: number;
}

/** The text's lines (split at \n, which no line holds), each with where it starts. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

/** A string of UTF-16 code units, built in chunks (a spread of 300,000 arguments overflows the stack). */
function fromCodeUnits(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Writes a rewritten text character by character, each with the original position it stands for. */
export class RewriteWriter {
  private readonly codes: number[] = [];
  private readonly positions: number[] = [];
  /** Copies `text` as it stands at `start` in the original. */
  copy(text: string, start: number): void {
    for (let i = 0; i < text.length; i++) {
      this.codes.push(text.charCodeAt(i));
      this.positions.push(start + i);
    }
  }
  /**
   * Writes words the original implies, every character standing for the original one at `at` (a table's column name
   * for its row's label, a full stop for the end of a post's line).
   */
  add(text: string, at: number): void {
    for (let i = 0; i < text.length; i++) {
      this.codes.push(text.charCodeAt(i));
      this.positions.push(at);
    }
  }
  result(): RewrittenText {
    return { text: fromCodeUnits(this.codes), pos: Int32Array.from(this.positions) };
  }
}
