// The report year from a title and the year a sentence puts its figure in, in phrasings written here
// (survivors of npm run test:mutation: titles over two lines, spaces, blank lines, book titles, the opening sentence).
import { describe, expect, it } from 'vitest';
import { comparedYear, inferReportYear, statedYear } from '../../../src/extract/reportYear.ts';
import { claim } from './helpers.ts';

describe('inferReportYear', () => {
  it.each([
    ['2024年法治政府建设年度报告\n正文', 2024],
    ['关于2023年度法治政府建设情况的报告', 2023],
    ['清远市清城区人民政府2024年\n法治政府建设年度报告', 2024],
    ['\n\n   \n某县 2022 年 法治政府建设\n工作报告', 2022],
    ['某市人民政府\n2021年\n法治政府建设年度报告', 2021],
  ])('%j → %d', (text, year) => {
    expect(inferReportYear(text)).toBe(year);
  });

  it('without a title, the year the report opens with', () => {
    expect(inferReportYear('某市法治建设情况\n2023年，我市坚持依法行政。')).toBe(2023);
    // "2023年以来" names where a span starts, not the year a page reports (see reportYear.ts).
    expect(inferReportYear('某市法治建设情况\n2023年以来，我市坚持依法行政。')).toBeUndefined();
  });

  it('no year at all, or only a date, is no report year', () => {
    expect(inferReportYear('某市法治建设情况\n我市坚持依法行政。')).toBeUndefined();
    expect(inferReportYear('')).toBeUndefined();
  });
});

describe('statedYear', () => {
  it.each([
    ['2023年全市共受理', 2023],
    ['2023年度全市共受理', 2023],
    ['较2022年增长，2023年全市共受理', 2023],
    ['根据《2020年工作要点》，全市共受理', undefined],
    ['比2022年', undefined],
    ['2019年以来累计受理', undefined],
    ['2019年至2023年累计受理', undefined],
    ['', undefined],
  ])('%j → %s', (prefix, year) => {
    expect(statedYear(prefix)).toBe(year);
  });
});

describe('comparedYear', () => {
  it.each([
    ['较上年的', 2023, 2023],
    ['由2021年的', 2023, 2021],
    ['与去年同期', 2023, 2023],
    ['全市共受理', 2023, null],
  ] as const)('%j → %s', (local, previous, year) => {
    expect(comparedYear(local, previous)).toBe(year);
  });

  it('only the end of the text counts', () => {
    expect(comparedYear(`较上年的${'件'.repeat(20)}`, 2023)).toBeNull();
    expect(comparedYear(`${'很长的一段文字'.repeat(5)}较上年的`, 2023)).toBe(2023);
  });
});

// statedYear: a dash that opens a line is no span's end; a multiple's base has its own year.
describe('a year after a dash, and the base of a multiple', () => {
  const Y25 = { year: 2025, region: '520200' };
  it.each([
    ['——2023年行政机关败诉率为', 2023],
    ['—2022年全市调解纠纷', 2022],
    ['2019—2023年', undefined],
    ['2019-2023年全市', undefined],
    ['共收到申请8,465件,是2023年收案数的4.4倍,受理', undefined],
    ['2024年,共收到申请8,465件,相当于2023年的2倍,受理', 2024],
  ] as const)('statedYear(%s) is %s', (prefix, year) => {
    expect(statedYear(prefix)).toBe(year);
  });

  it('——2023年… opens a line of 2023', () => {
    expect(claim('——2023年行政机关败诉率为17.3%、2024年为6.2%。', 17.3, Y25)).toEqual([
      'litigation.loss_rate',
      'prior_year',
    ]);
  });

  it('2019—2023年 still closes a span', () => {
    expect(claim('2019—2023年行政机关败诉率为17.3%。', 17.3, Y25)[1]).toBe('cumulative');
  });

  it('是2023年收案数的4.4倍 dates the base, not the figure after it', () => {
    const text = '2024年,全市各级行政复议机关共收到行政复议申请8,465件,是2023年收案数的4.4倍,受理6,777件。';
    expect(claim(text, 6777, { year: 2024, region: '110000' })).toEqual(['review.accepted', 'region']);
  });
});
