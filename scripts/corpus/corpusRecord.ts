// The shape of ../shared/corpus/web-figures.json (its README says how to read it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../sharedTexts.ts';

export type CorpusScope =
  'region' | 'government_own' | 'sub_category' | 'cumulative' | 'court' | 'prior_year' | 'change';
export type CorpusPeriod = 'full_year' | 'partial_year' | 'multi_year' | 'unknown';
export type CorpusQualifier = 'exact' | 'approx' | 'lower_bound';

export interface CorpusFigure {
  metric: string;
  clause: string;
  value: number;
  unit: string;
  qualifier: CorpusQualifier;
  scope: CorpusScope;
  year?: number;
  note?: string;
}

export interface CorpusRecord {
  id: string;
  url: string;
  title: string | null;
  region: string;
  region_code: string;
  level: 'provincial' | 'prefecture' | 'district' | 'county';
  province: string;
  year: number | null;
  period: CorpusPeriod;
  source_type: string;
  issuer: string;
  text: string;
  note?: string;
  figures: CorpusFigure[];
}

/** ../shared/corpus/web-figures.json, or under FAZHI_SHARED_DIR. */
export const corpusFile = (): string => path.join(sharedDir(), 'corpus', 'web-figures.json');

/** The corpus, or null when ../shared is not there (a machine without the shared texts). */
export function readCorpus(file = corpusFile()): CorpusRecord[] | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusRecord[];
}

/** A figure's address in the corpus, used by the decisions file and the review report: "record-id#index". */
export const figureRef = (recordId: string, index: number): string => `${recordId}#${index}`;
