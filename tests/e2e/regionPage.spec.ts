// A bureau analyst's first question: how does my region compare with its peers? Picked by keyboard, its page, a source.
import { test, expect } from './guardedPage.ts';

test('a region picked with the combobox by keyboard opens its page, ranked among peers, and a figure leads to its page on the web', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /地区/ });
  await box.click();
  await box.pressSequentially('fuzhou');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('福州市');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/regions=350100/);
  await page.getByRole('button', { name: '地区页' }).click();
  const regionPage = page.getByTestId('region-page');
  await expect(regionPage.getByRole('heading', { level: 2 })).toHaveText('福州市');
  // Its mediation success rate, ranked among the prefecture-level regions that report it for the same year.
  const rate = regionPage.getByRole('row').filter({ hasText: '人民调解成功率' });
  await expect(rate).toContainText(/第 \d+ 名，共 \d+ 个/);
  await rate.getByRole('button').click();
  const dialog = page.getByTestId('source-dialog');
  await expect(dialog.getByTestId('source-url')).toHaveAttribute('href', /^https?:\/\//);
  await dialog.getByRole('button', { name: '关闭' }).click();
  // Focus returns to the value that opened the source.
  await expect(rate.getByRole('button')).toBeFocused();
});

test('a region name in a chart\'s data table opens that region\'s page', async ({ page, problems }) => {
  void problems;
  await page.goto('/?metric=mediation.success_rate');
  await page.locator('.chart-data summary').click();
  await page.getByRole('button', { name: '信阳市的地区页' }).click();
  await expect(page).toHaveURL(/view=region&.*focus=411500|focus=411500.*view=region|view=region.*focus=411500/);
  await expect(page.getByTestId('region-page').getByRole('heading', { level: 2 })).toHaveText('信阳市');
});
