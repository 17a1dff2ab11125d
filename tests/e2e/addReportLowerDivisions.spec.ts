import { test, expect } from './guardedPage.ts';

// The dialog names the chosen region's lower divisions to the extractor: 乐昌市 ends in 市 like 韶关市, yet on
// 韶关's page its figure is a part.
const REPORT = ['某市2024年法治政府建设年度报告', '乐昌市共调解矛盾纠纷420件。', '全市共调解矛盾纠纷3120件。'].join('\n');

test('a county-level city’s figure on its city’s report is read as a part', async ({ page, problems }) => {
  void problems;
  await page.goto('/?view=table');
  await page.getByRole('button', { name: /添加报告/ }).click();
  const dialog = page.getByTestId('add-report');
  await dialog.getByLabel('报告全文').fill(REPORT);
  await dialog.getByRole('searchbox', { name: '地区' }).fill('韶关');
  await dialog.getByRole('button', { name: /^韶关市 440200/ }).click();
  await dialog.getByRole('button', { name: '提取数字' }).click();
  const part = dialog.getByRole('listitem').filter({ hasText: '420件' }).first();
  await expect(part).toContainText('这是总数的一部分');
  const whole = dialog.getByRole('listitem').filter({ hasText: '3120件' }).first();
  await expect(whole.getByRole('combobox', { name: '指标' })).toHaveValue('人民调解案件数');
  await expect(whole).not.toContainText('这是总数的一部分');
});
