// Extraction of a 100-page report: the five reports concatenated to 300,000 characters, timed in this Node process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../src/extract/extractFigures.ts';
import { median } from './stats.ts';

export const REPORT_CHARS = 300_000;

export interface ExtractResult {
  chars: number;
  candidates: number;
  runsMs: number[];
  medianMs: number;
}

export const longReport = (dir: string, chars = REPORT_CHARS): string => {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  let text = '';
  while (text.length < chars && texts.length > 0) text += texts.join('\n\n');
  return text.slice(0, chars);
};

export const benchExtract = (dir: string, runs: number): ExtractResult => {
  const text = longReport(dir);
  extractFigures(text); // warm-up: JIT and the lazily built tables
  const runsMs: number[] = [];
  let candidates = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    candidates = extractFigures(text).length;
    runsMs.push(performance.now() - start);
  }
  return { chars: text.length, candidates, runsMs, medianMs: median(runsMs) };
};
