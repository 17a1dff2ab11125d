// Many reports at once: each file read, its region and year inferred, its candidates found; one result block per
// file, and one bad file never stops the run.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractFigures, inferReportYear, type Candidate } from '../../src/extract/index.ts';
import { REPORT_FORMATS } from '../../src/ingest/formats.ts';
import { inferRegion, type InferredRegion, type NamedDivision } from '../../src/ingest/inferRegion.ts';
import type { FormatId } from '../../src/ingest/types.ts';
import { en } from '../../src/i18n/en.ts';
import { namesOf } from './loadDivisions.ts';
import { problemMessage, readFile } from './readFile.ts';

export interface FileProblem {
  code: string;
  message: string;
}

export interface FileResult {
  file: string;
  format: FormatId | null;
  region: InferredRegion | { code: string; how: 'option' } | null;
  year: number | null;
  yearFrom: 'option' | 'text' | null;
  candidates: Candidate[];
  problems: FileProblem[];
}

export interface BatchOptions {
  region?: string;
  year?: number;
  divisions: readonly NamedDivision[];
  /** Called as each file starts, with how many are done. */
  onFile?: (file: string, done: number) => void;
}

const KNOWN = new Set(REPORT_FORMATS.flatMap((f) => f.extensions));

/** The files named, with each folder replaced by the report files under it, in a stable order. */
export const listReports = (paths: readonly string[]): string[] =>
  paths.flatMap((path) => {
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : KNOWN.has(extname(e.name).toLowerCase()) ? [join(dir, e.name)] : []));
    return walk(path);
  });

export const extractFile = async (file: string, options: BatchOptions): Promise<FileResult> => {
  const result: FileResult = { file, format: null, region: null, year: null, yearFrom: null, candidates: [], problems: [] };
  const read = await readFile(file);
  if (!read.ok) {
    result.format = 'format' in read && read.format ? read.format : null;
    result.problems.push({ code: read.problem, message: problemMessage(read) });
    return result;
  }
  result.format = read.format;
  result.region = options.region ? { code: options.region, how: 'option' } : inferRegion(read.text, options.divisions);
  if (result.region === null) result.problems.push({ code: 'region_unknown', message: 'No region is named clearly enough in the text; give --region.' });
  const textYear = inferReportYear(read.text);
  result.year = options.year ?? textYear ?? null;
  result.yearFrom = options.year ? 'option' : textYear ? 'text' : null;
  if (result.year === null) result.problems.push({ code: 'year_unknown', message: 'The report year is not stated in its title; give --year.' });
  result.candidates = extractFigures(read.text, {
    ...(result.region ? { region: result.region.code } : {}),
    ...(result.year ? { year: result.year } : {}),
    ...namesOf(result.region?.code, options.divisions),
  });
  if (result.candidates.length === 0) result.problems.push({ code: 'no_figures', message: en.addReport.problem.no_figures });
  return result;
};

export const runBatch = async (files: readonly string[], options: BatchOptions): Promise<FileResult[]> => {
  const results: FileResult[] = [];
  for (const [done, file] of files.entries()) {
    options.onFile?.(file, done);
    try {
      results.push(await extractFile(file, options));
    } catch (e) {
      results.push({ file, format: null, region: null, year: null, yearFrom: null, candidates: [], problems: [{ code: 'failed', message: String(e) }] });
    }
  }
  return results;
};
