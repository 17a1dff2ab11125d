// Each report brings its own region, title, year and date: a new-user test saved 佛山's figures under 清远 because the
// dialog kept the region (and the title) of the report before.
import { test, expect } from './guardedPage.ts';

const page1 = (city: string, year: number) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${city}${year}年法治政府建设年度报告</title></head><body>
   <nav><a href="/">首页</a> | <a href="/zwgk">政务公开</a></nav>
   <article><h1>${city}${year}年法治政府建设年度报告</h1><p>发布时间：${year + 1}-01-15 来源：${city}司法局</p>
   ${Array.from({ length: 4 }, (_, i) => `<p>${year}年，全市共调解矛盾纠纷${3120 + i}件，调解成功率97.8%，各项工作取得明显成效，群众满意度持续提升。</p>`).join('')}
   </article></body></html>`;

test('a second report gets its own region, title, year and date, never the first one’s', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page.getByRole('button', { name: /添加报告/ }).click();
  const dialog = page.getByTestId('add-report');
  const file = dialog.locator('input[type=file]');

  await file.setInputFiles({ name: 'a.html', mimeType: 'text/html', buffer: Buffer.from(page1('清远市', 2023)) });
  await expect(dialog.getByText(/地区: 清远市 441800/)).toBeVisible();
  await expect(dialog.getByTestId('region-inferred')).toHaveText('地区由报告标题识别，请核对。');
  await expect(dialog.getByRole('textbox', { name: '报告标题' })).toHaveValue('清远市2023年法治政府建设年度报告');
  await expect(dialog.getByRole('spinbutton', { name: '年份' })).toHaveValue('2023');
  await expect(dialog.locator('input[type=date]')).toHaveValue('2024-01-15');

  await file.setInputFiles({ name: 'b.html', mimeType: 'text/html', buffer: Buffer.from(page1('佛山市', 2021)) });
  await expect(dialog.getByText(/地区: 佛山市 440600/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '报告标题' })).toHaveValue('佛山市2021年法治政府建设年度报告');
  await expect(dialog.getByRole('spinbutton', { name: '年份' })).toHaveValue('2021');
  await expect(dialog.locator('input[type=date]')).toHaveValue('2022-01-15');

  // A report that names no region clears the one before: the person must choose.
  await file.setInputFiles({ name: 'c.txt', mimeType: 'text/plain', buffer: Buffer.from('某市2022年法治政府建设年度报告\n全市共调解矛盾纠纷800件。') });
  await expect(dialog.getByRole('searchbox', { name: '地区' })).toBeVisible();
  await expect(dialog.getByTestId('region-inferred')).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: '报告标题' })).toHaveValue('某市2022年法治政府建设年度报告');

  // Chosen by hand, it stays while the text is edited; after saving, the form starts empty.
  await dialog.getByRole('searchbox', { name: '地区' }).fill('韶关');
  await dialog.getByRole('button', { name: /^韶关市 440200/ }).click();
  await dialog.getByLabel('报告全文').fill('某市2022年法治政府建设年度报告\n全市共调解矛盾纠纷900件。');
  await expect(dialog.getByText(/地区: 韶关市 440200/)).toBeVisible();
  await dialog.getByRole('button', { name: '提取数字' }).click();
  await dialog.getByRole('button', { name: /^添加 \d+ 个数字$/ }).click();
  await expect(dialog.getByRole('status')).toContainText('已添加韶关市 2022 年');
  await expect(dialog.getByRole('searchbox', { name: '地区' })).toBeVisible();
  await expect(dialog.getByRole('spinbutton', { name: '年份' })).toHaveValue('');
  await expect(dialog.getByTestId('replaces')).toHaveCount(0);

  // The region page marks the region and each figure a person added, as the charts' labels do.
  await page.goto('/?view=region&focus=440200');
  const regionPage = page.getByTestId('region-page');
  await expect(regionPage.getByRole('heading', { level: 2 })).toHaveText('韶关市自添');
  await expect(regionPage.getByRole('row').filter({ hasText: '900' }).first()).toContainText('自添');
  await expect(regionPage.getByRole('combobox')).toContainText('韶关市（自添） 440200');
});
