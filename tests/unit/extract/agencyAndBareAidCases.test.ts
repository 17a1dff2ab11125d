// Cases lawyers took on as agents (律师代理…, 行政案件代理169件) are no suits against the government; 援助案件 alone in a
// justice bureau's list is legal aid (topics.ts, metricRules.ts). Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '140600' };

describe('representation by lawyers is no suit against the government', () => {
  it.each([
    ['律师担任刑事辩护人747件,民事案件代理1,891件,行政案件代理169件。', 169],
    ['全市律师代理行政诉讼案件169件。', 169],
    ['律师事务所担任行政诉讼代理人169件。', 169],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it.each([
    ['全市行政机关共发生行政诉讼案件310件。', 310, ['litigation.cases', 'region']],
    ['受区政府委托,法律顾问代理行政诉讼案件31件。', 31, ['litigation.cases', 'government_own']],
  ] as const)('near miss: %s', (text, value, expected) => {
    expect(claim(text, value, Y)).toEqual(expected);
  });
});

describe('援助案件 alone', () => {
  it.each([
    ['办理各类公证案件4,231件;办理援助案件1,052件。', 1052],
    ['全年共受理援助案件1,052件,同比增长6%。', 1052],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['legal_aid.cases', 'region']);
  });

  it('司法救助 cases stay out', () => {
    expect(claim('全市法院办理司法救助案件120件。', 120, Y)[0]).not.toBe('legal_aid.cases');
  });
});

// metricRules: legal aid cases others took part in or assisted (村法律顾问参与法律援助案件118件) are no count of them.
describe('taking part in legal aid', () => {
  it.each([
    ['村法律顾问协助调解纠纷495宗,参与法律援助案件118件。', 118],
    ['志愿者协助办理法律援助案件60件。', 60],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });
});
