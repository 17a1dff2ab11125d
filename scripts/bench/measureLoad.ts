// One cold page load in a fresh browser context: first contentful paint, time to the first chart (a chart prerendered
// into the HTML counts from the first paint that shows it), until the first interaction works, the layout shift, what
// was fetched before the first chart, and the JS heap once the page has settled.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';

const LOAD_WATCH = fileURLToPath(new URL('./loadWatch.js', import.meta.url));

export interface LoadSample {
  /** Navigation start → the first paint of the chart: the prerendered one once shown, else the `first-chart` mark. */
  firstChartMs: number;
  /** Navigation start → first contentful paint. */
  fcpMs: number;
  /** Navigation start → the page's controls answer: the `first-interactive` mark; a page without controls, its first chart. */
  interactiveMs: number;
  /** Cumulative layout shift from navigation until the page has settled (a second after its first chart). */
  cls: number;
  /** Whether the first chart shown was the one prerendered into the HTML. */
  prerendered: boolean;
  /** Gzip bytes on the wire (Resource Timing encodedBodySize) of JS that had arrived (responseEnd) by the first chart. */
  jsBytes: number;
  jsFiles: number;
  /** The same for data (JSON) files. */
  dataBytes: number;
  /** JSHeapUsedSize after a forced garbage collection, a second after the first chart. */
  heapBytes: number;
}

export const SETTLE_MS = 1000;

export const newBenchPage = async (browser: Browser) => {
  // The service worker would precache every chunk in the background and serve later loads itself: keep it out.
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  return { context, page };
};

const FIRST_CHART_TIMEOUT_MS = 60_000;

/**
 * Resolves when the page sets the first-chart mark. Nothing of Playwright's runs in the page before then: a
 * PerformanceObserver, installed before the page's own scripts (loadWatch.js), calls a binding. (`waitForFunction` would first
 * compile Playwright's injected script on the page's main thread and then poll every frame, inside the interval being
 * measured, and at a different point of each page's load: the dashboard's load event fires before its app code runs,
 * the floor's after.)
 */
const watchFirstChart = async (page: Page): Promise<{ drawn: Promise<void> }> => {
  let signal!: () => void;
  const seen = new Promise<void>((resolve) => (signal = resolve));
  await page.exposeBinding('__benchFirstChart', () => signal());
  await page.addInitScript({ path: LOAD_WATCH });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no first-chart mark within ${FIRST_CHART_TIMEOUT_MS} ms`)), FIRST_CHART_TIMEOUT_MS);
  });
  // Wrapped: an async function returning the race itself would wait for it.
  const drawn = Promise.race([seen, timeout]).finally(() => clearTimeout(timer));
  drawn.catch(() => undefined); // a failed navigation leaves it unawaited
  return { drawn };
};

export const measureLoad = async (browser: Browser, url: string): Promise<LoadSample> => {
  const { context, page } = await newBenchPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const firstChart = await watchFirstChart(page);
    await page.goto(url, { waitUntil: 'commit' });
    await firstChart.drawn;
    await page.waitForTimeout(SETTLE_MS);
    const fetched = await page.evaluate(() =>
      (window as unknown as { __benchLoad(): Omit<LoadSample, 'heapBytes'> }).__benchLoad(),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return { ...fetched, heapBytes };
  } finally {
    await context.close();
  }
};
