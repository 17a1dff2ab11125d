import { contextFor, fixtureModel } from '../export/context.ts';
import { chartDataRow } from '../../../src/views/chartDataRow.ts';

const model = fixtureModel();
const maoming = model.dataset.regions.find((r) => r.code === '440900')!;
const metric = model.metricById.get('mediation.cases')!;
const observation = model.dataset.observations.find((o) => o.region === '440900' && o.metric === 'mediation.cases')!;

describe('chartDataRow: one data-table row, the same in every view', () => {
  it('prints the value as the chart does, with its year, qualifier, region and source key', async () => {
    const ctx = await contextFor('en');
    expect(chartDataRow({ region: maoming, metric, observation, value: 45060 }, false, ctx)).toEqual({
      obsKey: '440900|2024|mediation.cases|region|full_year',
      label: 'Maoming',
      regionCode: '440900',
      value: '45,060',
      qualifier: 'exact',
      year: 2024,
    });
  });

  it('marks a value that is not comparable with ‡, and takes a label of its own', async () => {
    const ctx = await contextFor('zh');
    const partYear = { ...observation, period: { kind: 'partial_year' as const, months: [1, 6] as [number, number] } };
    const row = chartDataRow({ region: maoming, metric, observation: partYear, value: 45060 }, false, ctx, '茂名市 · 调解');
    expect(row.value).toBe('45,060 ‡');
    expect(row.label).toBe('茂名市 · 调解');
    expect(row.obsKey).toBe('440900|2024|mediation.cases|region|partial_year');
  });

  it('marks a region a person added, as the chart’s labels do', async () => {
    const ctx = await contextFor('zh');
    const added = { ...maoming, user_added: true };
    expect(chartDataRow({ region: added, metric, observation, value: 45060 }, false, ctx).label).toBe('茂名市（自添）');
    expect(chartDataRow({ region: maoming, metric, observation, value: 45060 }, false, ctx).label).toBe('茂名市');
  });
});
