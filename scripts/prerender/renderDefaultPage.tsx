// The default page (`/`, Chinese, the ranking of the default metric) rendered at build time from data/, as the app
// renders it, with its first chart as SVG. Loaded by the prerender plugin (prerenderPlugin.ts) through Vite's SSR
// loader; the markup goes into index.html's #root and the app hydrates it (src/app/startApp.tsx).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/App.tsx';
import { InteractiveMark } from '../../src/app/InteractiveMark.tsx';
import { setPrerenderPass } from '../../src/app/prerenderPass.ts';
import { PrerenderedChart } from '../../src/charts/PrerenderedChart.ts';
import { preloadDataset } from '../../src/dataset/loadDataset.ts';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { renderChartSvg } from './renderChartSvg.ts';
import { installServerWindow } from './serverWindow.ts';

/** The chart's width in a window 1,280 pixels wide (the bench's and the browser tests'), measured in Chromium. */
export const PRERENDER_CHART_WIDTH = 903;

/** `/data/x.json` is read from `<root>/data/x.json`: the published figures as they are now, never a stale copy. */
const readDataFrom =
  (root: string): typeof fetch =>
  async (input) => {
    const path = new URL(String(input), 'http://build.invalid').pathname;
    return new Response(await readFile(join(root, path)), { headers: { 'Content-Type': 'application/json' } });
  };

export const renderDefaultPage = async (root: string): Promise<string> => {
  installServerWindow();
  const browserFetch = globalThis.fetch;
  globalThis.fetch = readDataFrom(root);
  try {
    const [, loaded] = await Promise.all([setupI18n('zh'), preloadDataset()]);
    if (!loaded.ok) throw new Error(`prerender: data/ does not load: ${JSON.stringify(loaded.failure).slice(0, 300)}`);
  } finally {
    globalThis.fetch = browserFetch;
  }
  setPrerenderPass(true);
  const html = renderToString(
    <StrictMode>
      <PrerenderedChart.Provider value={renderChartSvg(PRERENDER_CHART_WIDTH)}>
        <App />
      </PrerenderedChart.Provider>
      <InteractiveMark />
    </StrictMode>,
  );
  setPrerenderPass(false);
  if (!html.includes('class="chart-prerender"')) throw new Error('prerender: the default page drew no chart');
  return html;
};
