// 分别 lists pair the k-th figure with the k-th item named before 分别.
import { metricOf } from './helpers.ts';

describe('分别 lists', () => {
  it.each([
    ['受理和审结行政复议案件分别为1,200件、1,150件。', 1200, 'review.accepted'],
    ['受理和审结行政复议案件分别为1,200件、1,150件。', 1150, 'review.concluded'],
    ['行政复议纠错率、实质化解率分别为12%、85%。', 12, 'review.correction_rate'],
    ['行政复议纠错率、实质化解率分别为12%、85%。', 85, 'review.resolution_rate'],
    ['人民调解案件数、调解成功数分别为3,000件和2,950件。', 3000, 'mediation.cases'],
    ['人民调解案件数、调解成功数分别为3,000件和2,950件。', 2950, 'mediation.resolved'],
    [
      '全市行政机关负责人出庭应诉率、行政诉讼败诉率分别达到98%、5.2%。',
      98,
      'litigation.head_appearance_rate',
    ],
    ['全市行政机关负责人出庭应诉率、行政诉讼败诉率分别达到98%、5.2%。', 5.2, 'litigation.loss_rate'],
    ['全市法律援助机构、人民调解组织分别受理案件3,000件、5,000件。', 3000, 'legal_aid.cases'],
    ['全市法律援助机构、人民调解组织分别受理案件3,000件、5,000件。', 5000, 'mediation.cases'],
  ] as const)('%s [%d]', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });

  it('leaves lists it cannot pair alone', () => {
    expect(metricOf('市县两级分别有12个、35个。', 35)).toBeNull();
  });
});
