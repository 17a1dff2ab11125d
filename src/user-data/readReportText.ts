// A dropped or chosen file → its text, or the reason it cannot be a report. Files are read by the input layer
// (src/ingest) in a worker; pasted text is checked here.
import { MAX_TEXT_CHARS } from '../ingest/limits.ts';
import { readFileInWorker } from '../ingest/readInWorker.ts';
import type { ReadProblem } from '../ingest/types.ts';

export type TextProblem = ReadProblem | 'no_figures';
export type ReadResult = { ok: true; text: string } | { ok: false; problem: TextProblem; size?: number };

export const checkReportText = (text: string): ReadResult => {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_TEXT_CHARS) return { ok: false, problem: 'too_large', size: text.length };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
};

export const readReportFile = async (file: File): Promise<ReadResult> => {
  const read = await readFileInWorker(file);
  return read.ok ? checkReportText(read.text) : read;
};
