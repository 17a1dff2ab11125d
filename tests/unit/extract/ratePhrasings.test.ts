// A rate word before its figure with an adverb between (持续保持100%, 同比下降至5.2%), and a change whose subject
// is a rate word (纠错率同比下降19%): it changes that rate. Sentences are written for these tests.
import { claim, derived } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('an adverb between a rate word and its verb', () => {
  it.each([
    ['行政机关负责人出庭应诉率持续保持100%。', 100, 'litigation.head_appearance_rate'],
    ['全市行政机关负责人出庭应诉率始终保持在100%。', 100, 'litigation.head_appearance_rate'],
    ['行政诉讼败诉率同比下降至5.2%。', 5.2, 'litigation.loss_rate'],
    ['全市行政机关败诉率进一步降至4.1%。', 4.1, 'litigation.loss_rate'],
    ['人民调解成功率稳定保持在98%以上。', 98, 'mediation.success_rate'],
    ['人民調解成功率一直保持在98%以上。', 98, 'mediation.success_rate'],
    ['行政复议纠错率继续保持在12.5%。', 12.5, 'review.correction_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});

describe('a change of a rate named as its subject', () => {
  it.each([
    ['纠错率同比下降19%。', -19, 'review.correction_rate'],
    ['行政诉讼败诉率同比下降5.2%。', -5.2, 'litigation.loss_rate'],
    ['出庭应诉率同比提高3%。', 3, 'litigation.head_appearance_rate'],
    ['全市行政复议纠错率为12%,纠错率较上年下降19%。', -19, 'review.correction_rate'],
    ['調解成功率同比上升２%。', 2, 'mediation.success_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'change']);
  });

  it('gives no prior-year value: a relative change of a rate is not read as points', () => {
    expect(derived('全市行政复议纠错率为12%,纠错率同比下降19%。', CITY)).toEqual([]);
  });

  it('a change of a count is still a change of the count', () => {
    expect(claim('全市受理行政复议案件1,200件,同比增长12%。', 12, CITY)).toEqual(['review.accepted', 'change']);
    expect(claim('行政复议案件受理量同比增长79.3%。', 79.3, CITY)).toEqual(['review.accepted', 'change']);
  });
});

describe('the review resolution rate in the words of its definition', () => {
  it.each([
    ['全市收到行政复议申请1,200件,案结事了率达85%。', 85],
    ['行政争议实质性化解率85%。', 85],
    ['全市行政争议实质性化解率达85%。', 85],
    ['行政複議案件實質性化解率85%。', 85],
    ['通过行政复议实质性化解行政争议的比例达85%。', 85],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['review.resolution_rate', 'region']);
  });

  it.each([
    ['全市法院行政案件实质性化解率达60%。', 60, null],
    ['全市矛盾纠纷实质化解率达98%。', 98, 'mediation.success_rate'],
    ['调解案件案结事了率达98%。', 98, null],
  ] as const)('a strong word of another topic decides: %s', (text, value, metric) => {
    expect(claim(text, value, CITY)[0]).toBe(metric);
  });
});
