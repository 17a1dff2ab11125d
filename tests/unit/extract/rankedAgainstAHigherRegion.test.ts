// A region ranked or compared against a higher one (位居全省前列, 名列全省第一, 高于全省平均水平) is still the one
// counting: the higher region's name there does not make the figures after it a quote of that region's total.
// A figure whose subject is the higher region (全省共调解…) still makes no claim on a city's page. Sentences written for
// these tests.
import { claim } from './helpers.ts';

const CITY = { region: '610900', year: 2016 } as const;
const COUNTY = { region: '610921', year: 2016 } as const;

describe('a region ranked against a higher one', () => {
  it.each([
    ['全市办案总量位居全省前列，为受援群众挽回经济损失10357余万元。', 103_570_000, 'legal_aid.recovered'],
    ['全市办案数量名列全省第一，为受援人挽回经济损失500万元。', 5_000_000, 'legal_aid.recovered'],
    ['我市法律援助工作走在全省前列，共办理法律援助案件1500件。', 1500, 'legal_aid.cases'],
    ['全市行政复议案件数量居全省首位，全年新收行政复议案件800件。', 800, 'review.cases'],
    ['调解成功率连续三年位列全省前三，全年共调解纠纷6200件。', 6200, 'mediation.cases'],
    ['全市调解工作高于全省平均水平，全年调解纠纷3000件。', 3000, 'mediation.cases'],
  ])('%s: %d is the city’s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it('on a county’s page, ranking against the city above does not quote the city', () => {
    expect(claim('全县调解成功率排名全市第二，共调解纠纷900件。', 900, COUNTY)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('the higher region’s own figures still make no claim', () => {
  it.each([
    ['全省共调解纠纷5万件。', 50_000],
    ['全市调解纠纷3000件，全省调解纠纷5万件。', 50_000],
    ['全省法律援助机构共办理法律援助案件2.1万件，位居全国前列。', 21_000],
  ])('%s: %d is not the city’s', (text, value) => {
    expect(claim(text, value, CITY)[0]).toBeNull();
  });

  it('an average per person is still no total', () => {
    expect(claim('全市每个调解员平均调解纠纷30件。', 30, CITY)[0]).toBeNull();
    expect(claim('全市平均每月调解纠纷300件。', 300, CITY)[0]).toBeNull();
  });
});
