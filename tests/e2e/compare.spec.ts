// Like with like, used as a researcher would: a ranking of mediation success rates compares full-year regional totals
// only, lists the others with why they differ, draws them marked on request, and says the same in the exports.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, expect } from './guardedPage.ts';

test('the ranking leaves out part-year values, names them with their reason, and draws them marked on request', async ({ page, problems }) => {
  void problems;
  await page.goto('/?metric=mediation.success_rate');
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  const list = page.getByTestId('not-comparable');
  // 清城's 2024 report is written "今年以来": a part of the year, so not beside the full-year totals.
  await expect(list).toContainText('口径不同，未在图中比较');
  await expect(list).toContainText(/清远市清城区（不足全年/);
  await page.locator('.chart-data summary').click();
  await expect(page.locator('.chart-data tbody')).not.toContainText('清远市清城区');

  await list.getByRole('button', { name: /在图中显示/ }).click();
  await expect(page).toHaveURL(/others=show/);
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.chart-data tbody tr').filter({ hasText: '清远市清城区' })).toContainText('98.56% ‡');
  await expect(page.getByTestId('not-comparable')).toContainText('‡ 口径不同');

  // The CSV says which values are not comparable, and why.
  const bar = page.getByTestId('export-bar');
  await bar.locator('summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: /CSV/ }).click()]);
  const [head, ...rows] = Papa.parse<string[]>(readFileSync(await csv.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  const qingcheng = rows.find((r) => r[head!.indexOf('地区')] === '清远市清城区');
  expect(qingcheng?.[head!.indexOf('可比性')]).toMatch(/^‡ 不足全年/);
  // So does the image, in its footer.
  const [svg] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: /SVG/ }).click()]);
  expect(readFileSync(await svg.path(), 'utf8')).toContain('‡ 口径不同');
});

test('in English too, and a figure from the web leads to its page', async ({ page, problems }) => {
  void problems;
  await page.goto('/?lang=en&metric=mediation.success_rate');
  await expect(page.getByTestId('not-comparable')).toContainText('Not comparable, so not in the chart');
  await expect(page.getByTestId('not-comparable')).toContainText(/part of the year/);
  await page.locator('.chart-data summary').click();
  // 福州市's figure comes from a web page: its source names the kind of page and links to it.
  await page.locator('.chart-data tbody tr').filter({ hasText: 'Fuzhou' }).getByRole('button', { name: /open its source/ }).click();
  const dialog = page.getByTestId('source-dialog');
  await expect(dialog.getByTestId('comparability')).toContainText("The region's full-year total");
  await expect(dialog.getByTestId('source-url')).toHaveAttribute('href', /^https?:\/\//);
});
