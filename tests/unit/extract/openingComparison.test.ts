// 与2022年相比,全市调解矛盾纠纷增加1,200件: a comparison that opens the sentence dates the change of each
// clause ending with a change verb. Sentences are written for these tests.
import { claim, derived, metricOf } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a comparison opening the sentence', () => {
  it.each([
    ['与2022年相比,全市调解矛盾纠纷增加1,200件,达到1.3万件。', 1200, 'mediation.cases'],
    ['与上年相比,全市法律援助案件数量增长12%。', 12, 'legal_aid.cases'],
    ['与去年同期相比,全市行政复议案件下降8.5%。', -8.5, 'review.cases'],
    ['和上年相比较,全市调解成功矛盾纠纷增加600件。', 600, 'mediation.resolved'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'change']);
  });

  it('the level the change reaches is the region’s, and the prior year is derived', () => {
    const text = '与2022年相比,全市调解矛盾纠纷增加1,200件,达到1.3万件。';
    expect(claim(text, 13000, CITY)).toEqual(['mediation.cases', 'region']);
    expect(derived(text, CITY).map((c) => [c.value, c.year])).toEqual([[11800, 2022]]);
  });
});

describe('near misses', () => {
  it('a level after the opener is a level', () => {
    expect(claim('与去年同期相比,全市调解纠纷1.2万件,增长5%。', 12000, CITY)).toEqual(['mediation.cases', 'region']);
  });

  it('a clause without a change verb is no change', () => {
    expect(metricOf('与上年相比,新增人民调解组织20个。', 20, CITY)).toBeNull();
    expect(claim('与上年相比,新增人民调解组织20个。调解纠纷300件。', 300, CITY)).toEqual(['mediation.cases', 'region']);
  });
});
