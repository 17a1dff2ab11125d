// Public shapes of the extractor. Units and qualifiers mirror the dataset schema (src/dataset/schema.ts).
export type Unit = 'count' | 'people' | 'person_times' | 'percent' | 'yuan' | 'days' | 'hours';
export type Qualifier = 'exact' | 'approx' | 'lower_bound' | 'derived';

export interface Candidate {
  /** Catalogue id (data/metrics.json), or null when the figure's meaning is not recognised. */
  metric: string | null;
  /** In base units: 4.32万件 → 43200, 1.1亿元 → 110000000, 98.2% → 98.2. */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Verbatim from the input, at most 60 UTF-16 code units, containing the figure. */
  evidence: string;
  /** UTF-16 offset of the evidence start in the ORIGINAL text: text.slice(offset, offset + evidence.length) === evidence. */
  offset: number;
  /** Only when the figure refers to another year than the report's (e.g. a derived prior-year value). */
  year?: number;
}

export interface ExtractOptions {
  region?: string;
  /** Report year; inferred from the title when absent. */
  year?: number;
}
