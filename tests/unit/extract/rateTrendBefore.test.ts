// A clause that tells a rate's trend without a figure (出庭应诉率逐年提升,) names the rate of the figure after it when only a
// year and a verb stand between (assignMetric.rateOfTrendBefore). Suits brought after review are a part, no suits'
// total (metricRules). Sentences are written for these tests.
import { rateOfTrendBefore } from '../../../src/extract/assignMetric.ts';
import { claim, figure } from './helpers.ts';

const Y = { year: 2022, region: '530000' };

describe('rateOfTrendBefore', () => {
  it.each([
    ['行政机关负责人出庭应诉率逐年提升,2022年首次突破', '行政机关负责人出庭应诉率'],
    ['一审案件行政机关败诉率明显下降,2021年降至', '一审案件行政机关败诉率'],
    ['调解成功率稳步提高,达到', '调解成功率'],
    ['本市行政机关败诉率连年上升,其中乡镇政府败诉案件超', null],
    ['败诉率明显下降,全市共审结案件', null],
    ['全市调解纠纷3,000件,成功率', null],
  ] as const)('%s → %s', (text, rate) => {
    expect(rateOfTrendBefore(text)).toBe(rate);
  });
});

describe('the figure after a trend', () => {
  it.each([
    [
      '行政机关负责人出庭应诉率逐年提升,2022年首次突破80%,达80.98%。',
      80.98,
      ['litigation.head_appearance_rate', 'region'],
    ],
    ['(二)一审案件行政机关败诉率明显下降,2022年降至5.6%', 5.6, ['litigation.loss_rate', 'region']],
    ['全省人民调解成功率稳步提高,达到98.7%。', 98.7, ['mediation.success_rate', 'region']],
  ] as const)('%s', (text, value, expected) => {
    expect(claim(text, value, Y)).toEqual(expected);
  });

  it('a part after the trend keeps no rate', () => {
    expect(figure('本市行政机关败诉率连年上升,其中乡镇政府败诉案件超三成。', 30, Y).metric).toBeNull();
  });
});

describe('suits after review', () => {
  it.each([
    ['复议后又提起行政诉讼的共119件。', 119],
    ['经复议后被诉的案件119件。', 119],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });
});

// metricRules: the share of disputes resolved, written before them (90.3%的行政争议实现实质性化解), is the resolution rate.
describe('a share written before the disputes it resolved', () => {
  it.each([
    ['全省新收行政复议案件16,846件,90.3%的行政争议实现实质性化解。', 90.3],
    ['全市新收行政复议案件一万余件,超过85%的行政争议在复议环节实现“案结事了”。', 85],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.resolution_rate', 'region']);
  });
});

// metricRules: the heads' appearances' share of the suits (出庭应诉的87件,占诉讼案件的21.75%) is the appearance rate; a
// share of the appearances themselves (占…出庭应诉案件总数的15.45%) and some bodies' heads' share are not.
describe('the share of the suits the heads appeared in', () => {
  it.each([
    ['其中,行政机关负责人出庭应诉的87件,占诉讼案件的21.75%。', 21.75],
    ['全市行政机关负责人出庭应诉120件,占开庭审理案件的95%。', 95],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['litigation.head_appearance_rate', 'region']);
  });

  it.each([
    ['其中,部门正职负责人出庭应诉案件数为544人,占行政机关负责人出庭应诉案件总数的15.45%。', 15.45],
    ['其中市直部门负责人出庭应诉30件,占诉讼案件的10%。', 10],
    ['全市发生行政诉讼案件434件,其中以市政府为被告的87件,占诉讼案件的20%。', 20],
  ] as const)('near miss: %s', (text, value) => {
    expect(claim(text, value, Y)[0]).not.toBe('litigation.head_appearance_rate');
  });
});
