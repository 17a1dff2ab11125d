// Each option builder's whole option for one small input, written out (checked by hand against the fixture:
// Xinyang ≥1,500 and Maoming 1,028† review cases in 2023; Qingcheng's 3,120 / 45,060 = 6.9 and 97.76 / 98.2 = 99.6 in
// 2024). Every label, style and layout number is part of what a person sees; the mutation run found them unchecked.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRankOption } from '../../../src/charts/buildRankOption.ts';
import { buildTrendOption } from '../../../src/charts/buildTrendOption.ts';
import { buildProfileOption } from '../../../src/charts/buildProfileOption.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import { profileCells } from '../../../src/dataset/select/profileCells.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { en } from '../../../src/i18n/en.ts';
import type { BuildContext } from '../../../src/charts/buildContext.ts';
import { fixtureModel } from '../../fixtures/loadFixture.ts';

const FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif';
const PALETTE_HEX = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
const HINT = '<br/><span style="opacity:.75">Click a bar, a point or a table cell to see its source.</span>';

const model = fixtureModel();
const regions = model.dataset.regions;
const metric = (id: string) => model.metricById.get(id)!;
let ctx: BuildContext;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: { zh: { translation: zh }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  ctx = { t: i18n.getFixedT('en'), lang: 'en' };
});

type Formatter = (p: unknown) => string;
/** The part of an option at a dotted path: 'series.0.data.1'. */
const at = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);
const fn = (o: unknown, path: string) => at(o, path) as Formatter;
const rankInput = () => ({
  ranking: rankRegions(model.index, regions, metric('review.cases'), 2023, false),
  metric: metric('review.cases'),
  year: 2023 as const,
  perCapita: false,
  populationYear: 2020,
});
const trendInput = () => {
  const t = trendSeries(model.index, regions, metric('review.cases'), { from: null, to: null }, false);
  return {
    series: t.series,
    years: t.years,
    metric: metric('review.cases'),
    perCapita: false,
    populationYear: 2020,
  };
};
const profileInput = () => {
  const metrics = [metric('mediation.cases'), metric('mediation.success_rate')];
  return {
    themeName: 'Mediation',
    metrics,
    regions,
    cells: profileCells(model.index, regions, metrics, 2024, false).cells,
    year: 2024 as const,
    perCapita: false,
  };
};

