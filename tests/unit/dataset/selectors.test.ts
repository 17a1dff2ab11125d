import type { SourceKind } from '../../../src/dataset/schema.ts';
import { describe, expect, it } from 'vitest';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import { profileCells } from '../../../src/dataset/select/profileCells.ts';
import { tableRows } from '../../../src/dataset/select/tableRows.ts';
import { coverage, yearRuns } from '../../../src/dataset/select/coverage.ts';
import { filterRegions, mixesLevels } from '../../../src/dataset/select/filterRegions.ts';
import { fixtureModel } from '../../fixtures/loadFixture.ts';

const model = fixtureModel();
const metric = (id: string) => {
  const m = model.metricById.get(id);
  if (!m) throw new Error(id);
  return m;
};
const all = model.dataset.regions;

describe('selectors', () => {
  it('ranks the latest value of each region and lists the missing ones, never as 0', () => {
    const r = rankRegions(model.index, all, metric('review.cases'), 'latest', false);
    expect(r.rows.map((x) => [x.region.code, x.value, x.observation.qualifier, x.observation.year])).toEqual([
      ['440900', 2056, 'exact', 2024],
      ['411500', 1500, 'lower_bound', 2023],
    ]);
    expect(r.missing.map((x) => x.code)).toEqual(['441802']);
    expect(r.yearsDiffer).toBe(true);
  });

  it('a strict year keeps only the regions reporting that year', () => {
    const r = rankRegions(model.index, all, metric('review.cases'), 2023, false);
    expect(r.rows.map((x) => [x.region.code, x.value, x.observation.qualifier])).toEqual([
      ['411500', 1500, 'lower_bound'],
      ['440900', 1028, 'derived'],
    ]);
  });

  it('per capita divides by population per 100,000', () => {
    const r = rankRegions(model.index, all, metric('mediation.cases'), 'latest', true);
    const maoming = r.rows.find((x) => x.region.code === '440900');
    // 45,060 / 6,174,050 × 100,000 = 729.828881; 59,000 / 6,234,401 × 100,000 = 946.361968; 3,120 / 1,119,901 × 100,000 = 278.596054
    expect(r.rows.map((x) => x.region.code)).toEqual(['411500', '440900', '441802']);
    expect(r.rows[0]?.value).toBeCloseTo(946.361968, 6);
    expect(maoming?.value).toBeCloseTo(729.828881, 6);
    expect(r.rows[2]?.value).toBeCloseTo(278.596054, 6);
  });

  it('a region without a known population drops out of per-capita views, named as left out for it, not as without data', () => {
    const noPopulation = all.map((r) => (r.code === '411500' ? { ...r, population: null } : r));
    const r = rankRegions(model.index, noPopulation, metric('mediation.cases'), 'latest', true);
    expect(r.rows.map((x) => x.region.code)).toEqual(['440900', '441802']);
    expect(r.noPopulation.map((x) => x.code)).toEqual(['411500']);
    expect(r.missing).toEqual([]);
    // Without per capita, or for a rate, the population does not matter.
    expect(rankRegions(model.index, noPopulation, metric('mediation.cases'), 'latest', false).noPopulation).toEqual([]);
    expect(rankRegions(model.index, noPopulation, metric('mediation.success_rate'), 'latest', true).noPopulation).toEqual([]);
  });

  it('trend, profile and table name the regions they leave out per capita for want of a population', () => {
    const noPopulation = all.map((r) => (r.code === '411500' ? { ...r, population: null } : r));
    const t = trendSeries(model.index, noPopulation, metric('mediation.cases'), { from: null, to: null }, true);
    expect(t.noPopulation.map((x) => x.code)).toEqual(['411500']);
    expect(t.series.find((s) => s.region.code === '411500')?.points).toEqual([]);
    expect(trendSeries(model.index, noPopulation, metric('mediation.cases'), { from: null, to: null }, false).noPopulation).toEqual([]);
    const p = profileCells(model.index, noPopulation, [metric('mediation.cases'), metric('mediation.success_rate')], 'latest', true);
    expect(p.noPopulation.map((n) => [n.region.code, n.metric.id])).toEqual([['411500', 'mediation.cases']]);
    // A rate is never per capita: both regions reporting one stay in.
    expect(p.cells.filter((c) => c.metric.id === 'mediation.success_rate').map((c) => c.value)).toEqual([98.2, 97.76]);
    const rows = tableRows(model.index, noPopulation, [metric('mediation.cases'), metric('mediation.success_rate')], 'latest', true);
    expect(Object.fromEntries(rows.map((r) => [r.region.code, r.noPopulation]))).toEqual({
      '411500': ['mediation.cases'],
      '440900': [],
      '441802': [],
    });
  });

  it('rates are never converted per capita', () => {
    const r = rankRegions(model.index, all, metric('mediation.success_rate'), 'latest', true);
    expect(r.rows.map((x) => x.value)).toEqual([98.2, 97.76]);
  });

  it('trend keeps years in range and points in order', () => {
    const t = trendSeries(model.index, all, metric('review.cases'), { from: null, to: null }, false);
    expect(t.years).toEqual([2023, 2024]);
    expect(t.series.find((s) => s.region.code === '440900')?.points.map((p) => [p.year, p.value])).toEqual([
      [2023, 1028],
      [2024, 2056],
    ]);
    expect(trendSeries(model.index, all, metric('review.cases'), { from: 2024, to: 2024 }, false).years).toEqual([2024]);
  });

  it('profile scales each metric to its own maximum', () => {
    const p = profileCells(model.index, all, [metric('mediation.cases'), metric('mediation.success_rate')], 'latest', false);
    const cell = (r: string, m: string) => p.cells.find((c) => c.region.code === r && c.metric.id === m)?.scaled;
    expect(cell('411500', 'mediation.cases')).toBe(100);
    expect(cell('440900', 'mediation.success_rate')).toBe(100);
    expect(cell('441802', 'mediation.cases')).toBeCloseTo((100 * 3120) / 59000, 6);
  });

  it('table rows hold a cell per metric, undefined where absent', () => {
    const rows = tableRows(model.index, all, [metric('review.cases')], 'latest', false);
    expect(rows.map((r) => r.cells['review.cases']?.value)).toEqual([2056, 1500, undefined]);
  });

  it('coverage counts metrics with data per region', () => {
    const c = coverage(model.index, all, model.metricsWithData);
    expect(c.map((r) => [r.region.code, r.count])).toEqual([
      ['440900', 4],
      ['411500', 2],
      ['441802', 3],
    ]);
    expect(c[0]?.years['review.cases']).toEqual([2023, 2024]);
  });

  it.each([
    [[], ''],
    [[2024], '2024'],
    [[2023, 2024], '2023–2024'],
    [[2019, 2015, 2016, 2017], '2015–2017, 2019'],
    [[2015, 2017, 2019, 2019], '2015, 2017, 2019'],
  ])('yearRuns(%j) → %s', (years, text) => {
    expect(yearRuns(years)).toBe(text);
  });

  it('filters by level and province and flags mixed levels', () => {
    expect(filterRegions(all, { regions: [], level: 'district', province: null }).map((r) => r.code)).toEqual(['441802']);
    expect(filterRegions(all, { regions: [], level: null, province: '440000' }).map((r) => r.code)).toEqual(['440900', '441802']);
    expect(mixesLevels(all)).toBe(true);
    expect(mixesLevels(filterRegions(all, { regions: ['440900', '411500'], level: null, province: null }))).toBe(false);
  });
});

