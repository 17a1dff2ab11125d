// More words for a sum over several years: 过去五年, 这五年, 本届政府任期内, “十四五”开局以来. Sentences are
// written for these tests.
import { claim, figure } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a span of years makes the figures after it cumulative', () => {
  it.each([
    ['过去五年,全市累计调解纠纷6.2万件。', 62000, 'mediation.cases'],
    // a span opened by 始于/自…开始 (period.ts), whose year dates no figure (reportYear.statedYear)
    [
      '法律援助志愿者行动始于2009年,曾派出志愿者2200余人次,办理法律援助案件9.5万余件。',
      95000,
      'legal_aid.cases',
    ],
    ['自2019年开始的法律援助志愿服务累计办理法律援助案件7300余件。', 7300, 'legal_aid.cases'],
    ['从2020年开始,全市共调解矛盾纠纷8.1万件。', 81000, 'mediation.cases'],
    ['过去3年,全市共办理法律援助案件9,000件。', 9000, 'legal_aid.cases'],
    ['这五年,全市共办理法律援助案件9,800件。', 9800, 'legal_aid.cases'],
    ['最近两年,全市人民调解组织共调解纠纷2.4万件。', 24000, 'mediation.cases'],
    ['本届政府任期内,全市累计调解矛盾纠纷5.6万件。', 56000, 'mediation.cases'],
    ['本届以来,全市共办理法律援助案件1.1万件。', 11000, 'legal_aid.cases'],
    ['“十四五”开局以来,全市共办理法律援助案件9,800件。', 9800, 'legal_aid.cases'],
    ['十四五实施以来,全市法律援助机构为受援人挽回经济损失1.2亿元。', 120000000, 'legal_aid.recovered'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'cumulative']);
  });
});

describe('near misses: one year, or a span that ranks a figure', () => {
  it.each([
    ['过去一年,全市共调解纠纷1.2万件。', 12000, 'mediation.cases'],
    ['在过去的一年里,全市共办理法律援助案件3,000件。', 3000, 'legal_aid.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it('过去五年来最多 ranks the figure before it', () => {
    expect(figure('全市调解纠纷1.2万件,为过去五年来最多,调解成功1.18万件。', 11800, CITY).scope).toBe(
      'region',
    );
  });
});

// period.ts: 今年 opening a later sentence ends a span opened before it (近年来,…。今年,…共办理…).
describe('this year after a span', () => {
  it.each([
    ['近年来,市法援中心不断创造条件。今年,全市共办理各类法律援助案件118件。', 118, 'legal_aid.cases'],
    ['多年来,全县坚持发展“枫桥经验”。今年全县共调解矛盾纠纷1,230件。', 1230, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it('今年以来 and 今年前三季度 keep their own readings', () => {
    expect(
      figure('五年来,全市累计调解纠纷6.2万件。今年以来调解纠纷1.1万件。', 11000, CITY).period?.phrase,
    ).toBe('今年以来');
  });
});

// period.ts: 去年以来 on a page of this year spans more than a year (not 较去年以来…).
describe('since last year', () => {
  it.each([
    ['去年以来,全省公共法律服务中心办理各类法律援助案件1.4万余件。', 14_000, 'cumulative'],
    ['自去年5月以来,全市共调解矛盾纠纷8,100件。', 8100, 'cumulative'],
    ['较去年以来的增幅明显,全市办理法律援助案件1.4万件。', 14_000, 'region'],
  ] as const)('%s', (text, value, scope) => {
    expect(claim(text, value, CITY)[1]).toBe(scope);
  });
});

// period.ts RANKS_A_FIGURE: a span that tells the streak of the figure before it (实现2021年以来的“三连降”) is its trend,
// not the period of the figures after it.
describe('a streak since a year', () => {
  it('实现2021年以来的“三连降” leaves the next figure the year’s', () => {
    const text =
      '全市法院共新收各类行政案件2.15万件,同比下降4.48%,实现2021年以来的“三连降”;各级行政机关负责人出庭应诉3,365件次。';
    expect(claim(text, 3365, CITY)).toEqual(['litigation.head_appearances', 'region']);
  });

  it('2021年以来 opening the sentence still makes a sum', () => {
    expect(claim('2021年以来,全市共调解纠纷3.2万件。', 32_000, CITY)).toEqual([
      'mediation.cases',
      'cumulative',
    ]);
  });
});
