// Interaction latency on the dashboard: year, metric and region changes through the real controls, each timed in the
// page from the change event to the painted frame that shows it (pageHarness.js).
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { newBenchPage } from './measureLoad.ts';

export type InteractionKind = 'year' | 'metric' | 'region';
export interface InteractionSample {
  view: string;
  kind: InteractionKind;
  ms: number;
}

type Action = { kind: 'select'; label: string; value: string } | { kind: 'region'; index: number };

const HARNESS = fileURLToPath(new URL('./pageHarness.js', import.meta.url));
const YEAR = '年份';
const METRIC = '指标';

const interact = (page: Page, action: Action) =>
  page.evaluate(
    (a) => (window as unknown as { __bench: { interact(a: unknown): Promise<number> } }).__bench.interact(a),
    action,
  );
const optionsOf = (page: Page, label: string) =>
  page.evaluate(
    (l) => (window as unknown as { __bench: { options(l: string): string[] } }).__bench.options(l),
    label,
  );

/** The next value after `current` in `values`, round and round. */
const cycle = (values: string[], current: string, step: number) =>
  values[(Math.max(0, values.indexOf(current)) + step) % values.length] ?? current;

/** Year, metric, one province's regions; year, metric, all regions again; then the same with another province. */
const PLAN: ((years: string[], metrics: string[], round: number) => [InteractionKind, Action])[] = [
  (years, _m, round) => [
    'year',
    { kind: 'select', label: YEAR, value: cycle(years, 'latest', 1 + 2 * round) },
  ],
  (_y, metrics, round) => [
    'metric',
    { kind: 'select', label: METRIC, value: cycle(metrics, metrics[0] ?? '', 1 + 2 * round) },
  ],
  (_y, _m, round) => ['region', { kind: 'region', index: round }],
  (years, _m, round) => [
    'year',
    { kind: 'select', label: YEAR, value: cycle(years, 'latest', 2 + 2 * round) },
  ],
  (_y, metrics) => ['metric', { kind: 'select', label: METRIC, value: metrics[0] ?? '' }],
  (_y, _m, round) => ['region', { kind: 'region', index: round }],
];

export const measureInteractions = async (
  browser: Browser,
  url: string,
  view: string,
  rounds = 2,
): Promise<InteractionSample[]> => {
  const { context, page } = await newBenchPage(browser);
  try {
    await page.addInitScript({ path: HARNESS });
    await page.goto(url);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('first-chart').length > 0 ||
        document.querySelector('.data-table tbody tr'),
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(500);
    const years = await optionsOf(page, YEAR);
    const metrics = await optionsOf(page, METRIC);
    const samples: InteractionSample[] = [];
    for (let round = 0; round < rounds; round++)
      for (const step of PLAN) {
        const [kind, action] = step(years, metrics, round);
        samples.push({ view, kind, ms: await interact(page, action) });
      }
    return samples;
  } finally {
    await context.close();
  }
};
