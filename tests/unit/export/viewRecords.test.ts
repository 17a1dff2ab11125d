import { fixtureModel, filtersWith } from './context.ts';
import { selectRecords as viewRecords } from '../../../src/views/registry.ts';
import { showsValues, type ValueRecord } from '../../../src/dataset/select/viewRecords.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';

const model = fixtureModel();
const all = model.dataset.regions;
const values = (f: Parameters<typeof filtersWith>[0]): ValueRecord[] => {
  const r = viewRecords(model, filtersWith(f), all);
  if (r.kind !== 'values') throw new Error(`expected values, got ${r.kind}`);
  return r.records;
};
const brief = (r: ValueRecord) => [r.region.code, r.metric.id, r.observation?.year ?? null, r.value, r.observation?.qualifier ?? null, r.rank ?? null];

describe('viewRecords', () => {
  it('rank: the bars in their order, each with its year and qualifier, then the regions without data', () => {
    expect(values({ view: 'rank', metric: 'mediation.cases', year: 'latest' }).map(brief)).toEqual([
      ['411500', 'mediation.cases', 2023, 59000, 'approx', 1],
      ['440900', 'mediation.cases', 2024, 45060, 'exact', 2],
      ['441802', 'mediation.cases', 2024, 3120, 'exact', 3],
    ]);
    expect(values({ view: 'rank', metric: 'mediation.cases', year: 2024 }).map(brief)).toEqual([
      ['440900', 'mediation.cases', 2024, 45060, 'exact', 1],
      ['441802', 'mediation.cases', 2024, 3120, 'exact', 2],
      ['411500', 'mediation.cases', null, null, null, null],
    ]);
  });

  it('rank: the same rows as the view selector, in the same order', () => {
    const metric = model.metricById.get('review.cases')!;
    const ranking = rankRegions(model.index, all, metric, 'latest', false);
    const records = values({ view: 'rank', metric: 'review.cases' }).filter((r) => r.observation);
    expect(records.map((r) => r.observation)).toEqual(ranking.rows.map((r) => r.observation));
  });

  it('rank per capita: the value drawn, per 100,000 residents', () => {
    const records = values({ view: 'rank', metric: 'mediation.cases', perCapita: true, year: 2024 });
    // 45,060 / 6,174,050 × 100,000 = 729.8289 (Maoming); 3,120 / 1,119,901 × 100,000 = 278.5961 (Qingcheng)
    expect(records.map((r) => [r.region.code, r.perCapita, r.observation?.value ?? null])).toEqual([
      ['440900', true, 45060],
      ['441802', true, 3120],
      ['411500', true, null],
    ]);
    expect(records[0]!.value).toBeCloseTo(729.8289, 4);
    expect(records[1]!.value).toBeCloseTo(278.5961, 4);
    expect(records[2]!.value).toBeNull();
  });

  it('trend: every point of every drawn line with its own year, and lines without points', () => {
    expect(values({ view: 'trend', metric: 'review.cases' }).map(brief)).toEqual([
      ['440900', 'review.cases', 2023, 1028, 'derived', null],
      ['440900', 'review.cases', 2024, 2056, 'exact', null],
      ['411500', 'review.cases', 2023, 1500, 'lower_bound', null],
      ['441802', 'review.cases', null, null, null, null],
    ]);
    expect(values({ view: 'trend', metric: 'review.cases', from: 2024 }).map(brief)).toEqual([
      ['440900', 'review.cases', 2024, 2056, 'exact', null],
      ['411500', 'review.cases', null, null, null, null],
      ['441802', 'review.cases', null, null, null, null],
    ]);
  });

  it('table: one record per row × metric of the theme, empty cells included', () => {
    const records = values({ view: 'table', metric: 'mediation.cases', year: 'latest' });
    expect(records).toHaveLength(3 * 3);
    expect(records.filter((r) => r.region.code === '411500').map(brief)).toEqual([
      ['411500', 'mediation.cases', 2023, 59000, 'approx', null],
      ['411500', 'mediation.resolved', null, null, null, null],
      ['411500', 'mediation.success_rate', null, null, null, null],
    ]);
    expect(records.find((r) => r.region.code === '441802' && r.metric.id === 'mediation.success_rate')?.observation?.qualifier).toBe('derived');
  });

  it('profile: its cells with their scaled values', () => {
    const records = values({ view: 'profile', metric: 'mediation.cases', year: 2024 });
    expect(records.length).toBeGreaterThan(0);
    const cases = records.filter((r) => r.metric.id === 'mediation.cases');
    expect(cases.map((r) => [r.region.code, r.scaled])).toEqual([
      ['440900', 100],
      ['441802', (100 * 3120) / 45060],
    ]);
  });

  it('coverage: the metric × region matrix of years', () => {
    const r = viewRecords(model, filtersWith({ view: 'coverage', metric: 'review.cases' }), all);
    expect(r.kind).toBe('coverage');
    if (r.kind !== 'coverage') return;
    expect(r.metrics.map((m) => m.id)).toContain('review.cases');
    expect(r.rows.find((row) => row.region.code === '440900')?.years['review.cases']).toEqual([2023, 2024]);
    expect(showsValues(r)).toBe(false);
  });

  it('showsValues is false when a chart view has nothing to draw', () => {
    expect(showsValues(viewRecords(model, filtersWith({ view: 'rank', metric: 'mediation.cases', year: 2022 }), all))).toBe(false);
    expect(showsValues(viewRecords(model, filtersWith({ view: 'rank' }), all))).toBe(true);
  });
});
