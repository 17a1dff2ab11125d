// Where in an evidence clause the figure stands, so the source panel can highlight it. Numbers are read by the
// extractor's grammar (src/extract/numberSpans.ts): 1.95万, 近千, 两万余 and 11亿 are the values they say.
import { numberSpans } from '../extract/numberSpans.ts';

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** [start, end) of the figure that equals one of `values` (the value, then the base of a derivation); null if none does. */
export const figureSpan = (evidence: string, values: readonly number[]): [number, number] | null => {
  const spans = numberSpans(evidence);
  for (const v of values) {
    const hit = spans.find((s) => same(s.value, v));
    if (hit) return [hit.start, hit.end];
  }
  return null;
};
