// Theme profile → ECharts option: a theme's metrics as grouped bars, each scaled to its own maximum (= 100).
import type { EChartsCoreOption } from 'echarts/core';
import type { Metric, Region } from '../dataset/schema.ts';
import type { ProfileCell } from '../dataset/select/profileCells.ts';
import type { BuildContext } from './buildContext.ts';
import { regionName, subtitleStyle, valueText, yearWord } from './chartText.ts';
import { observationKey } from '../dataset/observationKey.ts';
import { FONT_FAMILY, PALETTE } from './palette.ts';
import { qualifierStyle } from './qualifierStyle.ts';
import { tooltipHtml } from './tooltipHtml.ts';
import { differences } from '../dataset/select/comparability.ts';
import { differencesText, NOT_COMPARABLE_MARK } from './differenceText.ts';
import { LABELS_INSIDE_GRID } from './labelsInsideGrid.ts';

export interface ProfileInput {
  themeName: string;
  metrics: Metric[];
  regions: Region[];
  cells: ProfileCell[];
  year: number | 'latest';
  perCapita: boolean;
}

export interface ProfileDatum {
  value: number;
  obsKey: string;
  tooltip: string;
  itemStyle: Record<string, unknown>;
}

export const buildProfileOption = (input: ProfileInput, ctx: BuildContext): EChartsCoreOption => {
  const { metrics, cells, perCapita } = input;
  const regions = input.regions.filter((r) => cells.some((c) => c.region.code === r.code));
  const cellAt = new Map(cells.map((c) => [`${c.region.code}|${c.metric.id}`, c]));
  const metricNames = metrics.map((m) => m.name[ctx.lang]);

  const subtext = `${ctx.t('chart.scaledAxis')} · ${yearWord(input.year, ctx)}`;
  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY },
    color: PALETTE,
    title: { text: input.themeName, subtext, left: 8, top: 4, subtextStyle: subtitleStyle(subtext, ctx) },
    aria: { enabled: true, label: { description: ctx.t('chart.aria', { title: input.themeName, summary: metricNames.join(', ') }) } },
    legend: { type: 'scroll', top: ctx.compact ? 68 : 52, left: 8, right: 8 },
    grid: { left: 8, right: 24, top: ctx.compact ? 104 : 88, bottom: 16, ...LABELS_INSIDE_GRID },
    tooltip: { trigger: 'item', confine: true, formatter: (p: { data?: ProfileDatum }) => p.data?.tooltip ?? '' },
    xAxis: { type: 'value', max: 100, name: '' },
    yAxis: { type: 'category', data: metricNames, inverse: true, axisLabel: { width: ctx.compact ? 96 : 210, overflow: 'truncate' } },
    series: regions.map((region, i) => {
      const color = PALETTE[i % PALETTE.length] ?? '#0072B2';
      const name = regionName(region, ctx);
      return {
        type: 'bar',
        name,
        itemStyle: { color },
        cursor: 'pointer',
        data: metrics.map((metric): ProfileDatum | '-' => {
          const c = cellAt.get(`${region.code}|${metric.id}`);
          if (!c) return '-';
          const differs = differences(c.observation);
          const text = `${valueText(c.value, metric, c.observation.qualifier, perCapita, ctx)}${differs.length > 0 ? ` ${NOT_COMPARABLE_MARK}` : ''}`;
          return {
            value: Math.round(c.scaled * 10) / 10,
            obsKey: observationKey(c.observation),
            tooltip: tooltipHtml(
              { title: `${name} · ${metric.name[ctx.lang]}`, value: text, qualifier: c.observation.qualifier, year: c.observation.year, ...(differs.length > 0 ? { note: differencesText(differs, ctx) } : {}) },
              ctx,
            ),
            itemStyle: qualifierStyle(c.observation.qualifier, color).itemStyle,
          };
        }),
      };
    }),
  };
};