describe('filterRegions by kind of source', () => {
  it('keeps the regions with a source of the chosen kind', () => {
    const kinds = new Map<string, ReadonlySet<SourceKind>>([
      ['440900', new Set<SourceKind>(['annual_report'])],
      ['411500', new Set<SourceKind>(['news'])],
    ]);
    const regions = model.dataset.regions.filter((r) => r.code === '440900' || r.code === '411500');
    const pick = (sourceKind: 'annual_report' | 'news' | 'court_report' | null) =>
      filterRegions(regions, { regions: [], level: null, province: null, sourceKind }, kinds).map((r) => r.code);
    expect(pick('news')).toEqual(['411500']);
    expect(pick('annual_report')).toEqual(['440900']);
    expect(pick('court_report')).toEqual([]);
    expect(pick(null).sort()).toEqual(['411500', '440900']);
  });
});

describe('trendSeries compares like with like', () => {
  it('one point a year, the full-year regional total; a part-year value only on request, and listed otherwise', async () => {
    const { indexObservations } = await import('../../../src/dataset/select/observationIndex.ts');
    const { trendSeries } = await import('../../../src/dataset/select/trendSeries.ts');
    const region = model.dataset.regions[0]!;
    const metric = model.metricById.get('mediation.cases')!;
    const o = (year: number, value: number, period: 'full_year' | 'partial_year') => ({
      region: region.code, year, metric: metric.id, value, qualifier: 'exact' as const, source: 's', evidence: 'e', scope: 'region' as const, period: { kind: period },
    });
    const index = indexObservations([o(2022, 100, 'full_year'), o(2023, 80, 'partial_year'), o(2023, 120, 'full_year'), o(2024, 50, 'partial_year')]);
    const plain = trendSeries(index, [region], metric, { from: null, to: null }, false);
    expect(plain.series[0]!.points.map((p) => [p.year, p.value])).toEqual([[2022, 100], [2023, 120]]);
    expect(plain.notComparable.map((n) => [n.observation.year, n.observation.value])).toEqual([[2024, 50]]);
    const all = trendSeries(index, [region], metric, { from: null, to: null }, false, true);
    expect(all.series[0]!.points.map((p) => [p.year, p.value])).toEqual([[2022, 100], [2023, 120], [2024, 50]]);
    expect(all.notComparable).toEqual([]);
  });
});
