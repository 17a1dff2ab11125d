// The extractor keeps its scores on the probe sets of bench/probes: text written for measuring it by helpers who never
// saw it, labelled by hand (see bench/probes/README.md). A floor, not a target: each rule is tested on sentences of
// its own elsewhere; this catches a change that breaks readings in general. The thresholds sit a little under the
// scores of 3 December 2026 (pooled region claims 0.971 (4419/4552) · 0.970 (4419/4555) over 51 sets).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tallyRecords, type CorpusRecord } from '../../../scripts/eval-corpus.ts';

const DIR = join(import.meta.dirname, '../../../bench/probes');
const sets = readdirSync(DIR)
  .filter((f) => /^probe\d+\.json$/.test(f))
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as CorpusRecord[]] as const);

describe('region claims on the probe sets', () => {
  const scores = sets.map(([file, records]) => {
    const all = tallyRecords(records).get('* region') ?? { found: 0, gold: 0, right: 0, claims: 0 };
    return { file, ...all };
  });
  it('there are sets to score', () => {
    expect(scores.length).toBeGreaterThanOrEqual(51);
  });
  it('pooled: recall ≥ 0.95, precision ≥ 0.95', () => {
    const sum = (k: 'found' | 'gold' | 'right' | 'claims') => scores.reduce((n, s) => n + s[k], 0);
    expect(sum('found') / sum('gold')).toBeGreaterThanOrEqual(0.95);
    expect(sum('right') / sum('claims')).toBeGreaterThanOrEqual(0.95);
  });
  it.each(scores.map((s) => [s.file, s] as const))('%s: recall ≥ 0.85, precision ≥ 0.78', (_, s) => {
    expect(s.found / s.gold).toBeGreaterThanOrEqual(0.85);
    expect(s.right / s.claims).toBeGreaterThanOrEqual(0.78);
  });
});
