// npm run eval:extract [-- --verbose] [--reports DIR] [--corpus FILE [--whole]]
// (--whole: score FILE, labelled in the format of ../shared/corpus/web-figures.json, as one set, not in halves)
// Precision and recall of the extractor on the published reports, against
// tests/fixtures/gold-headline.json (headline metrics: metric + value + year) and
// data/observations.json (all figures: value + evidence position, metric ignored); on the labelled
// web pages of ../shared/corpus (headline claims: metric + scope + year + value, see eval-corpus.ts);
// plus the time to extract a synthetic ~300,000-character text made of the reports repeated.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFigures, type Candidate } from '../src/extract/index.ts';
import { namesOf } from './extract/loadDivisions.ts';
import { scoreCorpus } from './eval-corpus.ts';

interface Report {
  file: string;
  region_code: string;
  report_year: number;
}
interface Gold {
  region: string;
  year: number;
  metric: string;
  value: number;
  qualifier: string;
  evidence: string;
  source?: string;
}
interface Tally {
  matchedCandidates: number;
  candidates: number;
  foundGold: number;
  gold: number;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const reportsFlag = args.indexOf('--reports');
const reportsDir =
  (reportsFlag >= 0 ? args[reportsFlag + 1] : undefined) ?? process.env.REPORTS_DIR ?? '/work/shared/reports';
const corpusFlag = args.indexOf('--corpus');
const root = join(import.meta.dirname, '..');
const corpusFile =
  (corpusFlag >= 0 ? args[corpusFlag + 1] : undefined) ?? join(root, '../shared/corpus/web-figures.json');

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

/** Derived values may be rounded differently: half a percent or one unit either way. */
function sameValue(a: number, b: number, derived: boolean): boolean {
  const slack = derived ? Math.max(1, Math.abs(b) * 0.005) : Math.abs(b) * 1e-9 + 1e-9;
  return Math.abs(a - b) <= slack;
}

/** Finds gold evidence in a report, ignoring whitespace (web copies break lines and add spaces). */
function evidenceFinder(text: string): (evidence: string, near: number) => [number, number] | null {
  const keep: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] ?? '')) continue;
    compact += text[i];
    keep.push(i);
  }
  return (evidence, near) => {
    const needle = evidence.replace(/\s/g, '');
    let best: [number, number] | null = null;
    for (let at = compact.indexOf(needle); at >= 0; at = compact.indexOf(needle, at + 1)) {
      const span: [number, number] = [keep[at] ?? 0, (keep[at + needle.length - 1] ?? 0) + 1];
      if (best === null || Math.abs(span[0] - near) < Math.abs(best[0] - near)) best = span;
    }
    return best;
  };
}

/** One-to-one greedy matching of gold figures to candidates. */
function score(
  gold: readonly Gold[],
  cands: readonly Candidate[],
  matches: (g: Gold, c: Candidate) => boolean,
  label: string,
  source: string,
): Tally {
  const used = new Set<number>();
  for (const g of gold) {
    const k = cands.findIndex((c, i) => !used.has(i) && matches(g, c));
    if (k >= 0) used.add(k);
    else if (verbose)
      console.log(`  ${label} miss  ${source}: ${g.metric} ${g.value} ${g.year} «${g.evidence}»`);
  }
  if (verbose) {
    cands.forEach((c, i) => {
      if (!used.has(i))
        console.log(`  ${label} extra ${source}: ${c.metric} ${c.value} ${c.year ?? ''} «${c.evidence}»`);
    });
  }
  return { matchedCandidates: used.size, candidates: cands.length, foundGold: used.size, gold: gold.length };
}

function add(a: Tally, b: Tally): Tally {
  return {
    matchedCandidates: a.matchedCandidates + b.matchedCandidates,
    candidates: a.candidates + b.candidates,
    foundGold: a.foundGold + b.foundGold,
    gold: a.gold + b.gold,
  };
}

function ratio(n: number, d: number): string {
  return d === 0 ? 'n/a' : (n / d).toFixed(3);
}

