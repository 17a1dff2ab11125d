// Tooltip formatters return HTML that ECharts puts into innerHTML: every data-derived string is escaped here.
import { format } from 'echarts/core';
import type { Qualifier } from '../dataset/schema.ts';
import type { BuildContext } from './buildContext.ts';
import { NOT_COMPARABLE_MARK } from './differenceText.ts';

export interface TooltipLine {
  title: string;
  value: string;
  qualifier: Qualifier;
  year: number;
  /** Why the value is not comparable, when it is not. */
  note?: string;
}

export const tooltipHtml = (line: TooltipLine, ctx: BuildContext): string => {
  const e = format.encodeHTML;
  return [
    `<strong>${e(line.title)}</strong>`,
    `${e(line.value)} <span style="opacity:.75">(${e(ctx.t(`qualifier.${line.qualifier}`))}, ${e(ctx.t('chart.tooltipYear', { year: line.year }))})</span>`,
    ...(line.note ? [`<span>${e(NOT_COMPARABLE_MARK)} ${e(line.note)}</span>`] : []),
    `<span style="opacity:.75">${e(ctx.t('chart.clickHint'))}</span>`,
  ].join('<br/>');
};
