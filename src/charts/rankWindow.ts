// Which ranks an image of a ranking shows: the option's bars, or the scroll bar's window over them when there is one.
// An image shows what the screen shows, and says so when that is not every ranked region.
import type { EChartsCoreOption } from 'echarts/core';
import type { ZoomWindow } from './zoomWindow.ts';

/** 1-based ranks, first and last shown, of `total` ranked regions. */
export interface RankWindow {
  first: number;
  last: number;
  total: number;
}

export const rankWindow = (bars: number, zoom: ZoomWindow | null, total: number): RankWindow => {
  if (!zoom) return { first: 1, last: Math.min(bars, total), total };
  const first = Math.max(0, Math.min(zoom.startValue, zoom.endValue));
  const last = Math.min(bars - 1, Math.max(zoom.startValue, zoom.endValue));
  return { first: first + 1, last: last + 1, total };
};

export const showsEveryRank = ({ first, last, total }: RankWindow): boolean => first === 1 && last >= total;

/** How many bars (categories) a ranking's option holds. */
export const barCount = (option: EChartsCoreOption): number => {
  const data = (option.yAxis as { data?: unknown } | undefined)?.data;
  return Array.isArray(data) ? data.length : 0;
};

/** The most bars an image holds with every name still written beside its bar. */
export const IMAGE_BARS = 25;

/** A window no longer than the image holds, from its first bar on. */
export const fitWindow = (zoom: ZoomWindow | null): ZoomWindow | null => {
  if (!zoom) return null;
  const start = Math.min(zoom.startValue, zoom.endValue);
  return { startValue: start, endValue: Math.min(Math.max(zoom.startValue, zoom.endValue), start + IMAGE_BARS - 1) };
};
