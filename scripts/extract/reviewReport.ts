// A review a person can read (Markdown): per file, its headline candidates with their evidence, and what was unsure.
import type { Candidate } from '../../src/extract/index.ts';
import type { FileResult } from './runBatch.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const scopeOf = (c: Candidate): string | undefined => (c as { scope?: string }).scope;
/** A claim that the figure is the region's own total for the year: recognised, read directly, not a part. */
const isHeadline = (c: Candidate) => c.metric !== null && c.qualifier !== 'derived' && (scopeOf(c) ?? 'region') === 'region';

/** "1 figure", "3 figures". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const SHOWN_UNRECOGNISED = 10;

/** Problems that stopped a file being read (not a text without figures, nor a region or year left to give). */
const READ_PROBLEMS_ARE_NOT = new Set(['no_figures', 'region_unknown', 'year_unknown']);
export const unreadable = (r: FileResult): boolean => r.problems.some((p) => !READ_PROBLEMS_ARE_NOT.has(p.code));

/** "11 files: 6 with candidates, 1 without figures, 4 unreadable". */
export const batchSummary = (results: readonly FileResult[]): string => {
  const bad = results.filter(unreadable).length;
  const empty = results.filter((r) => !unreadable(r) && r.candidates.length === 0).length;
  return `${count(results.length, 'file', 'files')}: ${results.length - bad - empty} with candidates, ${empty} without figures, ${bad} unreadable`;
};

const unsureOf = (r: FileResult): string[] => {
  const notes = r.problems.map((p) => `${p.message} (\`${p.code}\`)`);
  const headline = r.candidates.filter(isHeadline);
  const byMetric = new Map<string, Set<number>>();
  for (const c of headline) byMetric.set(c.metric!, (byMetric.get(c.metric!) ?? new Set()).add(c.value));
  for (const [metric, values] of byMetric) if (values.size > 1) notes.push(`\`${metric}\` has ${values.size} different values: ${[...values].join(', ')}`);
  const hedged = headline.filter((c) => c.qualifier !== 'exact').length;
  if (hedged > 0) notes.push(`${count(hedged, 'headline figure is', 'headline figures are')} approximate or a lower bound (近/约/余/超)`);
  const otherYear = headline.filter((c) => c.year !== undefined && c.year !== r.year).length;
  if (otherYear > 0) notes.push(`${count(otherYear, 'headline figure is', 'headline figures are')} for another year than the report's`);
  const derived = r.candidates.filter((c) => c.qualifier === 'derived').length;
  if (derived > 0) notes.push(`${count(derived, 'prior-year value was', 'prior-year values were')} worked out from year-on-year changes (not listed: add that year's report instead)`);
  const unknown = r.candidates.filter((c) => c.metric === null && c.qualifier !== 'derived');
  if (unknown.length > 0) {
    const shown = unknown.slice(0, SHOWN_UNRECOGNISED).map((c) => `«${cell(c.evidence)}»`).join(', ');
    notes.push(`${count(unknown.length, 'number was', 'numbers were')} not recognised as any metric: ${shown}${unknown.length > SHOWN_UNRECOGNISED ? ', …' : ''}`);
  }
  return notes;
};

const fileSection = (r: FileResult): string => {
  const region = r.region ? `${'name' in r.region ? `${r.region.name} ` : ''}${r.region.code} (from the ${r.region.how})` : 'unknown';
  const year = r.year === null ? 'unknown' : `${r.year} (from the ${r.yearFrom})`;
  const rows = r.candidates.filter(isHeadline).map((c) => `| ${c.metric} | ${c.value} | ${c.unit} | ${c.qualifier} | ${c.year ?? ''} | ${cell(c.evidence)} |`);
  const table = rows.length === 0 ? ['No headline figures.'] : ['| metric | value | unit | qualifier | year | evidence |', '| --- | ---: | --- | --- | --- | --- |', ...rows];
  // Recognised, but not the region's total for the year: a part, a body's own count, a sum over years, a court's, an
  // earlier year's or a change — listed so that a person sees what was read and how.
  const others = r.candidates
    .filter((c) => c.metric !== null && c.qualifier !== 'derived' && !isHeadline(c))
    .map((c) => `| ${c.metric} | ${c.value} | ${scopeOf(c) ?? ''} | ${c.period?.kind ?? ''} | ${c.year ?? ''} | ${cell(c.evidence)} |`);
  const otherTable = others.length === 0 ? [] : ['Recognised, not the region\'s total for the year:', '', '| metric | value | scope | period | year | evidence |', '| --- | ---: | --- | --- | --- | --- |', ...others, ''];
  const unsure = unsureOf(r);
  return [
    `## ${cell(r.file)}`,
    '',
    `Format: ${r.format ?? 'unknown'} · region: ${region} · year: ${year}`,
    '',
    ...table,
    '',
    ...otherTable,
    ...(unsure.length === 0 ? [] : ['Unsure:', '', ...unsure.map((n) => `- ${n}`), '']),
  ].join('\n');
};

export const reviewReport = (results: readonly FileResult[]): string => {
  return [
    `# Extraction review: ${count(results.length, 'file', 'files')}`,
    '',
    `${batchSummary(results)}. Every figure below is a candidate to check against its evidence, not a confirmed value.`,
    '',
    ...results.map(fileSection),
  ].join('\n');
};
