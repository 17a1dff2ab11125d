// Report text → candidate figures. Pure and synchronous; runs in Node and in the browser.
import { changeEvidence, figureEvidence } from './evidence.ts';
import { figureContext } from './figureContext.ts';
import { changeBase, comparedMetric, metricOf, resultMetric, type Scanned } from './figureRelations.ts';
import { normalizeText, type NormalizedText } from './normalizeText.ts';
import { comparedYear, inferReportYear, statedYear } from './reportYear.ts';
import { scanFigures } from './scanFigures.ts';
import type { Candidate, ExtractOptions } from './types.ts';
import { priorValue, readYoy } from './yoy.ts';

/** A cap so that adversarial input (a megabyte of "1件") stays bounded in memory and time. */
export const MAX_FIGURES = 100_000;

function derive(
  original: string,
  norm: NormalizedText,
  item: Scanned,
  base: Scanned,
  reportYear: number | undefined,
): Candidate | null {
  if (item.change === null) return null;
  const value = priorValue(item.change, base.fig);
  if (value === null) return null;
  const baseYear = base.year ?? reportYear;
  const year = item.change.year ?? (baseYear === undefined ? undefined : baseYear - 1);
  const ev = changeEvidence(original, norm, base.fig, base.ctx, item.fig, item.ctx) ?? item.evidence;
  if (ev === null) return null;
  const c: Candidate = {
    metric: base.metric,
    value,
    unit: base.fig.unit,
    qualifier: 'derived',
    evidence: ev.evidence,
    offset: ev.offset,
  };
  if (year !== undefined && year !== reportYear) c.year = year;
  return c;
}

function extract(original: string, options: ExtractOptions): Candidate[] {
  const norm = normalizeText(original);
  const reportYear = options.year ?? inferReportYear(norm.text);
  const figures = scanFigures(norm.text, MAX_FIGURES);
  const items: Scanned[] = [];
  figures.forEach((fig, i) => {
    const ctx = figureContext(norm.text, figures, i);
    if (ctx === null) return;
    const change = readYoy(ctx.text.local, fig);
    const compared = comparedYear(ctx.text.local, reportYear === undefined ? undefined : reportYear - 1);
    let metric = change !== null || fig.multiple ? null : metricOf(items, ctx);
    if (compared !== null && metric === null) metric = comparedMetric(items, ctx, fig);
    if (metric === null && change === null) metric = resultMetric(items, ctx);
    const year = compared === null ? statedYear(ctx.text.earlier + ctx.text.local) : compared;
    const evidence = figureEvidence(original, norm, fig, ctx);
    items.push({ fig, ctx, change, metric, year, evidence, comparison: compared !== null });
  });
  const out: Candidate[] = [];
  items.forEach((item, i) => {
    if (!item.fig.multiple && item.evidence !== null) {
      const { fig } = item;
      const c: Candidate = {
        metric: item.metric,
        value: fig.value,
        unit: fig.unit,
        qualifier: fig.qualifier,
        evidence: item.evidence.evidence,
        offset: item.evidence.offset,
      };
      if (item.year !== undefined && item.year !== reportYear) c.year = item.year;
      out.push(c);
    }
    const base = changeBase(items, i);
    const derived = base === null ? null : derive(original, norm, item, base, reportYear);
    if (derived !== null) out.push(derived);
  });
  return out;
}

/**
 * Candidate figures of a report. Never throws: input that is not a string, or any internal failure,
 * gives an empty list. `offset` is the evidence start in `text` (UTF-16 code units).
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Candidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return extract(text, options);
  } catch {
    return [];
  }
}
