// Report files as people have them: a PDF dropped on the dialog and a Word file chosen, both made by the test; and a
// hostile file, which gets its message while the page stays usable.
import { buildDocx, buildZipBomb } from '../fixtures/ingest/buildDocx.ts';
import { test, expect } from './guardedPage.ts';

const REPORT = [
  '某市2024年法治政府建设年度报告',
  '2024年，全市各级人民调解组织共受理矛盾纠纷3120件，调解成功3050件，调解成功率97.8%。',
  '全市办理行政复议案件412件。',
];

test('a dropped PDF and a chosen Word file are read and their figures found', async ({ page, browser, problems }) => {
  void problems;
  const printer = await browser.newPage();
  await printer.setContent(`<!doctype html><html lang="zh-CN"><body>${REPORT.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();

  await page.goto('/');
  await page.getByRole('button', { name: /添加报告/ }).click();
  const dialog = page.getByTestId('add-report');
  await expect(dialog.getByText('选择文件（.txt、.pdf、.docx、.html）')).toBeVisible();
  const drop = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], '报告.pdf', { type: 'application/pdf' }));
    return transfer;
  }, [...pdf]);
  await dialog.getByLabel('报告全文').dispatchEvent('drop', { dataTransfer: drop });
  await expect(dialog.getByLabel('报告全文')).toHaveValue(/全市办理行政复议案件412件。/);
  await expect(dialog.getByRole('spinbutton', { name: '年份' })).toHaveValue('2024');
  await dialog.getByRole('button', { name: '提取数字' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: '3120件' }).first().getByRole('combobox', { name: '指标' })).toHaveValue('人民调解案件数');

  await dialog.getByRole('button', { name: '返回修改原文' }).click();
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(buildDocx(['某县2023年法治政府建设年度报告', '全县法律援助机构办理法律援助案件1288件。'])),
  });
  await expect(dialog.getByLabel('报告全文')).toHaveValue(/办理法律援助案件1288件/);
  await dialog.getByRole('button', { name: '提取数字' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: '1288件' }).first().getByRole('combobox', { name: '指标' })).toHaveValue('法律援助案件数');
});

test('hostile and unreadable files each get their own message, and the text already there stays', async ({ page, problems }) => {
  void problems;
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: /Add a report/ }).click();
  const dialog = page.getByTestId('add-report');
  await dialog.getByLabel('Report text').fill(REPORT.join('\n'));
  const input = dialog.locator('input[type=file]');
  await input.setInputFiles({ name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(buildZipBomb(32)) });
  await expect(dialog.getByRole('alert')).toContainText('zip bomb');
  await input.setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
  await expect(dialog.getByRole('alert')).toContainText('does not match its extension');
  await input.setInputFiles({ name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(`<html><body>${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}</body></html>`) });
  await expect(dialog.getByRole('alert')).toContainText('nests its elements too deeply');
  await expect(dialog.getByLabel('Report text')).toHaveValue(/全市办理行政复议案件412件/);
  await dialog.getByRole('button', { name: 'Find figures' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: '412件' }).first()).toBeVisible();
});

test('text pasted from a web page keeps the article, not the site navigation', async ({ page, problems }) => {
  void problems;
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: /Add a report/ }).click();
  const text = page.getByTestId('add-report').getByLabel('Report text');
  await text.evaluate((area) => {
    const data = new DataTransfer();
    const article = Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}项：全市办理行政复议案件${412 + i}件，审结率保持较高水平，行政争议得到实质性化解。</p>`).join('');
    data.setData('text/html', `<nav><a href="/">首页</a><a href="/news">新闻中心</a></nav><article><h1>某市2024年法治政府建设年度报告</h1>${article}</article><footer>版权所有 网站地图</footer><img src=x onerror="document.title='pwned'">`);
    data.setData('text/plain', '首页 新闻中心 某市2024年法治政府建设年度报告');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(text).toHaveValue(/第1项：全市办理行政复议案件412件/);
  await expect(text).not.toHaveValue(/新闻中心|网站地图/);
  expect(await page.title()).not.toBe('pwned');
});
