// A review a person can read (Markdown): per file, its headline candidates with their evidence, and what was unsure.
import type { Candidate } from '../../src/extract/index.ts';
import type { FileResult } from './runBatch.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const scopeOf = (c: Candidate): string | undefined => (c as { scope?: string }).scope;
/** A claim that the figure is the region's own total for the year: recognised, read directly, not a part. */
const isHeadline = (c: Candidate) => c.metric !== null && c.qualifier !== 'derived' && (scopeOf(c) ?? 'region') === 'region';

const unsureOf = (r: FileResult): string[] => {
  const notes = r.problems.map((p) => `${p.message} (\`${p.code}\`)`);
  const headline = r.candidates.filter(isHeadline);
  const byMetric = new Map<string, Set<number>>();
  for (const c of headline) byMetric.set(c.metric!, (byMetric.get(c.metric!) ?? new Set()).add(c.value));
  for (const [metric, values] of byMetric) if (values.size > 1) notes.push(`\`${metric}\` has ${values.size} different values: ${[...values].join(', ')}`);
  const hedged = headline.filter((c) => c.qualifier !== 'exact').length;
  if (hedged > 0) notes.push(`${hedged} headline figures are approximate or lower bounds (近/约/余/超)`);
  const otherYear = headline.filter((c) => c.year !== undefined && c.year !== r.year).length;
  if (otherYear > 0) notes.push(`${otherYear} headline figures are for another year than the report's`);
  const parts = r.candidates.filter((c) => c.metric !== null && c.qualifier !== 'derived' && !['region', 'change'].includes(scopeOf(c) ?? 'region')).length;
  if (parts > 0) notes.push(`${parts} recognised figures are not the region's total (a part, a body's own count, cumulative or a court's)`);
  const derived = r.candidates.filter((c) => c.qualifier === 'derived').length;
  if (derived > 0) notes.push(`${derived} prior-year values derived from year-on-year changes (not listed)`);
  const unknown = r.candidates.filter((c) => c.metric === null).length;
  if (unknown > 0) notes.push(`${unknown} numbers whose meaning was not recognised (not listed)`);
  return notes;
};

const fileSection = (r: FileResult): string => {
  const region = r.region ? `${'name' in r.region ? `${r.region.name} ` : ''}${r.region.code} (from the ${r.region.how})` : 'unknown';
  const year = r.year === null ? 'unknown' : `${r.year} (from the ${r.yearFrom})`;
  const rows = r.candidates.filter(isHeadline).map((c) => `| ${c.metric} | ${c.value} | ${c.unit} | ${c.qualifier} | ${c.year ?? ''} | ${cell(c.evidence)} |`);
  const table = rows.length === 0 ? ['No headline figures.'] : ['| metric | value | unit | qualifier | year | evidence |', '| --- | ---: | --- | --- | --- | --- |', ...rows];
  const unsure = unsureOf(r);
  return [
    `## ${cell(r.file)}`,
    '',
    `Format: ${r.format ?? 'unknown'} · region: ${region} · year: ${year}`,
    '',
    ...table,
    '',
    ...(unsure.length === 0 ? [] : ['Unsure:', '', ...unsure.map((n) => `- ${n}`), '']),
  ].join('\n');
};

export const reviewReport = (results: readonly FileResult[]): string => {
  const failed = results.filter((r) => r.candidates.length === 0).length;
  return [
    `# Extraction review: ${results.length} files`,
    '',
    `${results.length - failed} files with candidates, ${failed} without. Every figure below is a candidate to check against its evidence, not a confirmed value.`,
    '',
    ...results.map(fileSection),
  ].join('\n');
};
