import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRankOption, phoneAxisLabel, type RankDatum } from '../../../src/charts/buildRankOption.ts';
import { buildTrendOption, type TrendDatum } from '../../../src/charts/buildTrendOption.ts';
import { buildProfileOption, type ProfileDatum } from '../../../src/charts/buildProfileOption.ts';
import { nameList, regionName, subtitleStyle, widestLine } from '../../../src/charts/chartText.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import { profileCells } from '../../../src/dataset/select/profileCells.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { en } from '../../../src/i18n/en.ts';
import type { BuildContext } from '../../../src/charts/buildContext.ts';
import { fixtureModel } from '../../fixtures/loadFixture.ts';

const model = fixtureModel();
const regions = model.dataset.regions;
const metric = (id: string) => model.metricById.get(id)!;
let zhCtx: BuildContext;
let enCtx: BuildContext;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'zh',
    resources: { zh: { translation: zh }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  zhCtx = { t: i18n.getFixedT('zh'), lang: 'zh' };
  enCtx = { t: i18n.getFixedT('en'), lang: 'en' };
});

type Series = {
  name: string;
  data: unknown[];
  itemStyle?: Record<string, unknown>;
  lineStyle?: Record<string, unknown>;
  connectNulls?: boolean;
};
const seriesOf = (option: Record<string, unknown>) => option.series as Series[];

describe('buildRankOption', () => {
  const input = (year: number | 'latest' = 'latest') => ({
    ranking: rankRegions(model.index, regions, metric('review.cases'), year, false),
    metric: metric('review.cases'),
    year,
    perCapita: false,
    populationYear: 2020,
  });

  it('draws one stacked series per qualifier present, each styled apart', () => {
    const option = buildRankOption(input(2023), zhCtx) as Record<string, unknown>;
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['下限', '推算值']);
    expect(series[0]?.itemStyle?.decal).toBeDefined();
    expect(series[1]?.itemStyle).toMatchObject({ color: 'transparent', borderType: 'dashed' });
    // Each region sits in exactly one series; the others hold a gap, never a zero.
    expect(series[0]?.data.map((d) => (d === '-' ? '-' : (d as RankDatum).value))).toEqual([1500, '-']);
    expect(series[1]?.data.map((d) => (d === '-' ? '-' : (d as RankDatum).value))).toEqual(['-', 1028]);
    expect((option.yAxis as { data: string[] }).data).toEqual(['信阳市', '茂名市']);
  });

  it('drops the value axis numbers on a phone, where each bar carries its value', () => {
    const axis = (compact: boolean) =>
      (buildRankOption(input(), { ...zhCtx, compact }) as { xAxis: { axisLabel: { show: boolean } } }).xAxis
        .axisLabel.show;
    expect([axis(false), axis(true)]).toEqual([true, false]);
  });

  it('wraps a long region name instead of cutting it, and on a phone gives the added mark a line of its own', () => {
    const yAxisOf = (compact: boolean) =>
      (
        buildRankOption(input(), { ...zhCtx, compact }) as {
          yAxis: { axisLabel: { overflow: string; formatter?: (v: string) => string } };
        }
      ).yAxis.axisLabel;
    // Short names keep their own width (a wrapping label would take all 140 px from the plot); a long one wraps.
    expect(yAxisOf(false).overflow).toBe('truncate');
    // A line height, like a wrap, would make the short label take all its 140 px (bars would start far from it).
    expect((yAxisOf(false) as { lineHeight?: number }).lineHeight).toBeUndefined();
    expect(yAxisOf(false).formatter).toBeUndefined();
    const long = {
      ...regions[0]!,
      name: { zh: '湘西土家族苗族自治州永顺县', en: 'Yongshun County, Xiangxi' },
    };
    const ranking = rankRegions(model.index, [long], metric('review.cases'), 'latest', false);
    const longAxis = (
      buildRankOption({ ...input(), ranking }, zhCtx) as { yAxis: { axisLabel: { overflow: string } } }
    ).yAxis.axisLabel;
    expect(longAxis.overflow).toBe('break');
    expect(widestLine('湘西土家族苗族自治州永顺县')).toBe(156);
    expect(widestLine('Taicang\nSuzhou')).toBeCloseTo(7 * 6.6);
    const onPhone = yAxisOf(true).formatter!;
    expect(onPhone('乌鲁木齐市（自添）')).toBe('乌鲁木齐市\n（自添）');
    expect(onPhone('信阳市')).toBe('信阳市');
    expect(phoneAxisLabel(enCtx)('Wulumuqi (added)')).toBe('Wulumuqi\n(added)');
    expect(phoneAxisLabel(enCtx)('Suxian District, Chenzhou')).toBe('Suxian District\nChenzhou');
    expect(phoneAxisLabel(enCtx)('Taicang, Suzhou (added)')).toBe('Taicang\nSuzhou\n(added)');
  });

  it('labels each bar with its mark and, in latest mode with mixed years, its year', () => {
    const series = seriesOf(buildRankOption(input(), enCtx) as Record<string, unknown>);
    const labels = series.flatMap((s) =>
      s.data.filter((d) => d !== '-').map((d) => (d as RankDatum).labelText),
    );
    expect(labels).toEqual(['2,056 (2024)', '≥1,500 (2023)']);
  });

  it('titles in the current language and escapes data in tooltips', () => {
    const evil = { ...regions[0]!, name: { zh: '<img src=x onerror=alert(1)>', en: '<b>x</b>' } };
    const ranking = rankRegions(model.index, [evil], metric('review.cases'), 'latest', false);
    const option = buildRankOption({ ...input(), ranking }, enCtx) as { title: { text: string }[] } & Record<
      string,
      unknown
    >;
    expect(option.title[0]?.text).toBe('Administrative review cases');
    const tooltip = (seriesOf(option)[0]?.data[0] as RankDatum).tooltip;
    expect(tooltip).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(tooltip).not.toContain('<b>x</b>');
  });
});

