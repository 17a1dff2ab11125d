// `npm run data:import-corpus`: the corpus's labelled figures into data/*.json beside the five reports' records (which it
// never changes), through the decisions in this folder, with a review report. Deterministic; no network.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Dataset, Metric, Observation, Region } from '../../src/dataset/schema.ts';
import { observationKey } from '../../src/dataset/observationKey.ts';
import { buildRegion, type PopulationEntry } from './buildRegion.ts';
import { buildSource, sourceIdOf } from './buildSource.ts';
import { corpusMetrics, COURT_THEME } from './catalogue.ts';
import { compareExtractor } from './compareExtractor.ts';
import { corpusFile, figureRef, readCorpus, type CorpusRecord } from './corpusRecord.ts';
import {
  FIGURE_OVERRIDES,
  FULL_YEAR_CONFIRMED,
  RECORD_OVERRIDES,
  RECORD_SUBJECTS,
  type FigureOverride,
} from './figureDecisions.ts';
import { mapFigure, type MappedFigure } from './mapFigure.ts';
import { renderReview, type RecordReview } from './reviewReport.ts';
import { regionsWithFullYearHeadline, targetCounts } from './targets.ts';
import { renderPartYearFlags, renderRegionsWithoutFullYear } from './auditSections.ts';
import { NO_FULL_YEAR_READINGS } from './noFullYearReadings.ts';

const DATA = 'data';
const REVIEW_FILE = 'data/review/corpus-review.md';
const POPULATION_FILE = 'scripts/corpus/population-2020.json';
/** The catalogue entries and themes this import added, so that the next run can tell them from the reports'. */
const OWNED_FILE = 'data/review/corpus-owned.json';

const readTable = <T>(name: string): T[] => JSON.parse(readFileSync(`${DATA}/${name}.json`, 'utf8')) as T[];
const writeTable = (name: string, rows: unknown[]) =>
  writeFileSync(`${DATA}/${name}.json`, `${JSON.stringify(rows, null, 2)}\n`);

/** Which of two pages speaks with more authority about a figure both give. */
const KIND_RANK = [
  'annual_report',
  'statistical_release',
  'court_report',
  'official_news',
  'press_conference',
  'news',
  'other',
];

