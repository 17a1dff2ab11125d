// 由2022年的1.05万件增加到1.2万件: the level a comparison point moved to measures what the point measures.
// Sentences are written for these tests.
import { claim, figure, metricOf } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('the level after a comparison point', () => {
  it.each([
    ['全市调解矛盾纠纷由2022年的1.05万件增加到1.2万件。', 12000, 'mediation.cases'],
    ['全市调解成功矛盾纠纷从上年的9,800件上升到1.1万件。', 11000, 'mediation.resolved'],
    ['全市办理法律援助案件由2022年的3,100件增至3,456件。', 3456, 'legal_aid.cases'],
    ['受理行政复议案件由上年的800件上升到1,000件。', 1000, 'review.accepted'],
    ['为受援人挽回经济损失由上年的1,800万元提高到2,100万元。', 21000000, 'legal_aid.recovered'],
    ['行政机关负责人出庭应诉率由上年的85%提升至100%。', 100, 'litigation.head_appearance_rate'],
    ['行政诉讼败诉率从上年的12%回落到8.5%。', 8.5, 'litigation.loss_rate'],
    ['全市调解矛盾纠纷从上年的9,800件,增至1.1万件。', 11000, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});

describe('near misses', () => {
  it('another unit after the point measures something else', () => {
    expect(metricOf('全市办理法律援助案件由上年的3,100件增加到3,456件,增加到8人。', 8, CITY)).toBeNull();
  });

  it('a count of another sentence is no move of the point', () => {
    expect(metricOf('全市办理法律援助案件由上年的3,100件增加。增加到3,456件。', 3456, CITY)).toBeNull();
  });

  it('a level with its own year after 至 is that year’s (a year before the report’s: prior_year)', () => {
    const c = figure('全市法律援助案件从2021年的3,100件增长至2022年的3,300件。', 3300, CITY);
    expect([c.metric, c.scope, c.year]).toEqual(['legal_aid.cases', 'prior_year', 2022]);
  });
});

describe('the level moved to, with its year right before it', () => {
  it.each([
    ['全市行政复议案件从2022年的980件增加到2023年的1,203件。', 1203, 'review.cases'],
    ['全市行政复议案件由2022年的980件上升至2023年度的1,203件。', 1203, 'review.cases'],
    ['全市调解矛盾纠纷由2022年的1.05万件增加到2023年的1.2万件。', 12000, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it('a year elsewhere after the verb is no level moved to', () => {
    expect(metricOf('全市行政复议案件由2021年的980件增加到2023年全市的1,203件。', 1203, CITY)).toBeNull();
  });
});
