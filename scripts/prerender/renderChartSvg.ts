// The first chart as SVG, drawn at build time by ECharts' server-side renderer from the option the live chart is given
// (same builder, fonts and colours): once in the light theme and once in the dark, the page's CSS showing one.
import type { ChartToPrerender, PrerenderChart } from '../../src/charts/PrerenderedChart.ts';
import { echarts } from '../../src/charts/registerEcharts.ts';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

echarts.use(SVGRenderer);

/** ECharts writes the font into a double-quoted style attribute unescaped: its family names take single quotes. */
const svgSafeFonts = (option: ChartToPrerender['option']): ChartToPrerender['option'] => {
  const textStyle = (option.textStyle ?? {}) as { fontFamily?: string };
  return { ...option, textStyle: { ...textStyle, fontFamily: textStyle.fontFamily?.replaceAll('"', "'") } };
};

const THEMES = [
  { name: 'light', theme: undefined },
  { name: 'dark', theme: 'dark' },
] as const;

/**
 * Drawn `width` pixels wide, the width of the chart in a window 1,280 pixels wide; the SVG scales to other widths
 * (keeping its proportions) until the live chart replaces it.
 */
export const renderChartSvg =
  (width: number): PrerenderChart =>
  ({ option, height }) =>
    THEMES.map(({ name, theme }) => {
      const chart = echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
      chart.setOption({ ...svgSafeFonts(option), animation: false });
      const svg = chart.renderToSVGString().replace('<svg ', '<svg preserveAspectRatio="xMinYMin meet" ');
      chart.dispose();
      return `<div class="chart-prerender__${name}">${svg}</div>`;
    }).join('');
