// The full texts that evidence spans are quoted from: report files and corpus records kept beside the clone
// (../shared), never in the project. Checks that need them take a SourceTexts and skip when there is none.
import type { Source } from './schema.ts';

export interface SourceTexts {
  /** The text a source points to, or null when its file or corpus record is not there. */
  textOf: (source: Source) => string | null;
  /** Where a source's text is looked for, for messages: "reports/maoming-440900-2024.txt". */
  placeOf: (source: Source) => string;
}

/** Texts held in memory: report files by name, corpus records by id. */
export const sourceTextsFrom = (
  reports: ReadonlyMap<string, string>,
  corpus: ReadonlyMap<string, string>,
): SourceTexts => ({
  textOf: (s) =>
    (s.file !== undefined
      ? reports.get(s.file)
      : s.corpus_id !== undefined
        ? corpus.get(s.corpus_id)
        : undefined) ?? null,
  placeOf: (s) =>
    s.file !== undefined ? `reports/${s.file}` : `corpus/web-figures.json record "${s.corpus_id ?? '?'}"`,
});
