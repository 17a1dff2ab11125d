// The chart drawn at build time into index.html (scripts/prerender/). At build time this context turns the first
// chart's option into its SVG markup; in the browser, while the app hydrates that page, it hands back the markup the
// page already holds, so the chart's first render matches it. Everywhere else there is none.
import { createContext } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

export interface ChartToPrerender {
  option: EChartsCoreOption;
  height: number;
}

export type PrerenderChart = (chart: ChartToPrerender) => string;

export const PrerenderedChart = createContext<PrerenderChart | null>(null);
