// The branches of the option builders and their shared texts and styles, each value written out by hand
// (survivors of the mutation run: percent axes, scroll bars, phone widths, year texts, unit words, qualifier looks).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRankOption } from '../../../src/charts/buildRankOption.ts';
import { buildTrendOption } from '../../../src/charts/buildTrendOption.ts';
import { buildProfileOption } from '../../../src/charts/buildProfileOption.ts';
import {
  chartSubtitle,
  regionName,
  subtitleStyle,
  unitWord,
  valueText,
  yearWord,
} from '../../../src/charts/chartText.ts';
import { qualifierStyle } from '../../../src/charts/qualifierStyle.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import { trendSeries } from '../../../src/dataset/select/trendSeries.ts';
import { profileCells } from '../../../src/dataset/select/profileCells.ts';
import type { Metric } from '../../../src/dataset/schema.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { en } from '../../../src/i18n/en.ts';
import type { BuildContext } from '../../../src/charts/buildContext.ts';
import { fixtureModel } from '../../fixtures/loadFixture.ts';

const model = fixtureModel();
const regions = model.dataset.regions;
const metric = (id: string) => model.metricById.get(id)!;
let ctx: BuildContext;
let zhCtx: BuildContext;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: { zh: { translation: zh }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  ctx = { t: i18n.getFixedT('en'), lang: 'en' };
  zhCtx = { t: i18n.getFixedT('zh'), lang: 'zh' };
});

const at = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);

const rank = (
  id: string,
  opts: { perCapita?: boolean; visibleBars?: number; year?: number | 'latest'; c?: BuildContext } = {},
) =>
  buildRankOption(
    {
      ranking: rankRegions(model.index, regions, metric(id), opts.year ?? 'latest', opts.perCapita ?? false),
      metric: metric(id),
      year: opts.year ?? 'latest',
      perCapita: opts.perCapita ?? false,
      populationYear: 2020,
      ...(opts.visibleBars === undefined ? {} : { visibleBars: opts.visibleBars }),
    },
    opts.c ?? ctx,
  );

describe('buildRankOption branches', () => {
  it('a rate is drawn on a 0–100 axis; a count, or a value per capita, is not capped', () => {
    expect(at(rank('mediation.success_rate'), 'xAxis.max')).toBe(100);
    expect(at(rank('mediation.success_rate', { perCapita: true }), 'xAxis.max')).toBeUndefined();
    expect(at(rank('mediation.cases'), 'xAxis.max')).toBeUndefined();
  });

  it('a scroll bar appears past the visible bars, showing the first of them', () => {
    // latest mediation cases: Xinyang, Maoming, Qingcheng — three bars
    expect(at(rank('mediation.cases', { visibleBars: 2 }), 'dataZoom')).toEqual([
      { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 1, right: 4, width: 14 },
      { type: 'inside', yAxisIndex: 0 },
    ]);
    // No scroll bar at all (not an empty list, which would still ask for the lazily loaded component).
    expect(at(rank('mediation.cases', { visibleBars: 3 }), 'dataZoom')).toBeUndefined();
    expect(at(rank('mediation.cases'), 'dataZoom')).toBeUndefined();
  });

  it('an empty ranking says so to a screen reader', () => {
    expect(at(rank('review.cases', { year: 2022 }), 'aria.label.description')).toBe(
      'Administrative review cases: No region has data for this metric',
    );
  });

  it('the legend names the qualifiers present, in their order', () => {
    expect(at(rank('mediation.cases'), 'legend.data')).toEqual(['Exact', 'Approximate']);
  });

  it('narrower region labels on a phone', () => {
    expect(at(rank('mediation.cases', { c: { ...ctx, compact: true } }), 'yAxis.axisLabel.width')).toBe(84);
    expect(at(rank('mediation.cases'), 'yAxis.axisLabel.width')).toBe(140);
  });
});

describe('buildTrendOption branches', () => {
  const trend = (m: Metric, years: number[], perCapita = false) =>
    buildTrendOption(
      {
        series: trendSeries(model.index, regions, m, { from: null, to: null }, perCapita).series,
        years,
        metric: m,
        perCapita,
        populationYear: 2020,
      },
      ctx,
    );

  it('names one year, a range from the first to the last, or none', () => {
    expect(at(trend(metric('review.cases'), [2024]), 'title.0.subtext')).toBe('2024 · cases');
    expect(at(trend(metric('review.cases'), [2022, 2023, 2024]), 'title.0.subtext')).toBe(
      '2022–2024 · cases',
    );
    expect(at(trend(metric('review.cases'), []), 'title.0.subtext')).toBe(' · cases');
  });

  it('a rate has a scaled axis capped at 100, unless per capita', () => {
    expect(at(trend(metric('mediation.success_rate'), [2024]), 'yAxis')).toMatchObject({
      type: 'value',
      scale: true,
      max: 100,
    });
    expect(at(trend(metric('mediation.success_rate'), [2024], true), 'yAxis.max')).toBeUndefined();
    expect(at(trend(metric('review.cases'), [2024]), 'yAxis')).toMatchObject({
      scale: false,
      max: undefined,
    });
  });

  it('the tenth line takes the palette from its start again', () => {
    const one = trendSeries(model.index, regions, metric('review.cases'), { from: null, to: null }, false)
      .series[0]!;
    const option = buildTrendOption(
      {
        series: Array.from({ length: 10 }, () => one),
        years: [2023, 2024],
        metric: metric('review.cases'),
        perCapita: false,
        populationYear: 2020,
      },
      ctx,
    );
    expect(
      (at(option, 'series') as { itemStyle: { color: string } }[]).map((s) => s.itemStyle.color),
    ).toEqual([
      '#0072B2',
      '#E69F00',
      '#009E73',
      '#CC79A7',
      '#56B4E9',
      '#D55E00',
      '#F0E442',
      '#999999',
      '#0072B2',
      '#E69F00',
    ]);
  });
});

