// Export stages at their edges, each expectation written out by hand (survivors of npm run test:mutation).
import { beforeAll, describe, expect, it } from 'vitest';
import { contextFor, filtersWith, fixtureModel } from './context.ts';
import { exportFileName as nameOf, type ExportFormat } from '../../../src/export/exportFileName.ts';
import { filtersText as filtersLine } from '../../../src/export/filtersText.ts';
import { recordsTable } from '../../../src/export/recordsTable.ts';
import { selectRecords as viewRecords, fileNameParts, viewWords } from '../../../src/views/registry.ts';
import { rangeYearText as trendYearText } from '../../../src/views/viewText.ts';
import { toCsv } from '../../../src/export/toCsv.ts';
import { showsEveryRank } from '../../../src/charts/rankWindow.ts';
import type { BuildContext } from '../../../src/charts/buildContext.ts';
import type { Filters } from '../../../src/view-state/filters.ts';

const model = fixtureModel();
const all = model.dataset.regions;
// As the export bar calls them: the view's descriptor gives the file name's parts and the filters line's years.
const exportFileName = (f: Filters, format: ExportFormat) => nameOf(f, format, fileNameParts(model, f));
const filtersText = (m: typeof model, f: Filters, ctx: BuildContext) => {
  const words = viewWords(m, f, ctx);
  return filtersLine(m, f, words.yearText, words.perCapita, ctx);
};
let en: BuildContext;
let zh: BuildContext;

beforeAll(async () => {
  en = await contextFor('en');
  zh = await contextFor('zh');
});

describe('exportFileName at its edges', () => {
  const csv = { type: 'csv' } as const;
  it('a trend range open at one end says first or last', () => {
    expect(exportFileName(filtersWith({ view: 'trend', metric: 'review.cases', from: 2023 }), csv)).toBe(
      'review.cases_2023-last_trend.csv',
    );
    expect(exportFileName(filtersWith({ view: 'trend', metric: 'review.cases', to: 2024 }), csv)).toBe(
      'review.cases_first-2024_trend.csv',
    );
  });

  it('rank and trend name their metric even when a theme is chosen; the other views name the theme', () => {
    expect(exportFileName(filtersWith({ view: 'rank', metric: 'mediation.cases' }), csv)).toBe('mediation.cases_latest_rank.csv');
    expect(exportFileName(filtersWith({ view: 'trend', metric: 'mediation.cases' }), csv)).toBe('mediation.cases_all-years_trend.csv');
    expect(exportFileName(filtersWith({ view: 'coverage', metric: 'review.cases' }), csv)).toBe('review_all-years_coverage.csv');
    expect(exportFileName(filtersWith({ view: 'profile', metric: 'mediation.cases' }), csv)).toBe('mediation_latest_profile.csv');
  });

  it('a coverage file is never per capita', () => {
    expect(exportFileName(filtersWith({ view: 'coverage', perCapita: true }), csv)).toBe(
      'mediation_all-years_coverage.csv',
    );
    expect(exportFileName(filtersWith({ view: 'table', metric: 'review.cases', perCapita: true }), csv)).toBe(
      'review_latest_per100k_table.csv',
    );
  });

  it('anything but letters, digits, dot, dash and underscore becomes one dash per run', () => {
    expect(exportFileName(filtersWith({ metric: 'a b//c' }), csv)).toBe('a-b-c_latest_rank.csv');
    expect(exportFileName(filtersWith({ metric: '调解 cases' }), csv)).toBe('-cases_latest_rank.csv');
  });
});

