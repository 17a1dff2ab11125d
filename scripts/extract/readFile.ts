// A report file on disk → its text through the input layer, or a one-line English reason.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../../src/ingest/limits.ts';
import { readReport } from '../../src/ingest/readReport.ts';
import type { ReadResult } from '../../src/ingest/types.ts';
import { en } from '../../src/i18n/en.ts';

const CMAPS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

// The system's codes a person meets most, said in words (the code kept after them for a search).
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file (ENOENT)',
  EACCES: 'permission denied (EACCES)',
  EISDIR: 'it is a folder; give --out FILE.json to run over a folder (EISDIR)',
};

export type FileRead = ReadResult | { ok: false; problem: 'unreadable'; reason: string };

export const readFile = async (path: string): Promise<FileRead> => {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { ok: false, problem: 'too_large', size };
    return await readReport(readFileSync(path), { name: path }, { pdfCMapUrl: CMAPS });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: 'unreadable', reason: (code && SYSTEM_REASONS[code]) ?? code ?? String(e) };
  }
};

/** The dialog's English message for a problem, so the CLI and the page say the same thing. */
export const problemMessage = (read: Exclude<FileRead, { ok: true }>): string =>
  read.problem === 'unreadable' ? `cannot read the file: ${read.reason}` : en.addReport.problem[read.problem];
