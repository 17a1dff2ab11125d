// Reads the report texts and corpus records from the shared folder beside the clone (FAZHI_SHARED_DIR, default ../shared).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sourceTextsFrom, type SourceTexts } from '../src/dataset/sourceTexts.ts';

export const sharedDir = (): string =>
  path.resolve(process.env.FAZHI_SHARED_DIR ?? path.join('..', 'shared'));

export type SharedTexts = { ok: true; texts: SourceTexts; dir: string } | { ok: false; reason: string };

/** The texts, or why they are not there (a fresh clone has no ../shared: the texts are not part of the project). */
export const loadSharedTexts = (dir: string = sharedDir()): SharedTexts => {
  const reportsDir = path.join(dir, 'reports');
  if (!existsSync(reportsDir))
    return {
      ok: false,
      reason: `the report texts are not beside the clone (no ${reportsDir}; put them in ../shared/reports or set FAZHI_SHARED_DIR)`,
    };
  const reports = new Map(
    readdirSync(reportsDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(path.join(reportsDir, f), 'utf8')] as const),
  );
  const corpusFile = path.join(dir, 'corpus', 'web-figures.json');
  const records = existsSync(corpusFile)
    ? (JSON.parse(readFileSync(corpusFile, 'utf8')) as { id: string; text: string }[])
    : [];
  const corpus = new Map(records.map((r) => [r.id, r.text] as const));
  return { ok: true, texts: sourceTextsFrom(reports, corpus), dir };
};
