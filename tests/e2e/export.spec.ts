import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './guardedPage.ts';

const BOM = '\uFEFF';

/** Opens the export menu on a drawn view and downloads what the named control produces. */
const download = async (page: Page, name: RegExp): Promise<{ file: Download; bytes: Buffer }> => {
  const bar = page.getByTestId('export-bar');
  if (!(await bar.evaluate((d) => (d as HTMLDetailsElement).open))) await bar.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name }).click()]);
  await expect(page.getByTestId('export-status')).toContainText(file.suggestedFilename());
  return { file, bytes: readFileSync(await file.path()) };
};

const chartReady = async (page: Page, id: string) => expect(page.getByTestId(id)).toHaveAttribute('data-ready', 'true');

/** Distinct colours and the share of pixels that differ from the corner (background) pixel. */
const pngStats = (bytes: Buffer) => {
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  let ink = 0;
  const [r0, g0, b0] = [png.data[0], png.data[1], png.data[2]];
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r !== r0 || g !== g0 || b !== b0) ink++;
  }
  return { width: png.width, height: png.height, colours: colours.size, inkShare: ink / (png.width * png.height) };
};

test.describe('export, checked in the downloaded file', () => {
  test('PNG 2× is 2400×1350 and drawn', async ({ page, problems }) => {
    void problems;
    await page.goto('/?metric=mediation.cases');
    await chartReady(page, 'rank-chart');
    const { file, bytes } = await download(page, /PNG 2×/);
    expect(file.suggestedFilename()).toBe('mediation.cases_latest_rank_2x.png');
    const stats = pngStats(bytes);
    expect([stats.width, stats.height]).toEqual([2400, 1350]);
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.inkShare).toBeGreaterThan(0.03);
  });

  test('PNG 4× in English is 4800×2700 and drawn', async ({ page, problems }) => {
    void problems;
    await page.goto('/?lang=en&view=trend&metric=mediation.cases');
    await chartReady(page, 'trend-chart');
    const { file, bytes } = await download(page, /Download PNG 4×/);
    expect(file.suggestedFilename()).toBe('mediation.cases_all-years_trend_4x.png');
    const stats = pngStats(bytes);
    expect([stats.width, stats.height]).toEqual([4800, 2700]);
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.inkShare).toBeGreaterThan(0.02);
  });

  test('SVG parses and keeps title, source and year as text', async ({ page, problems }) => {
    void problems;
    await page.goto('/?metric=mediation.cases&year=2023');
    await chartReady(page, 'rank-chart');
    const { file, bytes } = await download(page, /SVG/);
    expect(file.suggestedFilename()).toBe('mediation.cases_2023_rank.svg');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const title = await page.getByTestId('metric-select').locator('option:checked').textContent();
    expect(parsed.texts).toContain(title);
    expect(parsed.texts.some((t) => t.startsWith('数据来源：《'))).toBe(true);
    expect(parsed.texts.some((t) => t.includes('2023年'))).toBe(true);
    expect(parsed.texts).toContain('法治政府年报对比看板');
  });

  test('CSV of the ranking holds the values its data table shows', async ({ page, problems }) => {
    void problems;
    await page.goto('/?metric=mediation.cases');
    await chartReady(page, 'rank-chart');
    await page.locator('.chart-data summary').click();
    const shown = await page.locator('.chart-data tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
    expect(shown.length).toBeGreaterThan(0);
    const { file, bytes } = await download(page, /CSV/);
    expect(file.suggestedFilename()).toBe('mediation.cases_latest_rank.csv');
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const [head, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const col = (name: string) => head!.indexOf(name);
    expect(head).toEqual(expect.arrayContaining(['名次', '地区', '显示值', '数值性质', '年份', '来源编号']));
    // Ranked rows are the bars; the values listed as not comparable follow them, unranked, with why they differ.
    const withValues = rows.filter((r) => r[col('名次')] !== '');
    expect(rows.some((r) => r[col('名次')] === '' && r[col('可比性')]?.startsWith('‡'))).toBe(true);
    expect(withValues.map((r) => [r[col('地区')], r[col('显示值')], r[col('数值性质')], r[col('年份')]])).toEqual(shown);
    expect(withValues.every((r) => /^[a-z0-9-]+$/.test(r[col('来源编号')] ?? ''))).toBe(true);
  });

  test('CSV of the table view holds its cells; image exports are disabled there, with the reason', async ({ page, problems }) => {
    void problems;
    await page.goto('/?view=table&lang=en&year=2024');
    await expect(page.locator('.cell-value').first()).toBeVisible();
    const cells = await page.locator('.cell-value').allTextContents();
    const { bytes } = await download(page, /CSV/);
    const [head, ...rows] = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    const values = rows.filter((r) => r[head!.indexOf('Value')] !== '').map((r) => r[head!.indexOf('Value as shown')]);
    expect(values.sort()).toEqual(cells.sort());
    const bar = page.getByTestId('export-bar');
    await expect(bar.getByRole('button', { name: /PNG 2×/ })).toBeDisabled();
    await expect(bar.getByRole('button', { name: /SVG/ })).toBeDisabled();
    await expect(bar.getByRole('button', { name: /PNG 2×/ })).toHaveAccessibleDescription(/no chart/);
  });

  test('JSON holds the five tables of data/*.json, record for record', async ({ page, problems }) => {
    void problems;
    await page.goto('/?view=coverage');
    const { file, bytes } = await download(page, /JSON/);
    expect(file.suggestedFilename()).toBe('fazhi-dataset.json');
    const dataset = JSON.parse(bytes.toString('utf8')) as Record<string, unknown[]>;
    for (const table of ['themes', 'regions', 'sources', 'metrics', 'observations']) {
      const onDisk = JSON.parse(readFileSync(`data/${table}.json`, 'utf8')) as unknown[];
      expect(dataset[table], table).toEqual(onDisk);
    }
  });

  test('copy link and copy image report in the live status', async ({ page, context, problems }) => {
    void problems;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?lang=en&metric=mediation.cases&year=2023');
    await chartReady(page, 'rank-chart');
    await page.getByTestId('export-bar').locator('summary').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.getByRole('button', { name: 'Copy PNG image' }).click();
    await expect(page.getByRole('status')).toHaveText('PNG image copied to the clipboard');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toContain('image/png');
  });

  test('the open menu fits a 390 px screen', async ({ page, problems }) => {
    void problems;
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/?lang=en');
    await page.getByTestId('export-bar').locator('summary').click();
    await expect(page.getByRole('button', { name: /Download JSON/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