function summary(name: string, t: Tally, targets: string): string {
  return (
    `${name} precision ${ratio(t.matchedCandidates, t.candidates)} (${t.matchedCandidates}/${t.candidates})  ` +
    `recall ${ratio(t.foundGold, t.gold)} (${t.foundGold}/${t.gold})  [${targets}]`
  );
}

const manifest = readJson<{ reports: Report[] }>(join(reportsDir, 'manifest.json'));
if (manifest === null) {
  console.log(`eval:extract skipped: no manifest.json in ${reportsDir} (the shared reports are not on this machine)`);
  process.exit(0);
}
const headlineGold = readJson<Gold[]>(join(root, 'tests/fixtures/gold-headline.json'));
const observations = readJson<Gold[]>(join(root, 'data/observations.json'));
const metrics = readJson<Array<{ id: string; headline?: boolean }>>(join(root, 'data/metrics.json'));
const headlineIds = new Set(
  metrics?.filter((m) => m.headline === true).map((m) => m.id) ?? headlineGold?.map((g) => g.metric) ?? [],
);

const zero: Tally = { matchedCandidates: 0, candidates: 0, foundGold: 0, gold: 0 };
let headline = zero;
let all = zero;
const texts: string[] = [];
for (const report of manifest.reports) {
  const text = readFileSync(join(reportsDir, report.file), 'utf8');
  texts.push(text);
  const source = report.file.replace(/\.txt$/, '');
  const cands = extractFigures(text, {
    region: report.region_code,
    year: report.report_year,
    ...namesOf(report.region_code),
  });
  const derived = (g: Gold, c: Candidate): boolean => g.qualifier === 'derived' || c.qualifier === 'derived';

  if (headlineGold !== null) {
    const gold = headlineGold.filter((g) => g.region === report.region_code);
    // A part, a body's own count, a cumulative, court or change figure is not a claim about the region's year.
    const mine = cands.filter(
      (c) => c.metric !== null && headlineIds.has(c.metric) && (c.scope === 'region' || c.scope === 'prior_year'),
    );
    const matches = (g: Gold, c: Candidate): boolean =>
      c.metric === g.metric &&
      (c.year ?? report.report_year) === g.year &&
      sameValue(c.value, g.value, derived(g, c));
    headline = add(headline, score(gold, mine, matches, 'headline', source));
  }

  if (observations !== null) {
    const gold = observations.filter((g) => g.source === source);
    const find = evidenceFinder(text);
    const matches = (g: Gold, c: Candidate): boolean => {
      if (!sameValue(c.value, g.value, derived(g, c))) return false;
      const span = find(g.evidence, c.offset);
      // Overlapping, or within 30 characters of, the gold evidence.
      return span !== null && c.offset < span[1] + 30 && span[0] < c.offset + c.evidence.length + 30;
    };
    all = add(all, score(gold, cands, matches, 'figure', source));
  }
}

if (headlineGold === null) console.log('headline:   tests/fixtures/gold-headline.json not found');
else console.log(summary('headline   ', headline, 'targets ≥0.95 / ≥0.90'));
if (observations === null) console.log('all figures: data/observations.json not found');
else console.log(summary('all figures', all, 'target recall ≥0.80'));

const corpus = readJson<Parameters<typeof scoreCorpus>[0]>(corpusFile);
if (corpus === null) console.log(`corpus:      ${corpusFile} not found, not scored`);
else {
  const whole = args.includes('--whole');
  const detailName = whole ? `extract-${basename(corpusFile, '.json')}.txt` : 'extract-corpus.txt';
  for (const line of scoreCorpus(corpus, join(root, 'bench-results'), verbose, { whole, detailName }))
    console.log(line);
}

let big = '';
while (big.length < 300_000) for (const t of texts) big += `${t}\n`;
const runs: number[] = [];
let count = 0;
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  count = extractFigures(big).length;
  runs.push(performance.now() - started);
}
console.log(
  `speed       ${big.length} chars → ${count} candidates: ` +
    `first run ${runs[0]?.toFixed(0)} ms, best of 3 ${Math.min(...runs).toFixed(0)} ms`,
);
