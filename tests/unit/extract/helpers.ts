import { extractFigures, type Candidate, type ExtractOptions } from '../../../src/extract/index.ts';
import { figureContext, type FigureContext } from '../../../src/extract/figureContext.ts';
import { scanFigures, type RawFigure } from '../../../src/extract/scanFigures.ts';
import type { ScopeFacts } from '../../../src/extract/scope.ts';
import type { Scanned } from '../../../src/extract/figureRelations.ts';

export function figures(text: string, options: ExtractOptions = { year: 2023 }): Candidate[] {
  const out = extractFigures(text, options);
  for (const c of out) {
    // The evidence contract holds for every candidate of every test.
    expect(text.slice(c.offset, c.offset + c.evidence.length)).toBe(c.evidence);
    expect(c.evidence.length).toBeLessThanOrEqual(60);
  }
  return out;
}

/** The non-derived candidate with this value; fails when there is none. */
export function figure(text: string, value: number, options?: ExtractOptions): Candidate {
  const found = figures(text, options).find((c) => c.value === value && c.qualifier !== 'derived');
  if (found === undefined)
    throw new Error(`no figure ${value} in «${text}»: ${JSON.stringify(figures(text, options))}`);
  return found;
}

export function metricOf(text: string, value: number, options?: ExtractOptions): string | null {
  return figure(text, value, options).metric;
}

export function values(text: string, options?: ExtractOptions): number[] {
  return figures(text, options).map((c) => c.value);
}

export function derived(text: string, options?: ExtractOptions): Candidate[] {
  return figures(text, options).filter((c) => c.qualifier === 'derived');
}

/** What a candidate claims: its metric and whose figure it is (scope). */
export function claim(
  text: string,
  value: number,
  options: ExtractOptions = { year: 2023 },
): [string | null, string] {
  const c = figure(text, value, options);
  return [c.metric, c.scope];
}

/** figureContext of every figure scanFigures finds in `norm` (already normalized text), in order. */
export function contextsOf(norm: string): Array<FigureContext | null> {
  const found = scanFigures(norm);
  return found.map((_, i) => figureContext(norm, found, i));
}

/** What earlier stages would have worked out about one figure, written by hand for a stage test. */
export type Facts = Partial<
  Pick<Scanned, 'metric' | 'part' | 'year' | 'comparison' | 'change' | 'basis' | 'period' | 'joined'>
>;

/** Every figure of `norm` with its context and the facts given for it (none: no metric, not a part). */
export function scannedIn(norm: string, ...facts: Facts[]): Scanned[] {
  const found = scanFigures(norm);
  return found.map((fig, i) => {
    const ctx = figureContext(norm, found, i);
    if (ctx === null) throw new Error(`no context for figure ${i} of ${norm}`);
    const item: Scanned = {
      fig,
      ctx,
      change: null,
      metric: null,
      part: false,
      year: undefined,
      comparison: false,
      evidence: null,
      scope: 'region',
    };
    return { ...item, ...facts[i] };
  });
}

/** A raw figure written by hand for a stage test (yoy, canQualify): only its value, unit and kind matter there. */
export const rawFigure = (
  value: number,
  unit: RawFigure['unit'],
  extra: Partial<RawFigure> = {},
): RawFigure => ({
  start: 0,
  end: 1,
  value,
  unit,
  counter: unit === 'percent' ? '%' : '件',
  qualifier: 'exact',
  points: false,
  multiple: false,
  ...extra,
});
export const pctFigure = (value: number): RawFigure => rawFigure(value, 'percent');
export const countFigure = (value: number): RawFigure => rawFigure(value, 'count');
export const pointsFigure = (value: number): RawFigure =>
  rawFigure(value, 'percent', { points: true, counter: '个百分点' });
export const timesFigure = (value: number): RawFigure =>
  rawFigure(value, 'count', { multiple: true, counter: '倍' });

/** What the extractor would have found about a figure, for figureScope: a city's review figure unless told otherwise. */
export const scopeFacts = (over: Partial<ScopeFacts>): ScopeFacts => ({
  topic: 'review',
  change: false,
  earlier: false,
  part: false,
  period: null,
  percent: false,
  subject: '',
  level: 'prefecture',
  ...over,
});

/** Each candidate of a text as [value, metric, scope, qualifier, year], in order: a whole reading to compare by hand. */
export const briefCandidates = (text: string, options: ExtractOptions = { year: 2023 }) =>
  figures(text, options).map((c) => [c.value, c.metric, c.scope, c.qualifier, c.year]);
