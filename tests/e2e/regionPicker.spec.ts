import { test, expect } from './guardedPage.ts';

test('a person finds a region by its pinyin initials, picks it by keyboard and sees it in the URL', async ({ page, problems }) => {
  void problems;
  await page.goto('/?view=table');
  const box = page.getByRole('combobox', { name: /地区/ });
  await box.click();
  await box.pressSequentially('dg');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText('东莞市441900');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const chips = page.getByRole('list', { name: '已选地区' });
  await expect(chips.getByRole('listitem').first()).toHaveText('东莞市×');
  await expect(page).toHaveURL(/regions=441900(&|$)/);
  await expect(page.locator('.data-table tbody tr')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await box.pressSequentially('東莞');
  await expect(page.getByRole('option', { name: /东莞市/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  await expect(page).not.toHaveURL(/regions=/);
  await expect(chips).toHaveText('全部地区');
});

test('the list follows the level filter, and English placeholders are not cut at phone width', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en&level=prefecture');
  const box = page.getByRole('combobox', { name: /Regions/ });
  const cut = await box.evaluate((el: HTMLInputElement) => {
    const probe = document.createElement('span');
    probe.textContent = el.placeholder;
    probe.style.font = getComputedStyle(el).font;
    document.body.append(probe);
    const room = el.clientWidth - parseFloat(getComputedStyle(el).paddingLeft) - parseFloat(getComputedStyle(el).paddingRight);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width > room;
  });
  expect(cut).toBe(false);
  await box.click();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox').getByRole('group').first()).toBeVisible();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.filter({ hasText: 'Xinyang411500' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Dongguan441900' })).toHaveCount(1);
  // Prefecture level only: no province, no district.
  await expect(options.filter({ hasText: /^Tianjin120000$/ })).toHaveCount(0);
  await expect(options.filter({ hasText: /Qingcheng/ })).toHaveCount(0);
});