describe('buildTrendOption', () => {
  it('marks derived points hollow and dashes lines that contain them', () => {
    const trend = trendSeries(model.index, regions, metric('review.cases'), { from: null, to: null }, false);
    const option = buildTrendOption(
      { ...trend, metric: metric('review.cases'), perCapita: false, populationYear: 2020 },
      zhCtx,
    ) as Record<string, unknown>;
    const maoming = seriesOf(option).find((s) => s.name === '茂名市')!;
    const points = maoming.data as Array<TrendDatum | '-'>;
    // One entry per year of the axis (2023, 2024 here).
    expect(points.map((p) => (p === '-' ? p : [p.value, p.symbol]))).toEqual([
      [1028, 'emptyCircle'],
      [2056, 'circle'],
    ]);
    expect(maoming.lineStyle?.type).toBe('dashed');
    expect(seriesOf(option).map((s) => s.name)).toEqual(['茂名市', '信阳市']);
  });

  it('never draws a line through a year without a value: the year is a gap', () => {
    const m = metric('review.cases');
    const point = (year: number, value: number) => ({
      year,
      value,
      observation: {
        region: '440900',
        year,
        metric: m.id,
        value,
        qualifier: 'exact' as const,
        source: 's',
        evidence: 'e',
        scope: 'region' as const,
        period: { kind: 'full_year' as const },
      },
    });
    const option = buildTrendOption(
      {
        series: [{ region: regions[0]!, points: [point(2021, 10), point(2023, 30)] }],
        years: [2021, 2022, 2023],
        metric: m,
        perCapita: false,
        populationYear: 2020,
      },
      zhCtx,
    ) as Record<string, unknown>;
    const data = seriesOf(option)[0]!.data as Array<TrendDatum | '-'>;
    expect(data.map((d) => (d === '-' ? '-' : d.value))).toEqual([10, '-', 30]);
    expect(seriesOf(option)[0]!.connectNulls).toBe(false);
  });

  it('legends regions by colour and names every point shape shown, not only the derived one', () => {
    const trend = trendSeries(model.index, regions, metric('review.cases'), { from: null, to: null }, false);
    const option = buildTrendOption(
      { ...trend, metric: metric('review.cases'), perCapita: false, populationYear: 2020 },
      zhCtx,
    ) as Record<string, unknown>;
    expect((option.legend as { icon?: string }).icon).toBe('roundRect');
    const titles = option.title as Array<{ subtext?: string }>;
    // review.cases here: 茂名 exact 2024 and derived 2023, 信阳 a lower bound.
    expect(titles[1]?.subtext).toBe('数据点形状：● 确数  ◆ 下限  ○ 推算值（虚线）');
  });
});

describe('buildProfileOption', () => {
  it('puts the scaled value on the bar and keeps the real value for the tooltip', () => {
    const metrics = [metric('mediation.cases'), metric('mediation.success_rate')];
    const profile = profileCells(model.index, regions, metrics, 'latest', false);
    const option = buildProfileOption(
      { themeName: '人民调解', ...profile, regions, year: 'latest', perCapita: false },
      zhCtx,
    ) as Record<string, unknown>;
    const xinyang = seriesOf(option).find((s) => s.name === '信阳市')!;
    expect((xinyang.data[0] as ProfileDatum).value).toBe(100);
    expect((xinyang.data[0] as ProfileDatum).tooltip).toContain('≈5.9万');
    expect(xinyang.data[1]).toBe('-');
  });
});

describe('nameList', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `R${i + 1}`);
  it('lists up to a dozen names in full, in each language’s list style', () => {
    expect(nameList(['茂名市', '信阳市'], zhCtx)).toBe('茂名市、信阳市');
    expect(nameList(names(12), enCtx)).toBe(names(12).join(', '));
  });
  it('past a dozen, names twelve and counts the rest', () => {
    expect(nameList(names(3000), enCtx)).toBe(`${names(12).join(', ')} and 2988 more`);
    expect(nameList(names(13), zhCtx)).toBe(`${names(12).join('、')}，另有 1 个地区`);
  });
});

describe('subtitleStyle', () => {
  it('wraps only a subtitle that may not fit its room', () => {
    expect(subtitleStyle('各地最新年份 · 件', {})).toEqual({});
    expect(subtitleStyle('各地最新年份 · 件'.repeat(8), { compact: true })).toEqual({
      width: 300,
      overflow: 'break',
    });
    expect(subtitleStyle('x'.repeat(120), {})).toEqual({ width: 900, overflow: 'break' });
  });
});

describe('a user-added region', () => {
  it('carries a short mark in each language, so its label is not cut', () => {
    const added = {
      ...regions[0]!,
      name: { zh: '深圳市坪山区', en: 'Pingshan District, Shenzhen' },
      user_added: true,
    };
    expect(regionName(added, zhCtx)).toBe('深圳市坪山区（自添）');
    expect(regionName(added, enCtx)).toBe('Pingshan District, Shenzhen (added)');
    expect(regionName({ ...added, user_added: undefined }, enCtx)).toBe('Pingshan District, Shenzhen');
  });
});
