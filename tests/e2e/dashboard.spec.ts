import { test, expect } from './guardedPage.ts';

test.describe('the dashboard, used as a person would', () => {
  test('opens on a ranking with a drawn chart and the qualifier legend', async ({ page, problems }) => {
    void problems;
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '法治政府年报对比看板' })).toBeVisible();
    await expect(page.getByTestId('rank-chart').locator('canvas')).toBeVisible();
    await expect(page.locator('.qualifier-legend')).toContainText('确数');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('changing the year writes it to the URL, and Back restores it', async ({ page, problems }) => {
    void problems;
    await page.goto('/');
    // Each region's latest year differs (data/observations.json: 2022, 2023, 2024), and the page says so.
    const mixedYears = page.getByRole('note').filter({ hasText: '数据年份不同' });
    await expect(mixedYears).toBeVisible();
    await page.getByLabel('年份').selectOption('2023');
    await expect(page).toHaveURL(/year=2023/);
    // The view follows: one year for all, so no warning, and the chart's data table holds 2023 only.
    await expect(mixedYears).toHaveCount(0);
    const yearCells = page.locator('.chart-data tbody td:nth-child(4)');
    await expect(yearCells).not.toHaveCount(0);
    expect(new Set(await yearCells.allTextContents())).toEqual(new Set(['2023']));
    await page.goBack();
    await expect(page).not.toHaveURL(/year=/);
    await expect(page.getByLabel('年份')).toHaveValue('latest');
  });

  test('picking regions narrows the chart and the table', async ({ page, problems }) => {
    void problems;
    await page.goto('/?view=table');
    const box = page.getByRole('combobox', { name: /地区/ });
    await box.fill('Tianjin');
    await page.getByRole('listbox').getByRole('option', { name: /^天津市\s*120000/ }).click();
    await box.fill('4115');
    await page.getByRole('listbox').getByRole('option', { name: /信阳市/ }).click();
    await expect(page).toHaveURL(/regions=120000~411500/);
    const rows = page.locator('.data-table tbody tr');
    await expect(rows).toHaveCount(2);
  });

  test('switching language keeps the view and translates the page', async ({ page, problems }) => {
    void problems;
    await page.goto('/?view=table&year=2023');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page).toHaveURL(/view=table/);
    await expect(page.getByRole('heading', { name: 'Rule-of-Law Report Dashboard' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Region/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('clicking a table cell opens its source with the figure highlighted', async ({ page, problems }) => {
    void problems;
    await page.goto('/?view=table&lang=en');
    await page.locator('.cell-value').first().click();
    const dialog = page.getByTestId('source-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('evidence').locator('mark')).toHaveCount(1);
    await expect(dialog.getByTestId('qualifier')).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeVisible();
  });

  test('the highlight marks the figure itself, not the first number of its evidence', async ({ page, problems }) => {
    void problems;
    // data/observations.json: Tianjin 2023, mediation cases 60000 (lower bound), «全市共排查纠纷44.7万余次,调解案件6万余件».
    await page.goto('/?view=table&year=2023');
    await page.getByRole('button', { name: /查看 天津市 人民调解案件数 的出处/ }).click();
    const evidence = page.getByTestId('source-dialog').getByTestId('evidence');
    await expect(evidence).toContainText('全市共排查纠纷44.7万余次,调解案件6万余件');
    // The figure as the extractor reads it: number, multiplier, qualifier word and counter.
    await expect(evidence.locator('mark')).toHaveText('6万余件');
  });

  test('clicking a bar opens its source', async ({ page, problems }) => {
    void problems;
    await page.goto('/?regions=411500');
    await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
    const canvas = page.getByTestId('rank-chart').locator('canvas').first();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no chart');
    // The bar grows from the left edge of the grid, so aim near its start; its middle sits two thirds down.
    // A person moves the pointer onto the bar before clicking; ECharts hit-tests on that move.
    await page.mouse.move(box.x + box.width * 0.12, box.y + box.height * 0.64);
    await expect(page.getByTestId('rank-chart').getByText('点击柱形')).toBeVisible();
    await page.mouse.click(box.x + box.width * 0.12, box.y + box.height * 0.64);
    await expect(page.getByTestId('source-dialog')).toBeVisible();
    await expect(page.getByTestId('evidence')).toContainText('45060');
  });

  test('a shared link with a broken value opens with a notice, not a crash', async ({ page, problems }) => {
    void problems;
    await page.goto('/?view=bogus&metric=nope.nope&year=1899&regions=999999~441900&lang=en');
    await expect(page.getByTestId('url-notice')).toContainText('view="bogus"');
    await expect(page.getByTestId('url-notice')).toContainText('metric="nope.nope"');
    await expect(page.getByTestId('rank-chart')).toBeVisible();
    await expect(page.getByRole('button', { name: /Remove Dongguan/ })).toBeVisible();
  });

  test('every view renders in both languages without errors', async ({ page, problems }) => {
    void problems;
    for (const lang of ['zh', 'en']) {
      for (const view of ['rank', 'trend', 'profile', 'table', 'coverage']) {
        await page.goto(`/?lang=${lang}&view=${view}`);
        await expect(page.locator('.card').first()).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
      }
    }
  });
});
