import Papa from 'papaparse';
import { contextFor, filtersWith, fixtureModel } from './context.ts';
import { neutraliseFormula } from '../../../src/export/neutraliseFormula.ts';
import { toCsv } from '../../../src/export/toCsv.ts';
import { recordsTable } from '../../../src/export/recordsTable.ts';
import { selectRecords as viewRecords } from '../../../src/views/registry.ts';
import type { Filters } from '../../../src/view-state/filters.ts';

const model = fixtureModel();
const themeName = (id: string) => model.themeById.get(id)?.name.zh ?? id;
const csvFor = async (patch: Partial<Filters>) => {
  const filters = filtersWith(patch);
  const ctx = await contextFor(filters.lang);
  return toCsv(recordsTable(viewRecords(model, filters, model.dataset.regions), themeName, ctx));
};
// The byte-order mark Excel needs to read UTF-8, written out: EF BB BF.
const UTF8_BOM = '\uFEFF';
const parse = (csv: string) => {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true }).data;
};

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\n|x'])('prefixes %j with an apostrophe', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['茂名市', 'Maoming', '≈5.9万', '1-2', "'=already", ''])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and neutralises formula text (= + - @) in headers and cells', () => {
    const csv = toCsv({ fields: ['地区', '=HYPERLINK("x")'], rows: [['=1+1', '+2'], ['-3', '@A1'], ['a,b', 'line\nbreak'], [-4, null]] });
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(csv)).toEqual([
      ['地区', `'=HYPERLINK("x")`],
      ["'=1+1", "'+2"],
      ["'-3", "'@A1"],
      ['a,b', 'line\nbreak'],
      ['-4', ''],
    ]);
  });
});

describe('CSV of a view', () => {
  it('rank in Chinese: translated headers, value as stored and as shown, year, qualifier and source id', async () => {
    const [head, ...rows] = parse(await csvFor({ view: 'rank', metric: 'mediation.cases', year: 2024 }));
    expect(head).toEqual(['名次', '地区代码', '地区', '行政级别', '指标代码', '指标', '年份', '数值', '显示值', '单位', '数值性质', '可比性', '来源编号']);
    expect(rows[0]).toEqual(['1', '440900', '茂名市', '地级', 'mediation.cases', expect.any(String), '2024', '45060', '45,060', expect.any(String), '确数', '全地区全年总数，可与其他地区比较', 'fixture-440900-2024']);
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['', '411500', '信阳市']);
    expect(rows.at(-1)?.[8]).toBe('无数据');
  });

  it('rank in English with marks on approximate values', async () => {
    const [head, ...rows] = parse(await csvFor({ view: 'rank', metric: 'mediation.cases', lang: 'en' }));
    expect(head?.slice(0, 3)).toEqual(['Rank', 'Region code', 'Region']);
    expect(head).toContain('Qualifier');
    expect(head).toContain('Source id');
    expect(rows[0]?.slice(6, 9)).toEqual(['2023', '59000', '≈59,000']);
    expect(rows[0]?.[10]).toBe('Approximate');
  });

  it('per capita: the number shown (one decimal) and a per-100k unit', async () => {
    const [head, ...rows] = parse(await csvFor({ view: 'rank', metric: 'mediation.cases', year: 2024, perCapita: true, lang: 'en' }));
    // 45,060 cases / 6,174,050 residents × 100,000 = 729.83 (Maoming, 2024)
    expect(rows[0]?.[head!.indexOf('Region code')]).toBe('440900');
    expect(rows[0]?.[head!.indexOf('Value')]).toBe('729.8');
    expect(rows[0]?.[head!.indexOf('Value as shown')]).toBe('729.8');
    expect(rows[0]?.[head!.indexOf('Unit')]).toContain('per 100,000 residents');
  });

  it('table: one line per region × metric, empty cells say so', async () => {
    const [head, ...rows] = parse(await csvFor({ view: 'table', metric: 'mediation.cases' }));
    expect(head).not.toContain('名次');
    expect(rows).toHaveLength(9);
    const empty = rows.filter((r) => r[head!.indexOf('数值')] === '');
    expect(empty.map((r) => [r[0], r[3], r[head!.indexOf('显示值')]])).toEqual([
      ['411500', 'mediation.resolved', '无数据'],
      ['411500', 'mediation.success_rate', '无数据'],
    ]);
  });

  it('coverage: metrics by regions with the years of each, and the counts row', async () => {
    const [head, ...rows] = parse(await csvFor({ view: 'coverage', metric: 'review.cases' }));
    expect(head?.slice(0, 3)).toEqual(['主题', '指标代码', '指标']);
    expect(head).toContain('茂名市');
    expect(rows.find((r) => r[1] === 'review.cases')?.[3 + head!.slice(3).indexOf('茂名市')]).toBe('2023, 2024');
    expect(rows.at(-1)?.[2]).toBe('有数据的指标');
  });
});
