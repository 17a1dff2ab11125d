// The extractor's proposals for one record set beside its labels: which labelled figure each proposal matches, and
// what the extractor proposes that nobody labelled.
import { extractFigures } from '../../src/extract/extractFigures.ts';
import type { Candidate } from '../../src/extract/types.ts';
import type { CorpusRecord } from './corpusRecord.ts';

export interface Comparison {
  /** Per labelled figure (same order as record.figures): the proposal at the clause with the same value, or null. */
  matched: (Candidate | null)[];
  /** Proposals that match no labelled figure. */
  unlabelled: Candidate[];
}

const overlaps = (c: Candidate, start: number, end: number) =>
  c.offset < end && c.offset + c.evidence.length > start;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-9);

export function compareExtractor(record: CorpusRecord): Comparison {
  const options =
    record.year === null ? { region: record.region_code } : { region: record.region_code, year: record.year };
  const candidates = extractFigures(record.text, options);
  const used = new Set<Candidate>();
  const matched = record.figures.map((f) => {
    const start = record.text.indexOf(f.clause);
    if (start < 0) return null;
    const end = start + f.clause.length;
    const hit = candidates.find(
      (c) =>
        !used.has(c) && c.qualifier !== 'derived' && sameValue(c.value, f.value) && overlaps(c, start, end),
    );
    if (hit !== undefined) used.add(hit);
    return hit ?? null;
  });
  return { matched, unlabelled: candidates.filter((c) => !used.has(c)) };
}
