// Selectors at their edges, on observations written here by hand (survivors of npm run test:mutation): ties, zeros,
// one-ended ranges, regions without a population in per-capita views, metrics only one region reports.
import { describe, expect, it } from 'vitest';
import { indexObservations } from '../../../src/dataset/select/observationIndex.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import { profileCells } from '../../../src/dataset/select/profileCells.ts';
import { tableRows } from '../../../src/dataset/select/tableRows.ts';
import { buildDatasetModel } from '../../../src/dataset/datasetModel.ts';
import type { Metric, Observation, Region } from '../../../src/dataset/schema.ts';
import { fixtureDataset } from '../../fixtures/loadFixture.ts';

const dataset = fixtureDataset();
const region = (code: string, population: number | null = 1_000_000): Region => ({
  ...dataset.regions[0]!,
  code,
  name: { zh: code, en: code },
  population:
    population === null ? null : { value: population, year: 2020, source: { zh: '普查', en: 'census' } },
});
const metric = (id: string, unit: Metric['unit'] = 'count'): Metric => ({ ...dataset.metrics[0]!, id, unit });
const obs = (r: string, year: number, m: string, value: number): Observation => ({
  region: r,
  year,
  metric: m,
  value,
  qualifier: 'exact',
  source: 's',
  evidence: `${value}`,
  scope: 'region',
  period: { kind: 'full_year' },
});

const A = region('100001');
const B = region('100002');
const C = region('100003', null);
const cases = metric('x.cases');

describe('the observation index', () => {
  it('keeps each region and metric apart, years ascending whatever the input order', () => {
    const index = indexObservations([
      obs('100001', 2024, 'x.cases', 3),
      obs('100001', 2022, 'x.cases', 1),
      obs('100002', 2023, 'x.cases', 2),
      obs('100001', 2023, 'x.other', 9),
    ]);
    expect(index.series('100001', 'x.cases').map((o) => [o.year, o.value])).toEqual([
      [2022, 1],
      [2024, 3],
    ]);
    expect(index.series('100002', 'x.cases').map((o) => o.value)).toEqual([2]);
    expect(index.series('100002', 'x.other')).toEqual([]);
    expect(index.years).toEqual([2022, 2023, 2024]);
    expect(
      indexObservations([obs('1', 2010, 'm', 1), obs('1', 2009, 'm', 1), obs('1', 2011, 'm', 1)]).years,
    ).toEqual([2009, 2010, 2011]);
  });
});

describe('rankRegions at its edges', () => {
  it('ties keep code order whatever the input order', () => {
    const index = indexObservations([obs('100001', 2024, 'x.cases', 5), obs('100002', 2024, 'x.cases', 5)]);
    expect(rankRegions(index, [A, B], cases, 2024, false).rows.map((r) => r.region.code)).toEqual([
      '100001',
      '100002',
    ]);
    expect(rankRegions(index, [B, A], cases, 2024, false).rows.map((r) => r.region.code)).toEqual([
      '100001',
      '100002',
    ]);
  });

  it('years differ only when the ranked values come from more than one year', () => {
    const index = indexObservations([obs('100001', 2023, 'x.cases', 5), obs('100002', 2024, 'x.cases', 6)]);
    expect(rankRegions(index, [A, B], cases, 'latest', false).yearsDiffer).toBe(true);
    expect(rankRegions(index, [A, B], cases, 2024, false).yearsDiffer).toBe(false);
    expect(rankRegions(index, [A, B], cases, 2022, false).yearsDiffer).toBe(false);
  });

  it('equal values are ordered by region code', () => {
    const index = indexObservations([
      obs('100002', 2024, 'x.cases', 5),
      obs('100001', 2024, 'x.cases', 5),
      obs('100003', 2024, 'x.cases', 7),
    ]);
    expect(rankRegions(index, [B, C, A], cases, 2024, false).rows.map((r) => r.region.code)).toEqual([
      '100003',
      '100001',
      '100002',
    ]);
  });
});

