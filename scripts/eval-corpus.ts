// Scores the extractor's headline claims on ../shared/corpus/web-figures.json: real pages it was not
// written for, labelled by hand with metric, scope and year. A claim is (metric, scope, year, value).
// Derived prior-year values are not scored: the labels hold only numbers written in the text.
// Records are split by id: the first half (sorted) is the development half, the second is held out —
// rules were tuned looking only at the first half's misses and false claims.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, type Candidate } from '../src/extract/index.ts';
import { namesOf } from './extract/loadDivisions.ts';

interface CorpusFigure {
  metric: string;
  clause: string;
  value: number;
  scope: string;
  year?: number;
}
export interface CorpusRecord {
  id: string;
  region_code: string;
  year: number | null;
  text: string;
  figures: CorpusFigure[];
}

/** The headline metrics whose claims are scored (issue 16). */
export const HEADLINE_METRICS = [
  'mediation.cases',
  'mediation.resolved',
  'mediation.success_rate',
  'review.cases',
  'review.accepted',
  'review.concluded',
  'review.settled',
  'review.resolution_rate',
  'review.correction_rate',
  'litigation.cases',
  'litigation.head_appearance_rate',
  'litigation.head_appearances',
  'litigation.loss_rate',
  'legal_aid.cases',
  'legal_aid.recovered',
] as const;
const HEADLINE = new Set<string>(HEADLINE_METRICS);

interface Claim {
  metric: string;
  scope: string;
  year: number | null;
  value: number;
  text: string;
}
export interface Tally {
  found: number;
  gold: number;
  right: number;
  claims: number;
}
export type Tallies = Map<string, Tally>;

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 0.005);

function bump(t: Tallies, key: string, field: keyof Tally): void {
  const row = t.get(key) ?? { found: 0, gold: 0, right: 0, claims: 0 };
  row[field]++;
  t.set(key, row);
}

function claimOf(c: Candidate, year: number | null): Claim | null {
  // The labels never hold a value worked out from a change (较上年增长12% → last year's count): not scored.
  if (c.metric === null || !HEADLINE.has(c.metric) || c.qualifier === 'derived') return null;
  // Before candidates carried a scope, every headline candidate was a claim about the region.
  const scope = (c as { scope?: string }).scope ?? 'region';
  return { metric: c.metric, scope, year: c.year ?? year, value: c.value, text: c.evidence };
}

function goldOf(f: CorpusFigure, year: number | null): Claim | null {
  if (!HEADLINE.has(f.metric)) return null;
  return { metric: f.metric, scope: f.scope, year: f.year ?? year, value: f.value, text: f.clause };
}

const matches = (g: Claim, c: Claim): boolean =>
  g.metric === c.metric &&
  g.scope === c.scope &&
  (g.year === null || g.year === c.year) &&
  sameValue(c.value, g.value);

function scoreRecord(rec: CorpusRecord, tallies: Tallies, log: string[]): void {
  // As the CLI reads a page given --region: the region's lower divisions are named to the extractor.
  const options = {
    region: rec.region_code,
    ...namesOf(rec.region_code),
    ...(rec.year === null ? {} : { year: rec.year }),
  };
  const claims = extractFigures(rec.text, options)
    .map((c) => claimOf(c, rec.year))
    .filter((c) => c !== null);
  const gold = rec.figures.map((f) => goldOf(f, rec.year)).filter((g) => g !== null);
  const used = new Set<number>();
  const right = new Set<number>();
  for (const g of gold) {
    for (const key of [`${g.metric} ${g.scope}`, `* ${g.scope}`]) bump(tallies, key, 'gold');
    const k = claims.findIndex((c, i) => !used.has(i) && matches(g, c));
    if (k >= 0) {
      used.add(k);
      right.add(k);
      for (const key of [`${g.metric} ${g.scope}`, `* ${g.scope}`]) bump(tallies, key, 'found');
    } else {
      log.push(`miss   ${rec.id}: ${g.metric} ${g.scope} ${g.year ?? ''} ${g.value} «${g.text}»`);
    }
  }
  claims.forEach((c, i) => {
    for (const key of [`${c.metric} ${c.scope}`, `* ${c.scope}`]) {
      bump(tallies, key, 'claims');
      if (right.has(i)) bump(tallies, key, 'right');
    }
    if (!right.has(i))
      log.push(`false  ${rec.id}: ${c.metric} ${c.scope} ${c.year ?? ''} ${c.value} «${c.text}»`);
  });
}

const ratio = (n: number, d: number): string => (d === 0 ? '  n/a' : (n / d).toFixed(3));

function table(name: string, t: Tallies): string[] {
  const keys = [...t.keys()].sort((a, b) =>
    a.startsWith('*') === b.startsWith('*') ? a.localeCompare(b) : a.startsWith('*') ? -1 : 1,
  );
  const lines = [`${name}: recall (found/gold)  precision (right/claims)`];
  for (const k of keys) {
    const r = t.get(k);
    if (r === undefined) continue;
    const label = k.startsWith('* ') ? `ALL ${k.slice(2)}` : k;
    lines.push(
      `  ${label.padEnd(42)} recall ${ratio(r.found, r.gold)} (${r.found}/${r.gold})  precision ${ratio(r.right, r.claims)} (${r.right}/${r.claims})`,
    );
  }
  return lines;
}

/** The tallies of records scored as one set, keyed `metric scope` and `* scope` (every metric of a scope). */
export function tallyRecords(records: readonly CorpusRecord[]): Tallies {
  const tallies: Tallies = new Map();
  for (const rec of records) scoreRecord(rec, tallies, []);
  return tallies;
}

/**
 * Scores both halves (or, with `whole`, a set of one's own labelled in the same format as one set); prints the
 * summary and writes every miss and false claim to `outDir`/`detailName`.
 */
export function scoreCorpus(
  records: readonly CorpusRecord[],
  outDir: string,
  verbose: boolean,
  { whole = false, detailName = 'extract-corpus.txt' } = {},
): string[] {
  const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
  const half = Math.ceil(sorted.length / 2);
  const halves: Array<[string, CorpusRecord[]]> = whole
    ? [['labelled set, whole', sorted]]
    : [
        ['corpus dev half (ids sorted, first half)', sorted.slice(0, half)],
        ['corpus held-out half (second half)', sorted.slice(half)],
      ];
  const out: string[] = [];
  const detail: string[] = [];
  for (const [name, recs] of halves) {
    const tallies: Tallies = new Map();
    const log: string[] = [];
    for (const rec of recs) scoreRecord(rec, tallies, log);
    out.push(...table(`${name}, ${recs.length} records`, tallies));
    detail.push(`## ${name}`, ...log, '');
  }
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, detailName);
  writeFileSync(file, `${detail.join('\n')}\n`);
  out.push(`corpus misses and false claims: ${file}`);
  if (verbose) out.push(...detail);
  return out;
}
