// The data table at scale: scrolled a screen at a time, how long each frame takes and how many rows are ever in the
// DOM (virtual rows keep that to a screenful whatever the row count).
import type { Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { newBenchPage } from './measureLoad.ts';

export interface TableScrollSample {
  rows: number;
  rowsInDom: number;
  frameIntervals: number[];
}

const HARNESS = fileURLToPath(new URL('./pageHarness.js', import.meta.url));
const STEPS = 60;

export const measureTableScroll = async (browser: Browser, url: string): Promise<TableScrollSample> => {
  const { context, page } = await newBenchPage(browser);
  try {
    await page.addInitScript({ path: HARNESS });
    await page.goto(url);
    await page.waitForSelector('.data-table tbody tr', { timeout: 60_000 });
    await page.waitForTimeout(500);
    const r = await page.evaluate(
      (steps) =>
        (
          window as unknown as {
            __bench: {
              scrollTable(n: number): Promise<{ intervals: number[]; rowsInDom: number; rows: number }>;
            };
          }
        ).__bench.scrollTable(steps),
      STEPS,
    );
    return { rows: r.rows, rowsInDom: r.rowsInDom, frameIntervals: r.intervals };
  } finally {
    await context.close();
  }
};
