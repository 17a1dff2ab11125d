// 上年度全市调解矛盾纠纷1.1万件: a sentence opened by the year before the report's speaks of that year.
// Sentences are written for these tests.
import { figure } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a sentence opened by the year before', () => {
  it.each([
    ['上年度全市调解矛盾纠纷1.1万件。', 11000, 'mediation.cases'],
    ['上一年度,全市共办理法律援助案件3,100件。', 3100, 'legal_aid.cases'],
    ['上年全市人民调解成功率为97.9%。', 97.9, 'mediation.success_rate'],
    ['上年度全年,全市法律援助机构为受援人挽回经济损失2,800万元。', 28000000, 'legal_aid.recovered'],
  ] as const)('%s', (text, value, metric) => {
    expect(figure(text, value, CITY)).toMatchObject({ metric, scope: 'prior_year', year: 2022 });
  });
});

describe('near misses', () => {
  it.each([
    // Carried over from the year before: this year's stock.
    ['上年结转法律援助案件50件。', 50],
    // Another year named after the opener.
    ['上年度以来,2023年全市调解矛盾纠纷1.2万件。', 12000],
    // Bare 去年 may be the reported year on a page of the next.
    ['去年全市调解矛盾纠纷1.1万件。', 11000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).not.toBe('prior_year');
  });
});
