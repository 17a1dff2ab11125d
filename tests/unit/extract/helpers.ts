import { extractFigures, type Candidate, type ExtractOptions } from '../../../src/extract/index.ts';

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
export function claim(text: string, value: number, options: ExtractOptions = { year: 2023 }): [string | null, string] {
  const c = figure(text, value, options);
  return [c.metric, c.scope];
}
