// Trend → ECharts option: one line per region across years; each point's symbol says its qualifier.
import type { EChartsCoreOption } from 'echarts/core';
import { QUALIFIERS, type Metric } from '../dataset/schema.ts';
import type { TrendSeries } from '../dataset/select/trendSeries.ts';
import type { BuildContext } from './buildContext.ts';
import { chartSubtitle, regionName, valueText } from './chartText.ts';
import { observationKey } from '../dataset/observationKey.ts';
import { FONT_FAMILY, PALETTE } from './palette.ts';
import { qualifierStyle } from './qualifierStyle.ts';
import { tooltipHtml } from './tooltipHtml.ts';
import { differences } from '../dataset/select/comparability.ts';
import { differencesText, NOT_COMPARABLE_MARK } from './differenceText.ts';
import { formatCompact } from '../i18n/formatNumber.ts';
import { LABELS_INSIDE_GRID } from './labelsInsideGrid.ts';

export interface TrendInput {
  series: TrendSeries[];
  years: number[];
  metric: Metric;
  perCapita: boolean;
  populationYear: number | null;
}

export interface TrendDatum {
  value: number;
  obsKey: string;
  tooltip: string;
  symbol: string;
  symbolSize: number;
  itemStyle: Record<string, unknown>;
}

export const buildTrendOption = (input: TrendInput, ctx: BuildContext): EChartsCoreOption => {
  const { metric, perCapita } = input;
  const years = input.years.map(String);
  const drawn = input.series.filter((s) => s.points.length > 0);
  const first = years[0];
  const last = years.at(-1);
  const shapesShown = QUALIFIERS.filter((q) => drawn.some((s) => s.points.some((p) => p.observation.qualifier === q)));
  const yearText = first === undefined ? '' : first === last ? ctx.t('chart.yearLabel', { year: first }) : ctx.t('chart.yearRange', { from: first, to: last });

  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY },
    color: PALETTE,
    title: [
      { text: metric.name[ctx.lang], subtext: chartSubtitle({ metric, yearText, perCapita, populationYear: input.populationYear }, ctx), left: 8, top: 4 },
      // The legend names the regions (colour swatches); this line names the shapes that tell exact values from estimates.
      { subtext: ctx.t('chart.pointShapes', { items: shapesShown.map((q) => ctx.t(`chart.pointShape.${q}`)).join('  ') }), left: 8, bottom: 0 },
    ],
    aria: {
      enabled: true,
      label: {
        description: ctx.t('chart.aria', {
          title: metric.name[ctx.lang],
          summary: drawn
            .map((s) => `${regionName(s.region, ctx)}: ${s.points.map((p) => `${p.year} ${valueText(p.value, metric, p.observation.qualifier, perCapita, ctx)}`).join(', ')}`)
            .join('; '),
        }),
      },
    },
    // Swatches, not the series' point shape: a region's points take several shapes, by qualifier.
    legend: { type: 'scroll', top: 52, left: 8, right: 8, icon: 'roundRect' },
    grid: { left: 8, right: 24, top: 96, bottom: 40, ...LABELS_INSIDE_GRID },
    tooltip: { trigger: 'item', confine: true, formatter: (p: { data?: TrendDatum }) => p.data?.tooltip ?? '' },
    xAxis: { type: 'category', data: years, boundaryGap: false },
    yAxis: {
      type: 'value',
      scale: metric.unit === 'percent',
      max: metric.unit === 'percent' && !perCapita ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatCompact(v, ctx.lang) },
    },
    series: drawn.map((s, i) => {
      const color = PALETTE[i % PALETTE.length] ?? '#0072B2';
      const name = regionName(s.region, ctx);
      const hasDerived = s.points.some((p) => p.observation.qualifier === 'derived');
      return {
        type: 'line',
        name,
        connectNulls: false,
        lineStyle: { color, type: hasDerived ? 'dashed' : 'solid', width: 2 },
        itemStyle: { color },
        cursor: 'pointer',
        // One entry per year of the axis: a year without a value is a gap ('-'), so no line is drawn through it.
        data: years.map((y): TrendDatum | '-' => {
          const p = s.points.find((point) => String(point.year) === y);
          if (!p) return '-';
          const look = qualifierStyle(p.observation.qualifier, color);
          const differs = differences(p.observation);
          const text = `${valueText(p.value, metric, p.observation.qualifier, perCapita, ctx)}${differs.length > 0 ? ` ${NOT_COMPARABLE_MARK}` : ''}`;
          return {
            value: p.value,
            obsKey: observationKey(p.observation),
            tooltip: tooltipHtml(
              { title: name, value: text, qualifier: p.observation.qualifier, year: p.year, ...(differs.length > 0 ? { note: differencesText(differs, ctx) } : {}) },
              ctx,
            ),
            symbol: look.symbol,
            symbolSize: p.observation.qualifier === 'exact' ? 8 : 11,
            // Line symbols carry the qualifier by shape; a hollow circle for derived points.
            itemStyle: { color, borderColor: color, borderWidth: 2 },
          };
        }),
      };
    }),
  };
};