describe('trendSeries at its edges', () => {
  const index = indexObservations([
    obs('100001', 2022, 'x.cases', 1),
    obs('100001', 2023, 'x.cases', 2),
    obs('100001', 2024, 'x.cases', 3),
    obs('100003', 2023, 'x.cases', 4),
  ]);
  it('a range open at one end', () => {
    const points = (range: { from: number | null; to: number | null }) =>
      trendSeries(index, [A], cases, range, false).series[0]!.points.map((p) => p.year);
    expect(points({ from: null, to: 2023 })).toEqual([2022, 2023]);
    expect(points({ from: 2023, to: null })).toEqual([2023, 2024]);
    expect(trendSeries(index, [A], cases, { from: null, to: 2023 }, false).years).toEqual([2022, 2023]);
  });

  it('per capita, a region without a population has no points, never a null one', () => {
    const t = trendSeries(index, [A, C], cases, { from: null, to: null }, true);
    // A: 1, 2, 3 per 1,000,000 residents → 0.1, 0.2, 0.3 per 100,000
    expect(t.series.map((s) => [s.region.code, s.points.length])).toEqual([
      ['100001', 3],
      ['100003', 0],
    ]);
    expect(t.series[0]!.points.map((p) => p.value)).toEqual([
      expect.closeTo(0.1, 9),
      expect.closeTo(0.2, 9),
      expect.closeTo(0.3, 9),
    ]);
  });
});

describe('profileCells at its edges', () => {
  const other = metric('x.other');
  const index = indexObservations([
    obs('100001', 2024, 'x.cases', 10),
    obs('100002', 2024, 'x.cases', 40),
    obs('100003', 2024, 'x.cases', 20),
    obs('100001', 2024, 'x.other', 0),
    obs('100002', 2024, 'x.other', 0),
    obs('100001', 2024, 'x.only', 3),
  ]);

  it('a metric one region reports is set aside; one no region reports is left out', () => {
    const p = profileCells(index, [A, B], [cases, metric('x.only'), metric('x.none')], 2024, false);
    expect(p.metrics.map((m) => m.id)).toEqual(['x.cases']);
    expect(p.singleRegion.map((m) => m.id)).toEqual(['x.only']);
    expect(p.cells.map((c) => [c.region.code, c.scaled])).toEqual([
      ['100001', 25],
      ['100002', 100],
    ]);
  });

  it('with one region shown, every metric it reports is compared', () => {
    const p = profileCells(index, [A], [cases, metric('x.only'), metric('x.none')], 2024, false);
    expect(p.metrics.map((m) => m.id)).toEqual(['x.cases', 'x.only']);
    expect(p.singleRegion).toEqual([]);
  });

  it('all zeros scale to 0, not to NaN', () => {
    expect(profileCells(index, [A, B], [other], 2024, false).cells.map((c) => c.scaled)).toEqual([0, 0]);
  });

  it('per capita, a region without a population is not a cell', () => {
    // A: 10 per 1,000,000 → 1 per 100,000; C has no population
    const p = profileCells(index, [A, C], [cases], 2024, true);
    expect(p.cells).toEqual([]);
    expect(p.singleRegion.map((m) => m.id)).toEqual(['x.cases']);
  });
});

describe('tableRows at its edges', () => {
  it('per capita, a region without a population has an empty cell, never a null value', () => {
    const index = indexObservations([obs('100001', 2024, 'x.cases', 10), obs('100003', 2024, 'x.cases', 20)]);
    const rows = tableRows(index, [A, C], [cases], 'latest', true);
    expect(rows.map((r) => [r.region.code, r.cells['x.cases']?.value ?? 'empty'])).toEqual([
      ['100001', 1],
      ['100003', 'empty'],
    ]);
    expect(rows[1]!.cells).toEqual({ 'x.cases': undefined });
  });
});

describe('the dataset model', () => {
  it('looks things up by id and knows the metrics with data and the census year', () => {
    const model = buildDatasetModel(dataset);
    expect(model.themeById.get('review')?.id).toBe('review');
    expect(model.regionByCode.get('441802')?.name.zh).toBe('清远市清城区');
    expect(model.sourceById.get('fixture-440900-2024')?.region).toBe('440900');
    expect(model.observationByKey.get('411500|2023|review.cases|region|full_year')?.value).toBe(1500);
    expect(model.metricsWithData.map((m) => m.id)).toEqual([
      'mediation.cases',
      'mediation.resolved',
      'mediation.success_rate',
      'review.cases',
    ]);
    expect(model.populationYear).toBe(2020);
    expect(
      buildDatasetModel({ ...dataset, regions: dataset.regions.map((r) => ({ ...r, population: null })) })
        .populationYear,
    ).toBeNull();
  });

  it('a metric without observations is not among the metrics with data', () => {
    const model = buildDatasetModel({
      ...dataset,
      observations: dataset.observations.filter((o) => o.metric !== 'mediation.resolved'),
    });
    expect(model.metricsWithData.map((m) => m.id)).toEqual([
      'mediation.cases',
      'mediation.success_rate',
      'review.cases',
    ]);
  });
});
