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

// The same months of the year before, after a comma or a semicolon alike (a new user saw the two read apart).
describe('a clause opened by the same period of the year before', () => {
  it.each([
    ['全市共收到行政复议申请2,035件,上年同期受理1,722件。', 1722, 'review.accepted'],
    ['全市共收到行政复议申请2,035件;上年同期受理1,722件。', 1722, 'review.accepted'],
    ['全区办理法律援助案件1,120件,去年同期办理980件。', 980, 'legal_aid.cases'],
    ['1-6月,全区人民调解组织调解纠纷1,200件,上年同期调解1,050件。', 1050, 'mediation.cases'],
    ['上年同期,全区人民调解组织调解纠纷1,050件。', 1050, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(figure(text, value, CITY)).toMatchObject({ metric, scope: 'prior_year', year: 2022 });
  });

  it.each([
    // A comparison with it: the change is this year's.
    ['全区调解纠纷1,200件,上年同期相比增加150件。', 150],
    ['全区调解纠纷1,200件,与上年同期相比增加150件。', 150],
    // This year's figure on the same line.
    ['全区调解纠纷1,200件,上年同期结转案件30件。', 30],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, CITY).scope).not.toBe('prior_year');
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