function main(): void {
  const corpus = readCorpus();
  if (corpus === null) {
    console.log(
      `data:import-corpus: skipped, ${corpusFile()} is not there (the shared texts are not beside this clone)`,
    );
    return;
  }
  const current: Dataset = {
    themes: readTable('themes'),
    regions: readTable('regions'),
    sources: readTable('sources'),
    metrics: readTable('metrics'),
    observations: readTable('observations'),
  };

  // The five reports' records: everything this import did not write.
  const baseSources = current.sources.filter((s) => s.corpus_id === undefined);
  const baseSourceIds = new Set(baseSources.map((s) => s.id));
  const baseObservations = current.observations.filter((o) => baseSourceIds.has(o.source));
  const baseRegionCodes = new Set(baseSources.map((s) => s.region));
  const baseRegions = current.regions.filter((r) => baseRegionCodes.has(r.code));
  const ours = corpusMetrics();
  const oursById = new Map(ours.map((m) => [m.id, m]));
  // Metrics and themes this import wrote last time (its manifest), unless the reports' records use them.
  const owned = readOwned();
  const usedByBase = new Set(baseObservations.map((o) => o.metric));
  const baseMetrics = current.metrics.filter((m) => {
    if (owned.metrics.has(m.id) && !usedByBase.has(m.id)) return false;
    const mine = oursById.get(m.id);
    return mine === undefined || !isDeepStrictEqual(mine, m);
  });
  const baseMetricIds = new Set(baseMetrics.map((m) => m.id));
  const catalogueUnit = (id: string) =>
    baseMetricIds.has(id) ? baseMetrics.find((m) => m.id === id)?.unit : oursById.get(id)?.unit;
  const baseThemes = current.themes.filter((t) => !owned.themes.has(t.id));

  // Map every figure; compare with the extractor.
  const reviews: RecordReview[] = corpus.map((record) => {
    const sourceId = sourceIdOf(record.id);
    const mapped = record.figures.map((f, i) =>
      mapFigure(record, f, i, {
        sourceId,
        override: overrideOf(record.id, i),
        recordSubject: RECORD_SUBJECTS[record.id],
        unitOf: catalogueUnit,
        fullYearConfirmed: FULL_YEAR_CONFIRMED[figureRef(record.id, i)],
      }),
    );
    return { record, sourceId, mapped, comparison: compareExtractor(record) };
  });

  resolveConflicts(reviews, baseObservations);

  const stored = reviews.flatMap((r) =>
    r.mapped.flatMap((m) => (m.observation === null ? [] : [m.observation])),
  );
  const usedMetrics = new Set(stored.map((o) => o.metric));
  const addedMetrics = ours.filter((m) => usedMetrics.has(m.id) && !baseMetricIds.has(m.id));
  const recordsWithFigures = reviews.filter((r) => r.mapped.some((m) => m.observation !== null));
  const sources = recordsWithFigures.map((r) => buildSource(r.record, yearOfSource(r)));
  const regions = corpusRegions(
    recordsWithFigures.map((r) => r.record),
    baseRegions,
  );

  const themes = current.themes.some((t) => t.id === COURT_THEME.id)
    ? current.themes
    : [...current.themes, COURT_THEME];
  writeTable('themes', themes);
  writeTable('regions', [...baseRegions, ...regions]);
  writeTable('sources', [...baseSources, ...sources]);
  writeTable('metrics', [...baseMetrics, ...addedMetrics]);
  writeTable('observations', [...baseObservations, ...stored]);

  writeOwned({
    metrics: addedMetrics.map((m) => m.id),
    themes: themes.filter((t) => !baseThemes.includes(t)).map((t) => t.id),
  });
  const summary = summaryLines(reviews, stored, addedMetrics, regions.length, sources.length, baseRegions);
  const sections = [
    ...renderPartYearFlags(reviews),
    ...renderRegionsWithoutFullYear(
      [...baseRegions, ...regions],
      regionsWithFullYearHeadline([...baseObservations, ...stored]),
      corpus,
      NO_FULL_YEAR_READINGS,
    ),
  ];
  writeFileSync(REVIEW_FILE, `${renderReview(reviews, summary, sections)}\n`);
  for (const line of summary) console.log(line);
}

/** What the last import added to the catalogue, so that a metric it no longer adds does not linger as if it were the reports'. */
function readOwned(): { metrics: Set<string>; themes: Set<string> } {
  if (!existsSync(OWNED_FILE)) return { metrics: new Set(), themes: new Set() };
  const owned = JSON.parse(readFileSync(OWNED_FILE, 'utf8')) as { metrics: string[]; themes: string[] };
  return { metrics: new Set(owned.metrics), themes: new Set(owned.themes) };
}

const writeOwned = (owned: { metrics: string[]; themes: string[] }) =>
  writeFileSync(OWNED_FILE, `${JSON.stringify(owned, null, 2)}\n`);

/** A figure's decision: its own, on top of its record's. */
function overrideOf(recordId: string, index: number): FigureOverride | undefined {
  const own = FIGURE_OVERRIDES[`${recordId}#${index}`];
  const record = RECORD_OVERRIDES[recordId];
  if (record === undefined) return own;
  if (own === undefined) return record;
  return { ...record, ...own, reason: `${record.reason}; ${own.reason}` };
}

/** A source's year: the record's, else the year its stored figures are for. */
function yearOfSource(r: RecordReview): number {
  if (r.record.year !== null) return r.record.year;
  const years = r.mapped.flatMap((m) => (m.observation === null ? [] : [m.observation.year]));
  return Math.max(...years);
}

function corpusRegions(records: CorpusRecord[], baseRegions: Region[]): Region[] {
  const census = JSON.parse(readFileSync(POPULATION_FILE, 'utf8')) as PopulationEntry[];
  const byCode = new Map(census.map((e) => [e.region_code, e]));
  const have = new Set(baseRegions.map((r) => r.code));
  const codes = [...new Set(records.map((r) => r.region_code))].filter((c) => !have.has(c)).sort();
  return codes.map((code) => {
    const entry = byCode.get(code);
    if (entry === undefined) throw new Error(`${POPULATION_FILE} has no entry for ${code}`);
    return buildRegion(entry);
  });
}

