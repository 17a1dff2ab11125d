// `npm run bench`: builds the dashboard, today's floor (bench/floor: React and a bar chart, fetching data/) and the bare
// floor (bench/bare: the same with its rows inline), serves them gzip-compressed from one origin, loads each in turn in
// headless Chromium (a warm-up, then --runs cold loads; the bare floor on the real data only), drives the dashboard's controls,
// times the extractor in Node, prints a table and writes bench-results/bench.json. A script, never part of npm test.
// Options: --runs N (default 5), --skip-build, --only real|synthetic|extract, --no-extract.
// `--only extract` times the extractor alone: 300,000 characters as text and as a ~100-page PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
// @ts-expect-error -- a plain .mjs helper shared with the Playwright config
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';
import { composition, firstLoadChunks, type ChunkLike, type CompositionRow } from './bundleComposition.ts';
import { benchExtract, benchPdfExtract, printWithChromium, type ExtractResult } from './extractBench.ts';
import { formatReport } from './formatReport.ts';
import { describeMachine } from './machine.ts';
import { measureInteractions, type InteractionSample } from './measureInteractions.ts';
import { measureLoad, type LoadSample } from './measureLoad.ts';
import { measureTableScroll, type TableScrollSample } from './measureTableScroll.ts';
import { startStaticServer } from './staticServer.ts';
import { summariseDataset, type DatasetSummary } from './summarise.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-extract': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const datasets = (['real', 'synthetic'] as const).filter((d) => !values.only || values.only === d);
const OUT = resolve('bench-results');
const FLOOR_DIST = resolve(OUT, 'floor-dist');
const BARE_DIST = resolve(OUT, 'bare-dist');
// Its own copy of the dashboard: a concurrent `npm test` rebuilding dist/ must not swap chunks under a run.
const DASHBOARD_DIST = resolve(OUT, 'dashboard-dist');
let firstLoad: CompositionRow[] = [];

if (!values['skip-build'] && datasets.length > 0) {
  if (datasets.includes('synthetic') && !existsSync('public/synthetic/manifest.json')) {
    console.log('bench: generating the synthetic dataset (npm run data:synthetic)…');
    execFileSync('npx', ['tsx', 'scripts/synthetic/main.ts'], { stdio: 'inherit' });
  }
  console.log('bench: building the dashboard and the floor…');
  const built = await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: DASHBOARD_DIST, emptyOutDir: true },
  });
  const outputs = (Array.isArray(built) ? built : [built]).flatMap((b) =>
    'output' in b ? (b.output as ChunkLike[]) : [],
  );
  firstLoad = composition(firstLoadChunks(outputs));
  await build({ configFile: resolve('bench/floor/vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve('bench/bare/vite.config.ts'), logLevel: 'warn' });
}

const { server, origin } = await startStaticServer([
  { prefix: '/floor/', dir: FLOOR_DIST },
  { prefix: '/bare/', dir: BARE_DIST },
  { prefix: '/', dir: DASHBOARD_DIST },
]);
const browser = await chromium.launch({
  executablePath: chromiumPath() as string,
  args: CHROMIUM_ARGS as string[],
});

const summaries: DatasetSummary[] = [];
try {
  for (const dataset of datasets) {
    const query = dataset === 'synthetic' ? '?dataset=synthetic' : '';
    const urls = {
      dashboard: `${origin}/${query}`,
      floor: `${origin}/floor/${query}`,
      // Its rows are the real data's: it has no synthetic counterpart.
      ...(dataset === 'real' ? { bare: `${origin}/bare/` } : {}),
    };
    const dashboardUrl = urls.dashboard;
    const pages = Object.keys(urls) as (keyof typeof urls)[];
    console.log(`bench: ${dataset} — warm-up, then ${runs} runs of ${pages.join(', ')}, in turn`);
    for (const page of pages) await measureLoad(browser, urls[page] ?? '');
    const loads: Record<string, LoadSample[]> = { dashboard: [], floor: [], bare: [] };
    for (let i = 0; i < runs; i++) {
      // Rotate who goes first, so none always follows another.
      const order = pages.map((_, k) => pages[(i + k) % pages.length] ?? 'dashboard');
      for (const page of order) loads[page]?.push(await measureLoad(browser, urls[page] ?? ''));
      process.stdout.write(
        `  run ${i + 1}: ${pages.map((p) => `${p} ${loads[p]?.at(-1)?.firstChartMs.toFixed(0)} ms`).join(', ')}\n`,
      );
    }
    const dashboard = loads.dashboard ?? [];
    const floor = loads.floor ?? [];
    const interactions: InteractionSample[] = [];
    for (let i = 0; i < runs; i++)
      for (const view of ['rank', 'table']) {
        const url = view === 'rank' ? dashboardUrl : `${dashboardUrl}${query ? '&' : '?'}view=${view}`;
        interactions.push(...(await measureInteractions(browser, url, view)));
      }
    const scrolls: TableScrollSample[] = [];
    if (dataset === 'synthetic')
      for (let i = 0; i < runs; i++)
        scrolls.push(await measureTableScroll(browser, `${dashboardUrl}&view=table`));
    summaries.push(summariseDataset(dataset, dashboard, floor, interactions, scrolls, loads.bare));
  }
} finally {
  await browser.close();
  server.close();
}

let extract: ExtractResult | null = null;
if (!values['no-extract']) {
  const reports = resolve('..', 'shared', 'reports');
  if (existsSync(reports)) {
    extract = benchExtract(reports, runs);
    console.log('bench: printing the reports to a PDF of about 100 pages and reading it…');
    extract.pdf = await benchPdfExtract(reports, runs, printWithChromium);
  }
  else console.warn(`bench: no reports at ${reports}; extraction skipped`);
}

const machine = describeMachine(browser.version());
const report = formatReport(machine, summaries, extract, firstLoad);
console.log(`\n${report}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(
  resolve(OUT, 'bench.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      method: {
        runs,
        warmUp: 1,
        server: 'scripts/bench/staticServer.ts, gzip level 6',
        jsBytes: 'sum of Resource Timing encodedBodySize of .js whose response had ended by the first chart',
        firstChart:
          'the first paint showing a chart: a chart prerendered into the HTML once visible (first contentful paint, or the first frame showing it if later; scripts/bench/loadWatch.js), else the mark set on the first ECharts "rendered" event (src/charts/chartFrames.ts)',
        firstInteraction: "the 'first-interactive' mark, set when the page's first commit (render or hydration) is done (src/app/InteractiveMark.tsx); the floors' first chart",
        layoutShift: 'sum of layout-shift entries without recent input, from navigation to 1 s after the first chart',
        floors: 'floor = bench/floor (fetches data/); bare = bench/bare (rows inline, real data only)',
        heap: 'CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage, 1 s after the first chart',
        interaction:
          'change event on the real control → the painted frame showing the change (scripts/bench/pageHarness.js)',
      },
      datasets: summaries,
      extract,
      firstLoadComposition: firstLoad,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nbench: wrote ${resolve(OUT, 'bench.json')}`);
