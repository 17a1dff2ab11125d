// Ranking → ECharts option: horizontal bars sorted by value, one stacked series per qualifier so the legend explains the styles.
import type { EChartsCoreOption } from 'echarts/core';
import { QUALIFIERS, type Metric } from '../dataset/schema.ts';
import type { Ranking, RankRow } from '../dataset/select/rankRegions.ts';
import { differencesText, NOT_COMPARABLE_MARK } from './differenceText.ts';
import type { BuildContext } from './buildContext.ts';
import { chartSubtitle, regionName, subtitleStyle, valueText, widestLine, yearWord } from './chartText.ts';
import { observationKey } from '../dataset/observationKey.ts';
import { BAR_COLOR, FONT_FAMILY, NOT_COMPARABLE_COLOR } from './palette.ts';
import { qualifierStyle } from './qualifierStyle.ts';
import { tooltipHtml } from './tooltipHtml.ts';
import { LABELS_INSIDE_GRID } from './labelsInsideGrid.ts';

export interface RankInput {
  ranking: Ranking;
  metric: Metric;
  year: number | 'latest';
  perCapita: boolean;
  populationYear: number | null;
  /** How many bars fit before a scroll bar appears. */
  visibleBars?: number;
}

export interface RankDatum {
  value: number;
  name: string;
  obsKey: string;
  labelText: string;
  tooltip: string;
}

/**
 * A region's name as a phone's narrow axis label: 乌鲁木齐市（自添） → 乌鲁木齐市 / （自添）, and Suxian District, Chenzhou →
 * Suxian District / Chenzhou (the line break stands for the comma), so that lines break between the parts of a name rather than inside one.
 */
export const phoneAxisLabel =
  (ctx: BuildContext) =>
  (name: string): string => {
    const mark = ctx.t('addReport.userAddedSuffix');
    const withMark = name.endsWith(mark) && name.length > mark.length;
    const bare = withMark ? name.slice(0, -mark.length) : name;
    return `${bare.replaceAll(', ', '\n')}${withMark ? `\n${mark.trim()}` : ''}`;
  };

export const buildRankOption = (input: RankInput, ctx: BuildContext): EChartsCoreOption => {
  const { ranking, metric, perCapita } = input;
  const visibleBars = input.visibleBars ?? 25;
  const names = ranking.rows.map((r) => regionName(r.region, ctx));
  // A wrapping label takes its whole width from the plot even when every name is short: only long names wrap.
  const labelWidth = ctx.compact ? 84 : 140;
  const phoneLabel = ctx.compact ? phoneAxisLabel(ctx) : undefined;
  const wraps = names.some((n) => widestLine(phoneLabel ? phoneLabel(n) : n) > labelWidth);
  const present = QUALIFIERS.filter((q) =>
    ranking.rows.some((r) => r.differs.length === 0 && r.observation.qualifier === q),
  );
  const differing = ranking.rows.some((r) => r.differs.length > 0);

  // One series per qualifier for the comparable values, and one, grey and marked ‡, for those shown on request that
  // are not comparable: the legend explains both, the tooltip says why a value differs.
  const datum = (keep: (row: RankRow) => boolean) =>
    ranking.rows.map((row, i): RankDatum | '-' => {
      const o = row.observation;
      if (!keep(row)) return '-';
      const mark = row.differs.length > 0 ? ` ${NOT_COMPARABLE_MARK}` : '';
      const text = valueText(row.value, metric, o.qualifier, perCapita, ctx);
      return {
        value: row.value,
        name: names[i] ?? '',
        obsKey: observationKey(o),
        labelText: `${ranking.yearsDiffer ? `${text} (${o.year})` : text}${mark}`,
        tooltip: tooltipHtml(
          {
            title: names[i] ?? '',
            value: `${text}${mark}`,
            qualifier: o.qualifier,
            year: o.year,
            ...(row.differs.length > 0 ? { note: differencesText(row.differs, ctx) } : {}),
          },
          ctx,
        ),
      };
    });

  const subtitle = chartSubtitle(
    { metric, yearText: yearWord(input.year, ctx), perCapita, populationYear: input.populationYear },
    ctx,
  );

  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY },
    // The page lists the regions without data as text under the chart; exported images in their footer.
    title: [
      {
        text: metric.name[ctx.lang],
        subtext: subtitle,
        left: 8,
        top: 4,
        subtextStyle: subtitleStyle(subtitle, ctx),
      },
    ],
    aria: {
      enabled: true,
      label: {
        description: ctx.t('chart.aria', {
          title: metric.name[ctx.lang],
          summary:
            ranking.rows
              .map(
                (r, i) =>
                  `${names[i]} ${valueText(r.value, metric, r.observation.qualifier, perCapita, ctx)}`,
              )
              .join('; ') || ctx.t('chart.emptyRanking'),
        }),
      },
    },
    legend: {
      data: [
        ...present.map((q) => ctx.t(`qualifier.${q}`)),
        ...(differing ? [ctx.t('compare.notComparable')] : []),
      ],
      top: 50,
      left: 8,
      icon: 'roundRect',
    },
    grid: { left: 8, right: 110, top: 84, bottom: 16, ...LABELS_INSIDE_GRID },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { data?: RankDatum }) => p.data?.tooltip ?? '',
    },
    // On a phone the plot is ~120 px wide: axis numbers would overlap or thin out to two; each bar carries its value.
    xAxis: {
      type: 'value',
      name: '',
      axisLabel: { show: !ctx.compact, hideOverlap: true },
      max: metric.unit === 'percent' && !perCapita ? 100 : undefined,
    },
    // A long name wraps onto a second line (a row is 40 px high) rather than losing its end, where （自添） stands; on a
    // phone the mark and the parts of an English name have lines of their own.
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: {
        width: labelWidth,
        // (A lineHeight, like a wrap, makes the label take its whole width: only a wrapping label gets one.)
        ...(wraps ? { overflow: 'break', lineHeight: 14 } : { overflow: 'truncate' }),
        ...(phoneLabel ? { formatter: phoneLabel } : {}),
      },
      axisTick: { show: false },
    },
    // Only a long ranking has a scroll bar; an empty dataZoom list would still ask for the (lazily loaded) component.
    ...(names.length > visibleBars
      ? {
          dataZoom: [
            { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: visibleBars - 1, right: 4, width: 14 },
            { type: 'inside', yAxisIndex: 0 },
          ],
        }
      : {}),
    series: [
      ...present.map((q) => ({
        type: 'bar',
        name: ctx.t(`qualifier.${q}`),
        stack: 'rank',
        barMaxWidth: 28,
        itemStyle: qualifierStyle(q, BAR_COLOR).itemStyle,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { data?: RankDatum }) => p.data?.labelText ?? '',
        },
        cursor: 'pointer',
        data: datum((row) => row.differs.length === 0 && row.observation.qualifier === q),
      })),
      ...(differing
        ? [
            {
              type: 'bar',
              name: ctx.t('compare.notComparable'),
              stack: 'rank',
              barMaxWidth: 28,
              itemStyle: { color: NOT_COMPARABLE_COLOR, borderColor: NOT_COMPARABLE_COLOR, borderWidth: 1 },
              label: {
                show: true,
                position: 'right',
                formatter: (p: { data?: RankDatum }) => p.data?.labelText ?? '',
              },
              cursor: 'pointer',
              data: datum((row) => row.differs.length > 0),
            },
          ]
        : []),
    ],
  };
};
