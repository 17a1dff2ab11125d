// Like with like on data made for the test, not on the real reports: four regions report one metric for one year —
// a full-year regional total, a body's own count, half a year, five years summed. Only the first is ranked; the others
// are named with why, drawn grey and marked ‡ on request, and the exported image says and shows the same.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { test, expect } from './guardedPage.ts';

const fixture = JSON.parse(readFileSync('tests/fixtures/small-dataset.json', 'utf8')) as Record<string, Record<string, unknown>[]>;
const maoming = fixture.regions!.find((r) => r.code === '440900')!;
const region = (code: string, zh: string, en: string) => ({ ...maoming, code, name: { zh, en } });
const REGIONS = [region('990001', '甲市', 'Alpha'), region('990002', '乙市', 'Beta'), region('990003', '丙市', 'Gamma'), region('990004', '丁市', 'Delta')];
const source = (code: string) => ({ ...fixture.sources![0], id: `src-${code}`, region: code, year: 2024, file: `${code}.txt` });
const base = { year: 2024, metric: 'mediation.cases', qualifier: 'exact' };
const OBSERVATIONS = [
  { ...base, region: '990001', source: 'src-990001', value: 5000, scope: 'region', period: { kind: 'full_year' }, evidence: '全市共调解纠纷5000件' },
  {
    ...base,
    region: '990002',
    source: 'src-990002',
    value: 9000,
    scope: 'government_own',
    subject: { zh: '市人民调解中心', en: 'the municipal mediation centre' },
    period: { kind: 'full_year' },
    evidence: '市人民调解中心调解纠纷9000件',
  },
  { ...base, region: '990003', source: 'src-990003', value: 8000, scope: 'region', period: { kind: 'partial_year', months: [1, 6], phrase: '上半年' }, evidence: '上半年全市调解纠纷8000件' },
  { ...base, region: '990004', source: 'src-990004', value: 7000, scope: 'region', period: { kind: 'multi_year', from: 2020, to: 2024, phrase: '五年来' }, evidence: '五年来全市调解纠纷7000件' },
];
const NOT_COMPARABLE_GREY = [0x8a, 0x8a, 0x8f];

test.beforeEach(async ({ page }) => {
  const tables: Record<string, unknown> = {
    themes: fixture.themes,
    metrics: fixture.metrics,
    regions: REGIONS,
    sources: REGIONS.map((r) => source(r.code)),
    observations: OBSERVATIONS,
  };
  for (const [name, json] of Object.entries(tables)) await page.route(`**/data/${name}.json`, (route) => route.fulfill({ json }));
});

const ranked = (page: Page) => page.locator('.chart-data tbody tr');

/** Downloads what the named export control produces. */
const download = async (page: Page, name: RegExp): Promise<Buffer> => {
  const bar = page.getByTestId('export-bar');
  if (!(await bar.evaluate((d) => (d as HTMLDetailsElement).open))) await bar.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name }).click()]);
  return readFileSync(await file.path());
};

/** Downloads the 2× PNG and counts its pixels of the grey that marks values that are not comparable. */
const greyPixels = async (page: Page): Promise<number> => {
  const png = PNG.sync.read(await download(page, /PNG 2×/));
  let grey = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i] === NOT_COMPARABLE_GREY[0] && png.data[i + 1] === NOT_COMPARABLE_GREY[1] && png.data[i + 2] === NOT_COMPARABLE_GREY[2]) grey++;
  return grey;
};

test('ranks only the full-year regional total; names the others with why; draws them grey and marked on request', async ({ page, problems }) => {
  void problems;
  await page.goto('/?lang=en&metric=mediation.cases&year=2024');
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  await page.locator('.chart-data summary').click();
  await expect(ranked(page)).toHaveCount(1);
  await expect(ranked(page).first()).toContainText('Alpha');
  const list = page.getByTestId('not-comparable');
  await expect(list).toContainText("Beta (the own count of the municipal mediation centre, not the region's total)");
  await expect(list).toContainText('Gamma (months 1–6 only)');
  await expect(list).toContainText('Delta (total of 2020–2024)');
  // Without the others, the image has no grey bar.
  expect(await greyPixels(page)).toBe(0);

  await list.getByRole('button', { name: /Show these values in the chart/ }).click();
  await expect(page).toHaveURL(/others=show/);
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  await expect(ranked(page)).toHaveCount(4);
  // Sorted by value like the rest, each not comparable one marked ‡.
  await expect(ranked(page).nth(0)).toContainText(/Beta.*9,000 ‡/);
  await expect(ranked(page).nth(1)).toContainText(/Gamma.*8,000 ‡/);
  await expect(ranked(page).nth(2)).toContainText(/Delta.*7,000 ‡/);
  await expect(ranked(page).nth(3)).toContainText(/Alpha.*5,000/);
  await expect(ranked(page).nth(3)).not.toContainText('‡');
  // The image fills them grey: three filled bars at 2× are about 190,000 grey pixels; grey borders and the legend's key
  // alone (bars filled in the comparable colour) about 8,000.
  expect(await greyPixels(page)).toBeGreaterThan(100_000);
});

test('the trend draws no point for a year whose value covers half of it or five years', async ({ page, problems }) => {
  void problems;
  await page.goto('/?lang=en&view=trend&metric=mediation.cases');
  await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-ready', 'true');
  await page.locator('.chart-data summary').click();
  await expect(ranked(page)).toHaveCount(1);
  await expect(ranked(page).first()).toContainText('Alpha');
  await expect(page.getByTestId('not-comparable')).toContainText('Gamma (months 1–6 only)');
});

test('in Chinese: the page, the CSV and the SVG say which values are not comparable and why', async ({ page, problems }) => {
  void problems;
  await page.goto('/?metric=mediation.cases&year=2024');
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  const list = page.getByTestId('not-comparable');
  await expect(list).toContainText('口径不同，未在图中比较');
  await expect(list).toContainText('乙市（市人民调解中心自身的数字，非全地区总数）');
  await expect(list).toContainText('丙市（仅1–6月）');
  await expect(list).toContainText('丁市（2020–2024年累计）');
  // Left out of the chart, the SVG still lists them under it.
  expect((await download(page, /SVG/)).toString('utf8')).toContain('口径不同，未在图中比较');

  await list.getByRole('button', { name: /在图中显示这些值/ }).click();
  await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
  const svg = (await download(page, /SVG/)).toString('utf8');
  expect(svg).toContain('‡ 口径不同，不可与其他值直接比较');
  expect(svg).toContain('丙市（仅1–6月）');
  const [head, ...rows] = Papa.parse<string[]>((await download(page, /CSV/)).toString('utf8').slice(1), { skipEmptyLines: true }).data;
  const column = (name: string) => head!.indexOf(name);
  const byRegion = Object.fromEntries(rows.map((r) => [r[column('地区')], r]));
  expect(byRegion['甲市']?.[column('可比性')]).toBe('全地区全年总数，可与其他地区比较');
  expect(byRegion['乙市']?.[column('可比性')]).toBe('‡ 市人民调解中心自身的数字，非全地区总数');
  expect(byRegion['丙市']?.[column('可比性')]).toBe('‡ 仅1–6月');
  expect(byRegion['丁市']?.[column('可比性')]).toBe('‡ 2020–2024年累计');
});