describe('buildProfileOption branches', () => {
  it('leaves room for a wrapped subtitle and shorter labels on a phone', () => {
    const metrics = [metric('mediation.cases')];
    const option = buildProfileOption(
      {
        themeName: 'Mediation',
        metrics,
        regions,
        cells: profileCells(model.index, regions, metrics, 'latest', false).cells,
        year: 'latest',
        perCapita: false,
      },
      { ...ctx, compact: true },
    );
    expect(at(option, 'legend.top')).toBe(68);
    expect(at(option, 'grid.top')).toBe(104);
    expect(at(option, 'yAxis.axisLabel.width')).toBe(96);
    expect(at(option, 'title.subtext')).toBe(
      'Relative value (largest for the metric = 100) · latest year per region',
    );
    // about 70 Latin characters × 8 px = 560 px, past the phone's 300
    expect(at(option, 'title.subtextStyle')).toEqual({ width: 300, overflow: 'break' });
  });
});

describe('chart texts', () => {
  it('the unit word: percent, yuan, the metric’s counter, or the unit’s name', () => {
    expect(unitWord(metric('mediation.success_rate'), ctx)).toBe('percent');
    expect(unitWord({ ...metric('review.cases'), unit: 'yuan' }, ctx)).toBe('yuan');
    expect(unitWord(metric('review.cases'), ctx)).toBe('cases');
    expect(unitWord(metric('review.cases'), zhCtx)).toBe('件');
    expect(unitWord({ ...metric('review.cases'), unit: 'people', counter: undefined }, ctx)).toBe('people');
  });

  it('the year word', () => {
    expect(yearWord('latest', ctx)).toBe('latest year per region');
    expect(yearWord(2023, ctx)).toBe('2023');
  });

  it('a per-capita subtitle names the census year, or leaves it blank when unknown', () => {
    const m = metric('mediation.cases');
    expect(chartSubtitle({ metric: m, yearText: '2024', perCapita: true, populationYear: 2020 }, ctx)).toBe(
      '2024 · per 100,000 residents (2020 census)',
    );
    expect(chartSubtitle({ metric: m, yearText: '2024', perCapita: true, populationYear: null }, ctx)).toBe(
      '2024 · per 100,000 residents ( census)',
    );
  });

  it('a rate is printed as a rate even in a per-capita view', () => {
    expect(valueText(97.76, metric('mediation.success_rate'), 'exact', true, ctx)).toBe('97.76%');
    expect(valueText(729.8289, metric('mediation.cases'), 'exact', true, ctx)).toBe('729.8');
  });

  it('a region a person added says so', () => {
    const region = { ...regions[0]!, user_added: true };
    expect(regionName(region, ctx)).toBe('Maoming (added)');
    expect(regionName(regions[0]!, ctx)).toBe('Maoming');
  });

  it('a subtitle wraps only past its room: 12 px a CJK character (from U+2E80), 8 px any other', () => {
    expect(subtitleStyle('a'.repeat(112), {})).toEqual({});
    expect(subtitleStyle('a'.repeat(113), {})).toEqual({ width: 900, overflow: 'break' });
    expect(subtitleStyle('字'.repeat(75), {})).toEqual({});
    expect(subtitleStyle('字'.repeat(76), {})).toEqual({ width: 900, overflow: 'break' });
    expect(subtitleStyle('\u2e80'.repeat(76), {})).toEqual({ width: 900, overflow: 'break' });
    expect(subtitleStyle('\u2e7f'.repeat(76), {})).toEqual({});
    expect(subtitleStyle('字'.repeat(25), { compact: true })).toEqual({});
    expect(subtitleStyle('字'.repeat(26), { compact: true })).toEqual({ width: 300, overflow: 'break' });
  });
});

describe('qualifierStyle', () => {
  it('solid circles for exact values', () => {
    expect(qualifierStyle('exact', '#123456')).toEqual({
      itemStyle: { color: '#123456', borderColor: '#123456', borderWidth: 1 },
      symbol: 'circle',
    });
  });

  it('diagonal hatching and triangles for approximate values', () => {
    expect(qualifierStyle('approx', '#123456')).toEqual({
      itemStyle: {
        color: '#123456',
        borderColor: '#123456',
        borderWidth: 1,
        decal: {
          symbol: 'rect',
          dashArrayX: [1, 0],
          dashArrayY: [3, 3],
          rotation: -0.7853981633974483,
          color: 'rgba(255,255,255,0.7)',
        },
      },
      symbol: 'triangle',
    });
  });

  it('dots and diamonds for lower bounds', () => {
    expect(qualifierStyle('lower_bound', '#123456')).toEqual({
      itemStyle: {
        color: '#123456',
        borderColor: '#123456',
        borderWidth: 1,
        decal: {
          symbol: 'circle',
          symbolSize: 0.6,
          dashArrayX: [4, 2],
          dashArrayY: [4, 2],
          color: 'rgba(255,255,255,0.75)',
        },
      },
      symbol: 'diamond',
    });
  });

  it('hollow, dashed and empty circles for derived values', () => {
    expect(qualifierStyle('derived', '#123456')).toEqual({
      itemStyle: { color: 'transparent', borderColor: '#123456', borderWidth: 2, borderType: 'dashed' },
      symbol: 'emptyCircle',
    });
  });
});
