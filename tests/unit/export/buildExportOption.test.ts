import { contextFor, filtersWith, fixtureModel } from './context.ts';
import { buildExportOption, EXPORT_FONT_FAMILY, EXPORT_HEIGHT, EXPORT_WIDTH } from '../../../src/export/buildExportOption.ts';
import { exportAnnotations } from '../../../src/export/exportAnnotations.ts';
import { selectRecords as viewRecords, viewWords } from '../../../src/views/registry.ts';
import { buildRankOption } from '../../../src/charts/buildRankOption.ts';
import { buildTrendOption } from '../../../src/charts/buildTrendOption.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import type { Filters } from '../../../src/view-state/filters.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { countLines, type MeasureText } from '../../../src/export/textLines.ts';

const model = fixtureModel();
const regions = model.dataset.regions;

interface TextElement {
  type: string;
  top: number;
  style: { text: string; fontFamily: string; lineHeight: number; height: number };
}

/** The image option for a rank or trend view, built the way the export bar builds it. */
const exportFor = async (patch: Partial<Filters>, lang: Lang = 'zh', dark = false) => {
  const filters = filtersWith({ ...patch, lang });
  const ctx = await contextFor(lang, dark);
  const metric = model.metricById.get(filters.metric)!;
  const viewOption =
    filters.view === 'trend'
      ? buildTrendOption({ ...trendSeries(model.index, regions, metric, filters, filters.perCapita), metric, perCapita: filters.perCapita, populationYear: model.populationYear }, ctx)
      : buildRankOption({ ranking: rankRegions(model.index, regions, metric, filters.year, filters.perCapita), metric, year: filters.year, perCapita: filters.perCapita, populationYear: model.populationYear }, ctx);
  const annotations = exportAnnotations(model, filters, viewRecords(model, filters, regions), viewWords(model, filters, ctx), ctx);
  const option = buildExportOption(viewOption, annotations, ctx) as Record<string, unknown>;
  const texts = (option.graphic as TextElement[]).filter((g) => g.type === 'text');
  return { option, annotations, texts, all: texts.map((g) => g.style.text).join('\n') };
};