describe('filtersText', () => {
  const text = (patch: Partial<Filters>, ctx = en) => filtersText(model, filtersWith(patch), ctx);

  it('the year and the regions, always', () => {
    expect(text({})).toBe('Filters: Year: latest year per region; Regions: All regions');
    expect(text({ year: 2023 })).toBe('Filters: Year: 2023; Regions: All regions');
    expect(text({}, zh)).toBe('筛选条件：年份：各地最新年份；地区：全部地区');
  });

  it('chosen regions by name, unknown codes left out', () => {
    expect(text({ regions: ['440900', '411500', '000000'] })).toBe(
      'Filters: Year: latest year per region; Regions: Maoming, Xinyang',
    );
  });

  it('level, province and per capita when chosen', () => {
    expect(text({ level: 'prefecture', province: '440000', perCapita: true })).toBe(
      'Filters: Year: latest year per region; Regions: All regions; Level: Prefecture; Province: Guangdong; Per 100,000 residents',
    );
    expect(text({ province: '990000' })).toBe('Filters: Year: latest year per region; Regions: All regions');
  });

  it('the trend names its years: the data’s range, one year, or none', () => {
    expect(text({ view: 'trend' })).toBe('Filters: Year: 2023–2024; Regions: All regions');
    expect(trendYearText(model, { from: 2024, to: null }, en)).toBe('2024');
    expect(trendYearText(model, { from: null, to: 2023 }, en)).toBe('2023');
    expect(trendYearText(model, { from: 2023, to: 2024 }, en)).toBe('2023–2024');
    expect(trendYearText(model, { from: 2025, to: null }, en)).toBe('');
    expect(trendYearText(model, { from: null, to: 2022 }, en)).toBe('');
  });
});

describe('recordsTable at its edges', () => {
  const table = (patch: Partial<Filters>, ctx = en) =>
    recordsTable(viewRecords(model, filtersWith(patch), all), (id) => id, ctx);

  it('a profile adds its relative value, one decimal', () => {
    const { fields, rows } = table({ view: 'profile', metric: 'mediation.cases', year: 2024 });
    const scaled = fields.indexOf('Relative value (largest = 100)');
    expect(scaled).toBe(fields.indexOf('Value as shown') + 1);
    const cell = (region: string, metric: string) =>
      rows.find((r) => r[0] === region && r[3] === metric)?.[scaled];
    // 3,120 / 45,060 × 100 = 6.92; 97.76 / 98.2 × 100 = 99.55
    expect(cell('441802', 'mediation.cases')).toBe(6.9);
    expect(cell('441802', 'mediation.success_rate')).toBe(99.6);
    expect(cell('440900', 'mediation.cases')).toBe(100);
    expect(table({ view: 'rank' }).fields).not.toContain('Relative value (largest = 100)');
  });

  it('per capita: the unit per 100,000 residents, and no number where there is none', () => {
    const { fields, rows } = table({ view: 'rank', metric: 'mediation.cases', year: 2024, perCapita: true });
    const unit = fields.indexOf('Unit');
    const value = fields.indexOf('Value');
    expect(rows.map((r) => [r[1], r[value], r[unit]])).toEqual([
      ['440900', 729.8, 'cases per 100,000 residents'],
      ['441802', 278.6, 'cases per 100,000 residents'],
      ['411500', null, 'cases per 100,000 residents'],
    ]);
  });

  it('per capita of a metric without a counter word: the unit phrase alone, trimmed', () => {
    const records = viewRecords(
      model,
      filtersWith({ view: 'rank', metric: 'mediation.cases', year: 2024, perCapita: true }),
      all,
    );
    if (records.kind !== 'values') throw new Error(records.kind);
    const bare = {
      ...records,
      records: records.records.map((r) => ({ ...r, metric: { ...r.metric, counter: undefined } })),
    };
    const { fields, rows } = recordsTable({ ...bare, kind: 'values' }, (id) => id, en);
    expect(rows[0]?.[fields.indexOf('Unit')]).toBe('per 100,000 residents');
  });

  it('coverage ends with the count of metrics with data per region', () => {
    const { rows } = table({ view: 'coverage', metric: 'mediation.cases' });
    expect(rows.at(-1)?.slice(0, 3)).toEqual([null, null, 'Metrics with data']);
  });
});

describe('toCsv at its edges', () => {
  it('CRLF lines, an empty cell for null, numbers as they are, quotes only where needed', () => {
    expect(
      toCsv({
        fields: ['a', 'b'],
        rows: [
          [null, -1.5],
          ['x y', 'say "hi"'],
        ],
      }),
    ).toBe('\uFEFFa,b\r\n,-1.5\r\nx y,"say ""hi"""');
  });
});

describe('showsEveryRank', () => {
  it('only a window from the first rank to the last shows every rank', () => {
    expect(showsEveryRank({ first: 1, last: 3, total: 3 })).toBe(true);
    expect(showsEveryRank({ first: 2, last: 3, total: 3 })).toBe(false);
    expect(showsEveryRank({ first: 1, last: 2, total: 3 })).toBe(false);
  });
});
