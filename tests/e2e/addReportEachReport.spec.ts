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

test('a report pasted over all of the one before (Ctrl+A, Ctrl+V) is a new report too', async ({ page, context, problems }) => {
  void problems;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: /添加报告/ }).click();
  const dialog = page.getByTestId('add-report');
  const box = dialog.getByLabel('报告全文');
  const paste = async (report: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), report);
    await box.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
  };
  await paste('清远市2023年法治政府建设年度报告\n2023年，全市共调解矛盾纠纷3120件。');
  await expect(dialog.getByText(/地区: 清远市 441800/)).toBeVisible();
  await paste('佛山市2021年法治政府建设年度报告\n2021年，全市共调解矛盾纠纷2800件。');
  await expect(dialog.getByText(/地区: 佛山市 440600/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '报告标题' })).toHaveValue('佛山市2021年法治政府建设年度报告');
  await expect(dialog.getByRole('spinbutton', { name: '年份' })).toHaveValue('2021');
});

test('a change and an earlier year’s figure can never be added; a part of the year keeps its period and waits for the person', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page.getByRole('button', { name: /添加报告/ }).click();
  const dialog = page.getByTestId('add-report');
  await dialog.getByLabel('报告全文').fill(
    '某县2023年法治政府建设年度报告\n全县人民调解组织共调解矛盾纠纷6,842件，比上年增长8.3%。上年全县办理法律援助案件1,410件。1-10月，全县办理法律援助案件1,562件。',
  );
  await dialog.getByRole('searchbox', { name: '地区' }).fill('安吉');
  await dialog.getByRole('button', { name: /安吉县 330523/ }).click();
  await dialog.getByRole('button', { name: '提取数字' }).click();
  const row = (text: string) => dialog.getByRole('listitem').filter({ hasText: text }).first();
  await expect(row('6,842件').getByRole('checkbox')).toBeChecked();
  // The change: no metric can be chosen and it cannot be ticked.
  await expect(row('8.3%').getByRole('checkbox')).toBeDisabled();
  await expect(row('8.3%').getByRole('combobox', { name: '指标' })).toBeDisabled();
  await expect(row('8.3%').getByTestId('not-addable')).toContainText('变化量');
  // Last year's count: blocked, with its year.
  await expect(row('1,410件').getByRole('checkbox')).toBeDisabled();
  await expect(row('1,410件').getByTestId('not-addable')).toContainText('2022 年的数字');
  // Ten months of the year: not ticked for the person, its period shown and kept when it is.
  await expect(row('1,562件').getByRole('checkbox')).not.toBeChecked();
  await expect(row('1,562件')).toContainText('原文所说时期：1-10月');
  await row('1,562件').getByRole('checkbox').check();
  await dialog.getByRole('button', { name: '添加 2 个数字' }).click();
  await expect(dialog.getByRole('status')).toContainText('已添加湖州市安吉县 2023 年的 2 个数字');
});
