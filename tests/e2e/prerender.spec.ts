// The build prerenders the default page (`/`, Chinese, the ranking) into index.html: its chart is there before any
// script runs, the app takes that markup over, and a URL asking for anything else never shows that chart.
import type { Page } from '@playwright/test';
import { test, expect } from './guardedPage.ts';

// The published figures of the default ranking (people's mediation cases, each region's latest year), by hand.
// A name longer than its room is cut with an ellipsis, as on the live chart: its start is what is written.
const REGIONS = ['云南省', '天津市', '东莞市', '信阳市', '福州市', '郴州市苏仙区', '苏州市太仓市', '达州市达川区', '鄂州市', '湘西土家族'];
const BAR_LABELS = ['27.1万 (2025)', '≥6万 (2023)', '≈5.9万 (2022)', '45,060 (2023)', '2.8万 (2025)', '19,058 (2018)', '13,619 (2022)', '8,820 (2019)', '6,358 (2021)', '2,243 (2023)'];

/**
 * From before the page's first frame, notes in every frame whether the prerendered chart is on screen, and counts the
 * frames after it was shown in which no chart is (neither it nor a live chart's canvas).
 */
const watchPrerenderedChart = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { prerenderShown: boolean; framesWithoutChart: number };
    w.prerenderShown = false;
    w.framesWithoutChart = 0;
    const look = () => {
      const chart = document.querySelector('.chart-prerender');
      const shown = chart?.checkVisibility({ visibilityProperty: true }) && chart.getBoundingClientRect().height > 0;
      if (shown) w.prerenderShown = true;
      else if (w.prerenderShown && !document.querySelector('.chart-frame canvas')) w.framesWithoutChart += 1;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
const prerenderShown = (page: Page) => page.evaluate(() => (window as unknown as { prerenderShown: boolean }).prerenderShown);

test('without JavaScript the page holds the chart, its title, every bar label and the controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/');
  const svg = page.getByTestId('prerendered-chart').locator('.chart-prerender__light svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('text', { hasText: /^人民调解案件数$/ })).toHaveCount(1);
  for (const text of [...REGIONS, ...BAR_LABELS]) await expect(svg.locator('text', { hasText: text })).toHaveCount(1);
  // Its legend names the qualifiers its bars carry.
  for (const text of ['确数', '约数', '下限']) await expect(svg.locator('text', { hasText: new RegExp(`^${text}$`) })).toHaveCount(1);
  await expect(page.getByLabel('年份')).toHaveValue('latest');
  await expect(page.getByTestId('metric-select')).toBeVisible();
  await context.close();
});

test('the app takes over the prerendered page without rebuilding it', async ({ page, problems }) => {
  void problems; // a markup mismatch while hydrating is reported as an error, and fails the test
  await watchPrerenderedChart(page);
  // The app's first script waits until the page as built has been marked.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => (await held, route.continue()));
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('h1').waitFor();
  await page.evaluate(() => ((document.querySelector('h1') as HTMLElement & { built?: boolean }).built = true));
  // Until the app has it, the built page takes no input (a choice made there would be lost).
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  release();
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('rank-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('prerendered-chart')).toHaveCount(0);
  expect(await page.evaluate(() => (document.querySelector('h1') as HTMLElement & { built?: boolean }).built)).toBe(true);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  expect(await prerenderShown(page)).toBe(true);
  // The live chart was drawn before the prerendered one went: not one frame without a chart.
  expect(await page.evaluate(() => (window as unknown as { framesWithoutChart: number }).framesWithoutChart)).toBe(0);
  // And it answers.
  await page.getByLabel('年份').selectOption('2023');
  await expect(page).toHaveURL(/year=2023/);
});

for (const query of ['?lang=en', '?metric=mediation.resolved', '?view=table', '#about'])
  test(`${query} never shows the prerendered chart`, async ({ page, problems }) => {
    void problems;
    await watchPrerenderedChart(page);
    await page.goto(`/${query}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByTestId('prerendered-chart')).toHaveCount(0);
    expect(await prerenderShown(page)).toBe(false);
  });

test('?lang=en hides the Chinese page before any of the app has run, then draws its own', async ({ page, problems }) => {
  void problems;
  await watchPrerenderedChart(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => (await held, route.continue()));
  await page.goto('/?lang=en', { waitUntil: 'commit' });
  await expect(page.getByTestId('prerendered-chart')).toHaveCount(1);
  await expect(page.getByTestId('prerendered-chart')).toBeHidden();
  await expect(page.getByRole('heading', { name: '法治政府年报对比看板' })).toBeHidden();
  release();
  await expect(page.getByRole('heading', { name: 'Rule-of-Law Report Dashboard' })).toBeVisible();
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('prerendered-chart')).toHaveCount(0);
  expect(await prerenderShown(page)).toBe(false);
});

test('with reports of their own saved, the prerendered chart (drawn without them) is never shown', async ({ page, problems }) => {
  void problems;
  await page.addInitScript(() => {
    if (!localStorage.getItem('fazhi-user-data-v1'))
      localStorage.setItem('fazhi-user-data-v1', JSON.stringify({ regions: [], sources: [], observations: [] }));
  });
  await watchPrerenderedChart(page);
  await page.goto('/');
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('prerendered-chart')).toHaveCount(0);
  expect(await prerenderShown(page)).toBe(false);
});

test('in a dark system scheme the dark prerendered chart shows, before any of the app has run', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL: test.info().project.use.baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  await expect(page.locator('.chart-prerender__dark svg')).toBeVisible();
  await expect(page.locator('.chart-prerender__light svg')).toBeHidden();
  await context.close();
});

test('the prerendered page keeps the strict CSP: no inline script, no violation while it is taken over', async ({ page, problems }) => {
  void problems;
  await page.addInitScript(() => {
    const v: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = v;
    document.addEventListener('securitypolicyviolation', (e) => v.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/');
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self';");
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
