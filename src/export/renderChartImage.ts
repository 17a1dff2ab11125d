// Draws an export option on an offscreen chart at the fixed size and returns the file: PNG (canvas) or SVG (text stays text).
import type { EChartsCoreOption } from 'echarts/core';
import { echarts, loadChartModules, type LaterModule } from '../charts/registerEcharts.ts';
import type { Lang } from '../i18n/lang.ts';
import { EXPORT_HEIGHT, EXPORT_WIDTH, exportBackground } from './buildExportOption.ts';

export type ImageKind = { type: 'png'; scale: 2 | 4 } | { type: 'svg' };

interface RenderOptions {
  dark: boolean;
  lang: Lang;
}

/** What the image draws beyond the page's first chart: header and footer text, its legend scrolls, trend lines, and the SVG renderer when asked for. */
const modulesFor = (option: EChartsCoreOption, kind: ImageKind): LaterModule[] => {
  const series = Array.isArray(option.series) ? (option.series as Array<{ type?: string }>) : [];
  return ['graphic', 'legendScroll', ...(series.some((s) => s.type === 'line') ? (['line'] as const) : []), ...(kind.type === 'svg' ? (['svg'] as const) : [])];
};

const dataUrlToBlob = (dataUrl: string): Blob => {
  const [head = '', body = ''] = dataUrl.split(',');
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (ch) => ch.charCodeAt(0));
  return new Blob([bytes], { type });
};

export const renderChartImage = async (option: EChartsCoreOption, kind: ImageKind, { dark, lang }: RenderOptions): Promise<Blob> => {
  await loadChartModules(...modulesFor(option, kind));
  const pixelRatio = kind.type === 'png' ? kind.scale : 1;
  // Off the layout flow and off screen: the window's size never reaches the image.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', width: `${EXPORT_WIDTH}px`, height: `${EXPORT_HEIGHT}px`, pointerEvents: 'none' });
  document.body.append(host);
  const chart = echarts.init(host, dark ? 'dark' : undefined, {
    renderer: kind.type === 'svg' ? 'svg' : 'canvas',
    width: EXPORT_WIDTH,
    height: EXPORT_HEIGHT,
    devicePixelRatio: pixelRatio,
    locale: lang === 'zh' ? 'ZH' : 'EN',
  });
  try {
    chart.setOption(option);
    if (kind.type === 'svg') return new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' });
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: exportBackground(dark) }));
  } finally {
    chart.dispose();
    host.remove();
  }
};
