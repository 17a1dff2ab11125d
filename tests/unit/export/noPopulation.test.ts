// Per capita, a region with a value but no citable population is left out and named as such: on the page, in the CSV
// and in the exported image — never as "no data".
import { contextFor, filtersWith, fixtureModel } from './context.ts';
import { selectRecords, viewWords } from '../../../src/views/registry.ts';
import { exportAnnotations } from '../../../src/export/exportAnnotations.ts';
import { recordsTable } from '../../../src/export/recordsTable.ts';
import type { Filters } from '../../../src/view-state/filters.ts';
import type { Lang } from '../../../src/i18n/lang.ts';

const model = fixtureModel();
// 信阳 (411500) reports mediation.cases but, here, has no citable population.
const regions = model.dataset.regions.map((r) => (r.code === '411500' ? { ...r, population: null } : r));

const run = async (patch: Partial<Filters>, lang: Lang) => {
  const filters = filtersWith({ ...patch, lang });
  const ctx = await contextFor(lang);
  const records = selectRecords(model, filters, regions);
  return { records, ctx, annotations: exportAnnotations(model, filters, records, viewWords(model, filters, ctx), ctx) };
};

describe('regions left out per capita for want of a population', () => {
  it.each(['rank', 'trend'] as const)('%s: named as left out, not as without data, in the image and the CSV', async (view) => {
    const { records, ctx, annotations } = await run({ view, metric: 'mediation.cases', perCapita: true }, 'en');
    expect(annotations.noPopulation).toBe('Left out per 100,000 residents (no citable 2020 census population): Xinyang');
    expect(annotations.missing).toBeNull();
    const csv = recordsTable(records, (id) => id, ctx);
    const row = csv.rows.find((r) => r.includes('411500'));
    expect(row).toContain('no citable population: not shown per capita');
    expect(row).not.toContain('No data');
  });

  it('says it in Chinese too', async () => {
    const { annotations } = await run({ view: 'rank', metric: 'mediation.cases', perCapita: true }, 'zh');
    expect(annotations.noPopulation).toBe('未列入每10万人口比较（没有可引用的2020年人口普查常住人口）：信阳市');
  });

  it.each(['profile', 'table'] as const)('%s: the theme views name them too', async (view) => {
    const { annotations } = await run({ view, metric: 'mediation.cases', perCapita: true, year: 'latest' }, 'en');
    expect(annotations.noPopulation).toBe('Left out per 100,000 residents (no citable 2020 census population): Xinyang');
  });

  it('nothing is left out when the values are not per capita, or are rates', async () => {
    expect((await run({ view: 'rank', metric: 'mediation.cases', perCapita: false }, 'en')).annotations.noPopulation).toBeNull();
    expect((await run({ view: 'rank', metric: 'mediation.success_rate', perCapita: true }, 'en')).annotations.noPopulation).toBeNull();
  });
});
