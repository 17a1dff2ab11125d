// A percent change with a level's verb right after a rate (调解成功率98.2%,同比上升0.4%) changes that rate, and
// no prior-year value is read from it. Sentences are written for these tests.
import { claim, derived } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a rise or fall of a rate right after it', () => {
  it.each([
    ['全市人民调解组织共调解矛盾纠纷1.1万件,调解成功率98.2%,同比上升0.4%。', 0.4, 'mediation.success_rate'],
    ['全市共调解矛盾纠纷1.2万件,调解成功1.18万件,调解成功率98.3%,同比上升0.5%。', 0.5, 'mediation.success_rate'],
    ['调解成功8,000件,成功率98.6%,较上年提高0.3%。', 0.3, 'mediation.success_rate'],
    ['全市行政复议案件1,200件,纠错率10.5%,同比下降2.1%。', -2.1, 'review.correction_rate'],
    ['全市一审行政诉讼案件800件,败诉率6.2%,较去年降低1.5%。', -1.5, 'litigation.loss_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'change']);
    expect(derived(text, CITY)).toEqual([]);
  });
});

describe('near misses: still the count’s change', () => {
  it.each([
    // 增长 is a quantity's growth.
    ['全年调解纠纷5000件,调解成功率98%,同比增长12%。', 12, 'mediation.cases'],
    // The change names its own subject.
    ['全市调解纠纷5000件,调解成功率98%,调解案件同比上升4%。', 4, 'mediation.cases'],
    // The change comes before the rate.
    ['全市受理法律援助案件3,000件,同比上升10%,结案率95%。', 10, 'legal_aid.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'change']);
  });

  it('a change in points still gives the prior rate', () => {
    expect(derived('全市调解成功率达98.5%,同比提高0.6个百分点。', CITY).map((c) => c.value)).toEqual([97.9]);
  });
});
