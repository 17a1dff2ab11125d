// The category indices a scroll bar (dataZoom) shows, read from an option: as built, or as an instance has it now.
import type { EChartsCoreOption } from 'echarts/core';

export interface ZoomWindow {
  startValue: number;
  endValue: number;
}

/** The first scroll bar's window; null when the option has none (or it is not in category indices). */
export const zoomWindowOf = (option: EChartsCoreOption | undefined): ZoomWindow | null => {
  const zoom = Array.isArray(option?.dataZoom) ? (option.dataZoom[0] as Partial<Record<keyof ZoomWindow, unknown>> | undefined) : undefined;
  return typeof zoom?.startValue === 'number' && typeof zoom.endValue === 'number' ? { startValue: zoom.startValue, endValue: zoom.endValue } : null;
};
