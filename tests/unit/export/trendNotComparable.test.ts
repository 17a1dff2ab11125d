// A trend leaves out a region whose only value covers part of a year, and names it with why: the CSV and the exported
// image say the same as the page — not comparable, never "no data".
import { readFileSync } from 'node:fs';
import { buildDatasetModel } from '../../../src/dataset/datasetModel.ts';
import { parseDataset } from '../../../src/dataset/schema.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import { selectRecords, viewWords } from '../../../src/views/registry.ts';
import { exportAnnotations } from '../../../src/export/exportAnnotations.ts';
import { recordsTable } from '../../../src/export/recordsTable.ts';
import { contextFor, filtersWith } from './context.ts';

const raw = JSON.parse(readFileSync('tests/fixtures/small-dataset.json', 'utf8')) as { observations: Array<Record<string, unknown>> };
// 清城 (441802) reports mediation.cases 3,120 for 2024; here it covers January to June only.
raw.observations = raw.observations.map((o) =>
  o.region === '441802' && o.metric === 'mediation.cases' ? { ...o, period: { kind: 'partial_year', months: [1, 6] } } : o,
);
const model = buildDatasetModel(parseDataset(raw));
const regions = model.dataset.regions;

describe('trend: a value that is not comparable', () => {
  it('is neither drawn nor called missing by the selector', () => {
    const t = trendSeries(model.index, regions, model.metricById.get('mediation.cases')!, { from: null, to: null }, false);
    expect(t.notComparable.map((n) => [n.region.code, n.observation.year])).toEqual([['441802', 2024]]);
    expect(t.missing.map((r) => r.code)).toEqual([]);
  });

  it('is named with why in the exported image and the CSV, not as "no data"', async () => {
    const filters = filtersWith({ view: 'trend', metric: 'mediation.cases', lang: 'en' });
    const ctx = await contextFor('en');
    const records = selectRecords(model, filters, regions);
    const a = exportAnnotations(model, filters, records, viewWords(model, filters, ctx), ctx);
    expect(a.missing).toBeNull();
    expect(a.compare).toBe('Not comparable, so not in the chart: Qingcheng District, Qingyuan (months 1–6 only)');
    const row = recordsTable(records, (id) => id, ctx).rows.find((r) => r.includes('441802'));
    expect(row).toContain('‡ months 1–6 only');
    expect(row).toContain(3120);
  });
});
