// One cold page load in a fresh browser context: time to the first chart, what was fetched before it, and the JS heap
// once the page has settled.
import type { Browser } from '@playwright/test';

export interface LoadSample {
  /** Navigation start → the `first-chart` mark (the first frame a chart drew). */
  firstChartMs: number;
  /** Gzip bytes on the wire (Resource Timing encodedBodySize) of JS requested before the first chart. */
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

export const measureLoad = async (browser: Browser, url: string): Promise<LoadSample> => {
  const { context, page } = await newBenchPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, {
      timeout: 60_000,
    });
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const fetched = await page.evaluate(() => {
      const mark = performance.getEntriesByName('first-chart')[0]?.startTime ?? 0;
      const sums = { firstChartMs: mark, jsBytes: 0, jsFiles: 0, dataBytes: 0 };
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (r.startTime >= mark) continue;
        const path = new URL(r.name).pathname;
        if (path.endsWith('.js')) {
          sums.jsBytes += r.encodedBodySize;
          sums.jsFiles += 1;
        } else if (path.endsWith('.json')) sums.dataBytes += r.encodedBodySize;
      }
      return sums;
    });
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return { ...fetched, heapBytes };
  } finally {
    await context.close();
  }
};