describe('buildExportOption', () => {
  it('draws title, subtitle, filters, sources, the no-data line and the dashboard name, in Chinese', async () => {
    const { all, annotations } = await exportFor({ view: 'rank', metric: 'mediation.cases', year: 2024 });
    expect(annotations.title).toBe(model.metricById.get('mediation.cases')!.name.zh);
    expect(all).toContain(model.metricById.get('mediation.cases')!.name.zh);
    expect(all).toContain('排名 · 2024年');
    expect(all).toContain('筛选条件：年份：2024年；地区：全部地区');
    expect(all).toContain('数据来源：《测试报告甲》、《测试报告丙》');
    expect(all).toContain('无数据：信阳市');
    expect(all).toContain('法治政府年报对比看板');
  });

  it('says the same in English', async () => {
    const { all } = await exportFor({ view: 'rank', metric: 'mediation.cases', year: 2024, perCapita: true }, 'en');
    expect(all).toContain(model.metricById.get('mediation.cases')!.name.en);
    expect(all).toContain('Ranking · 2024 · per 100,000 residents');
    expect(all).toContain('Filters: Year: 2024; Regions: All regions; Per 100,000 residents');
    expect(all).toMatch(/Sources: Fixture report A; Fixture report [BC]/);
    expect(all).toContain('No data: Xinyang');
    expect(all).toContain('Rule-of-Law Report Dashboard');
  });

  it('adds the note line only when approximate, lower-bound or derived values are shown', async () => {
    expect((await exportFor({ view: 'rank', metric: 'mediation.cases', year: 2024 })).annotations.note).toBeNull();
    const approx = await exportFor({ view: 'rank', metric: 'mediation.cases', year: 'latest' });
    expect(approx.all).toContain('注：≈ 约数');
    expect(approx.all).not.toContain('†');
    const trend = await exportFor({ view: 'trend', metric: 'review.cases' }, 'en');
    expect(trend.all).toContain('Note: ≥ lower bound');
    expect(trend.all).toContain('† derived');
    expect(trend.all).toContain('Trend · 2023–2024');
  });

  it('names a dozen of the regions without data and counts the rest, as the page does', async () => {
    const ctx = await contextFor('en');
    const filters = filtersWith({ view: 'rank', metric: 'mediation.cases', lang: 'en' });
    const region = regions[0]!;
    const metric = model.metricById.get('mediation.cases')!;
    const records = Array.from({ length: 3000 }, (_, i) => ({
      region: { ...region, code: String(100000 + i), name: { zh: `地区${i}`, en: `Region ${i}` } },
      metric,
      observation: null,
      value: null,
      perCapita: false,
    }));
    const { missing } = exportAnnotations(model, filters, { kind: 'values', view: 'rank', records }, viewWords(model, filters, ctx), ctx);
    expect(missing).toBe(`No data: ${records.slice(0, 12).map((r) => r.region.name.en).join(', ')} and 2988 more`);
  });

  it('keeps a long ranking to the window the screen shows, and says which ranks of how many', async () => {
    const ctx = await contextFor('zh');
    const names = Array.from({ length: 300 }, (_, i) => `地区${i}`);
    const viewOption = {
      yAxis: { type: 'category', data: names },
      xAxis: { type: 'value' },
      dataZoom: [{ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 24 }, { type: 'inside', yAxisIndex: 0 }],
      series: [{ type: 'bar', data: names.map((_, i) => 300 - i) }],
    };
    const filters = filtersWith({ view: 'rank', metric: 'mediation.cases', year: 2024 });
    const annotations = exportAnnotations(model, filters, viewRecords(model, filters, regions), viewWords(model, filters, ctx), ctx, { first: 51, last: 75, total: 300 });
    expect(annotations.subtitle).toContain('第 51–75 名，共 300 个地区');
    const scrolled = buildExportOption(viewOption, annotations, ctx, undefined, { startValue: 50, endValue: 74 });
    expect(scrolled.dataZoom).toEqual([{ type: 'inside', yAxisIndex: 0, startValue: 50, endValue: 74 }]);
    // Without a window read from the screen, the one the option was built with.
    expect(buildExportOption(viewOption, annotations, ctx).dataZoom).toEqual([{ type: 'inside', yAxisIndex: 0, startValue: 0, endValue: 24 }]);
    const { dataZoom: _none, ...short } = viewOption;
    expect(buildExportOption(short, annotations, ctx, undefined, { startValue: 50, endValue: 74 }).dataZoom).toBeUndefined();
    const every = exportAnnotations(model, filters, viewRecords(model, filters, regions), viewWords(model, filters, ctx), ctx, { first: 1, last: 3, total: 3 });
    expect(every.subtitle).not.toContain('名，共');
  });

  it('names the regions a selection leaves out and the chosen regions in the filter line', async () => {
    const { all } = await exportFor({ view: 'rank', metric: 'mediation.cases', regions: ['440900', '411500'], level: 'prefecture' }, 'en');
    expect(all).toContain('Regions: Maoming, Xinyang');
    expect(all).toContain('Level: Prefecture');
  });

  it('lays out a fixed 1200×675 image: header above the plot, footer below, legend in its own column, no overlaps', async () => {
    const { option, texts } = await exportFor({ view: 'trend', metric: 'review.cases' }, 'en');
    const grid = option.grid as { top: number; bottom: number; left: number; right: number; outerBoundsMode: string };
    const legend = option.legend as { orient: string; right: number; left?: number; top: number };
    const boxes = texts.map((g) => ({ top: g.top, bottom: g.top + g.style.height, text: g.style.text }));
    const header = boxes.filter((b) => b.bottom <= grid.top);
    const footer = boxes.filter((b) => b.top >= EXPORT_HEIGHT - grid.bottom);
    expect(header).toHaveLength(3);
    expect(header.length + footer.length).toBe(boxes.length);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    expect(boxes.at(-1)!.bottom).toBeLessThanOrEqual(EXPORT_HEIGHT);
    expect(grid.outerBoundsMode).toBe('same');
    expect(grid.right).toBeGreaterThan(200);
    expect(legend).toMatchObject({ orient: 'vertical', top: grid.top });
    expect(legend.left).toBeUndefined();
    expect(EXPORT_WIDTH).toBe(1200);
    expect(texts.every((g) => g.style.fontFamily === EXPORT_FONT_FAMILY)).toBe(true);
  });

  it('writes the value axis numbers a phone hides, and keeps other axes as they are', async () => {
    const ctx = await contextFor('zh');
    const filters = filtersWith({ view: 'rank', metric: 'mediation.cases', year: 2024 });
    const annotations = exportAnnotations(model, filters, viewRecords(model, filters, regions), viewWords(model, filters, ctx), ctx);
    const phone = { xAxis: { type: 'value', axisLabel: { show: false, hideOverlap: true } }, yAxis: { type: 'category', data: ['a'] }, series: [] };
    expect(buildExportOption(phone, annotations, ctx).xAxis).toEqual({ type: 'value', axisLabel: { show: true, hideOverlap: true } });
    const years = { xAxis: { type: 'category', data: ['2023', '2024'] }, yAxis: { type: 'value' }, series: [] };
    expect(buildExportOption(years, annotations, ctx).xAxis).toEqual(years.xAxis);
  });

  it('names a CJK font stack that is safe inside an SVG attribute', () => {
    expect(EXPORT_FONT_FAMILY).toMatch(/^'Noto Sans CJK SC'/);
    expect(EXPORT_FONT_FAMILY).not.toContain('"');
  });

  it('drops what only suits a screen (titles, tooltip, scroll bar, animation) and sets the background', async () => {
    const light = await exportFor({ view: 'rank', metric: 'mediation.cases' });
    expect(light.option).toMatchObject({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: EXPORT_FONT_FAMILY } });
    expect(light.option.title).toBeUndefined();
    expect(light.option.tooltip).toBeUndefined();
    expect(light.option.dataZoom).toBeUndefined();
    expect((light.option.series as unknown[]).length).toBeGreaterThan(0);
    const dark = await exportFor({ view: 'rank', metric: 'mediation.cases' }, 'zh', true);
    expect(dark.option.backgroundColor).toBe('#1c1d21');
  });
});

describe('countLines', () => {
  const mono: MeasureText = (text) => text.length * 10;
  it('wraps whole words, and CJK anywhere', () => {
    expect(countLines('aaaa bbbb cccc', 10, false, 100, 5, mono)).toBe(2);
    expect(countLines('aaaa bbbb cccc dddd eeee', 10, false, 100, 5, mono)).toBe(3);
    expect(countLines('一二三四五六七八九十一二', 10, false, 100, 5, mono)).toBe(2);
    expect(countLines('short', 10, false, 100, 5, mono)).toBe(1);
  });
  it('stops at the lines reserved', () => {
    expect(countLines('一'.repeat(100), 10, false, 100, 3, mono)).toBe(3);
  });
});