/** One value per identity (region|year|metric|scope|periodKind): the annual reports' records win; among corpus
 * records, the same value is a repeat, a different one loses to the more authoritative page, then to the earlier figure. */
function resolveConflicts(reviews: RecordReview[], base: Observation[]): void {
  const baseByKey = new Map(base.map((o) => [observationKey(o), o]));
  const entries = reviews.flatMap((r) => r.mapped.map((m) => ({ r, m })));
  const rank = (r: RecordReview) => KIND_RANK.indexOf(r.record.source_type);
  const byKey = new Map<string, { r: RecordReview; m: MappedFigure }[]>();
  for (const e of entries) {
    if (e.m.observation === null) continue;
    const key = observationKey(e.m.observation);
    const inBase = baseByKey.get(key);
    if (inBase !== undefined) {
      drop(e.m, `the annual report ${inBase.source} already gives ${key} (${inBase.value})`);
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    // A rounded mention (1万多) loses to the exact figure of the same page.
    const exactFirst = (e: { m: MappedFigure }) => (e.m.observation?.qualifier === 'exact' ? 0 : 1);
    const sorted = [...group].sort((a, b) => rank(a.r) - rank(b.r) || exactFirst(a) - exactFirst(b));
    const [winner, ...rest] = sorted;
    if (winner === undefined) continue;
    for (const loser of rest) {
      const same = loser.m.figure.value === winner.m.figure.value;
      drop(
        loser.m,
        same
          ? `repeats ${winner.m.ref} (same ${key}, same value)`
          : `same ${key} as ${winner.m.ref}, which says ${winner.m.figure.value} (kept: ${winner.r.record.source_type === loser.r.record.source_type ? 'stated first' : `a ${winner.r.record.source_type}`})`,
      );
    }
  }
}

function drop(m: MappedFigure, reason: string): void {
  m.observation = null;
  m.settlement = { status: 'excluded', reasons: [...m.settlement.reasons, reason] };
}

function summaryLines(
  reviews: RecordReview[],
  stored: Observation[],
  added: Metric[],
  regionCount: number,
  sourceCount: number,
  baseRegions: Region[],
): string[] {
  const all = reviews.flatMap((r) => r.mapped);
  const count = (status: string) => all.filter((m) => m.settlement.status === status).length;
  const byScope = countBy(stored, (o) => o.scope);
  const byPeriod = countBy(stored, (o) => o.period.kind);
  const targets = targetCounts(stored, new Set(baseRegions.map((r) => r.code)));
  return [
    `## Summary`,
    '',
    `- ${reviews.length} records, ${all.length} labelled figures: ${count('kept')} stored as labelled, ${count('text_wins')} stored after the text or a decision changed the label, ${count('excluded')} not stored.`,
    `- Stored: ${stored.length} observations from ${sourceCount} sources; ${regionCount} regions added (besides the five reports' regions).`,
    `- By scope: ${fmt(byScope)}. By period: ${fmt(byPeriod)}.`,
    `- Metrics added: ${added.length} (${added.filter((m) => m.rankable).length} rankable, ${added.filter((m) => !m.rankable).length} notable figures).`,
    `- Regions with a headline figure (any scope or period): ${targets.anyHeadline}; with a region-wide full-year headline figure: ${targets.fullYearHeadline}.`,
    partYearLine(all),
  ];
}

function partYearLine(all: MappedFigure[]): string {
  const flagged = all.filter((m) => m.partYear !== undefined && m.observation !== null);
  const by = (settled: string) => flagged.filter((m) => m.partYear?.settled === settled).length;
  return `- Full-year labels with part-year words before the figure in its sentence: ${flagged.length} stored (period set by a decision ${by('decision')}, full year confirmed by a decision ${by('confirmed')}, period unknown for want of a decision ${by('text_wins')}).`;
}

const countBy = <T>(xs: T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [key(x)]: (acc[key(x)] ?? 0) + 1 }), {});
const fmt = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

main();