describe('options in full', () => {
  it('rank', () => {
    const option = buildRankOption(rankInput(), ctx) as unknown;
    expect(option).toEqual({
      backgroundColor: 'transparent',
      textStyle: { fontFamily: FONT },
      title: [
        { text: 'Administrative review cases', subtext: '2023 · cases', left: 8, top: 4, subtextStyle: {} },
      ],
      aria: {
        enabled: true,
        label: { description: 'Administrative review cases: Xinyang ≥1,500; Maoming 1,028†' },
      },
      legend: { data: ['Lower bound', 'Derived'], top: 50, left: 8, icon: 'roundRect' },
      grid: {
        left: 8,
        right: 110,
        top: 84,
        bottom: 16,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'item', confine: true, formatter: expect.any(Function) },
      xAxis: { type: 'value', name: '', axisLabel: { show: true, hideOverlap: true } },
      yAxis: {
        type: 'category',
        data: ['Xinyang', 'Maoming'],
        inverse: true,
        axisLabel: { width: 140, overflow: 'truncate' },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          name: 'Lower bound',
          stack: 'rank',
          barMaxWidth: 28,
          itemStyle: {
            color: '#0072B2',
            borderColor: '#0072B2',
            borderWidth: 1,
            decal: {
              symbol: 'circle',
              symbolSize: 0.6,
              dashArrayX: [4, 2],
              dashArrayY: [4, 2],
              color: 'rgba(255,255,255,0.75)',
            },
          },
          label: { show: true, position: 'right', formatter: expect.any(Function) },
          cursor: 'pointer',
          data: [
            {
              value: 1500,
              name: 'Xinyang',
              obsKey: '411500|2023|review.cases|region|full_year',
              labelText: '≥1,500',
              tooltip:
                '<strong>Xinyang</strong><br/>≥1,500 <span style="opacity:.75">(Lower bound, 2023)</span>' +
                HINT,
            },
            '-',
          ],
        },
        {
          type: 'bar',
          name: 'Derived',
          stack: 'rank',
          barMaxWidth: 28,
          itemStyle: { color: 'transparent', borderColor: '#0072B2', borderWidth: 2, borderType: 'dashed' },
          label: { show: true, position: 'right', formatter: expect.any(Function) },
          cursor: 'pointer',
          data: [
            '-',
            {
              value: 1028,
              name: 'Maoming',
              obsKey: '440900|2023|review.cases|region|full_year',
              labelText: '1,028†',
              tooltip:
                '<strong>Maoming</strong><br/>1,028† <span style="opacity:.75">(Derived, 2023)</span>' + HINT,
            },
          ],
        },
      ],
    });
    const tooltip = fn(option, 'tooltip.formatter');
    const label = fn(option, 'series.0.label.formatter');
    expect(tooltip({ data: at(option, 'series.0.data.0') })).toBe(at(option, 'series.0.data.0.tooltip'));
    expect(tooltip({})).toBe('');
    expect(label({ data: at(option, 'series.0.data.0') })).toBe('≥1,500');
    expect(label({})).toBe('');
  });

  it('trend', () => {
    const option = buildTrendOption(trendInput(), ctx) as unknown;
    expect(option).toEqual({
      backgroundColor: 'transparent',
      textStyle: { fontFamily: FONT },
      color: PALETTE_HEX,
      title: [
        { text: 'Administrative review cases', subtext: '2023–2024 · cases', left: 8, top: 4 },
        { subtext: 'Point shapes: ● exact  ◆ lower bound  ○ derived (dashed line)', left: 8, bottom: 0 },
      ],
      aria: {
        enabled: true,
        label: {
          description: 'Administrative review cases: Maoming: 2023 1,028†, 2024 2,056; Xinyang: 2023 ≥1,500',
        },
      },
      legend: { type: 'scroll', top: 52, left: 8, right: 8, icon: 'roundRect' },
      grid: {
        left: 8,
        right: 24,
        top: 96,
        bottom: 40,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'item', confine: true, formatter: expect.any(Function) },
      xAxis: { type: 'category', data: ['2023', '2024'], boundaryGap: false },
      yAxis: { type: 'value', scale: false, axisLabel: { formatter: expect.any(Function) } },
      series: [
        {
          type: 'line',
          name: 'Maoming',
          connectNulls: false,
          lineStyle: { color: '#0072B2', type: 'dashed', width: 2 },
          itemStyle: { color: '#0072B2' },
          cursor: 'pointer',
          data: [
            {
              value: 1028,
              obsKey: '440900|2023|review.cases|region|full_year',
              tooltip:
                '<strong>Maoming</strong><br/>1,028† <span style="opacity:.75">(Derived, 2023)</span>' + HINT,
              symbol: 'emptyCircle',
              symbolSize: 11,
              itemStyle: { color: '#0072B2', borderColor: '#0072B2', borderWidth: 2 },
            },
            {
              value: 2056,
              obsKey: '440900|2024|review.cases|region|full_year',
              tooltip:
                '<strong>Maoming</strong><br/>2,056 <span style="opacity:.75">(Exact, 2024)</span>' + HINT,
              symbol: 'circle',
              symbolSize: 8,
              itemStyle: { color: '#0072B2', borderColor: '#0072B2', borderWidth: 2 },
            },
          ],
        },
        {
          type: 'line',
          name: 'Xinyang',
          connectNulls: false,
          lineStyle: { color: '#E69F00', type: 'solid', width: 2 },
          itemStyle: { color: '#E69F00' },
          cursor: 'pointer',
          data: [
            {
              value: 1500,
              obsKey: '411500|2023|review.cases|region|full_year',
              tooltip:
                '<strong>Xinyang</strong><br/>≥1,500 <span style="opacity:.75">(Lower bound, 2023)</span>' +
                HINT,
              symbol: 'diamond',
              symbolSize: 11,
              itemStyle: { color: '#E69F00', borderColor: '#E69F00', borderWidth: 2 },
            },
            '-',
          ],
        },
      ],
    });
    expect(fn(option, 'tooltip.formatter')({ data: at(option, 'series.1.data.0') })).toBe(
      at(option, 'series.1.data.0.tooltip'),
    );
    expect(fn(option, 'tooltip.formatter')({})).toBe('');
    expect(fn(option, 'yAxis.axisLabel.formatter')(45000)).toBe('45K');
  });

  it('profile', () => {
    const option = buildProfileOption(profileInput(), ctx) as unknown;
    expect(option).toEqual({
      backgroundColor: 'transparent',
      textStyle: { fontFamily: FONT },
      color: PALETTE_HEX,
      title: {
        text: 'Mediation',
        subtext: 'Relative value (largest for the metric = 100) · 2024',
        left: 8,
        top: 4,
        subtextStyle: {},
      },
      aria: { enabled: true, label: { description: 'Mediation: Mediation cases, Mediation success rate' } },
      legend: { type: 'scroll', top: 52, left: 8, right: 8 },
      grid: {
        left: 8,
        right: 24,
        top: 88,
        bottom: 16,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'item', confine: true, formatter: expect.any(Function) },
      xAxis: { type: 'value', max: 100, name: '' },
      yAxis: {
        type: 'category',
        data: ['Mediation cases', 'Mediation success rate'],
        inverse: true,
        axisLabel: { width: 210, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: 'Maoming',
          itemStyle: { color: '#0072B2' },
          cursor: 'pointer',
          data: [
            {
              value: 100,
              obsKey: '440900|2024|mediation.cases|region|full_year',
              tooltip:
                '<strong>Maoming · Mediation cases</strong><br/>45,060 <span style="opacity:.75">(Exact, 2024)</span>' +
                HINT,
              itemStyle: { color: '#0072B2', borderColor: '#0072B2', borderWidth: 1 },
            },
            {
              value: 100,
              obsKey: '440900|2024|mediation.success_rate|region|full_year',
              tooltip:
                '<strong>Maoming · Mediation success rate</strong><br/>98.2% <span style="opacity:.75">(Exact, 2024)</span>' +
                HINT,
              itemStyle: { color: '#0072B2', borderColor: '#0072B2', borderWidth: 1 },
            },
          ],
        },
        {
          type: 'bar',
          name: 'Qingcheng District, Qingyuan',
          itemStyle: { color: '#E69F00' },
          cursor: 'pointer',
          data: [
            {
              value: 6.9,
              obsKey: '441802|2024|mediation.cases|region|full_year',
              tooltip:
                '<strong>Qingcheng District, Qingyuan · Mediation cases</strong><br/>3,120 <span style="opacity:.75">(Exact, 2024)</span>' +
                HINT,
              itemStyle: { color: '#E69F00', borderColor: '#E69F00', borderWidth: 1 },
            },
            {
              value: 99.6,
              obsKey: '441802|2024|mediation.success_rate|region|full_year',
              tooltip:
                '<strong>Qingcheng District, Qingyuan · Mediation success rate</strong><br/>97.76%† <span style="opacity:.75">(Derived, 2024)</span>' +
                HINT,
              itemStyle: {
                color: 'transparent',
                borderColor: '#E69F00',
                borderWidth: 2,
                borderType: 'dashed',
              },
            },
          ],
        },
      ],
    });
    expect(fn(option, 'tooltip.formatter')({ data: at(option, 'series.1.data.0') })).toBe(
      at(option, 'series.1.data.0.tooltip'),
    );
    expect(fn(option, 'tooltip.formatter')({})).toBe('');
  });
});
