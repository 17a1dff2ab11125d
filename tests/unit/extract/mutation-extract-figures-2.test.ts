// Survivors of the extract-figures run of 2 December 2026 (firstInstance, newAndCarriedOver, and the 倍 part of a
// mixed total), each killed by sentences written for these tests; expected values worked out by hand.
import { metricOf } from './helpers.ts';

describe('a 倍 figure written as the 其中 part naming the total’s own object marks the total mixed', () => {
  it.each([
    ['全市各级行政复议机关共办理案件4,613件,其中行政复议案件是上年的2倍。', 4613],
    ['全区复议机关共收到各类案件1,020件。其中行政复议申请是上年的3倍。', 1020],
    ['全市法律援助机构共办理案件3,000件,其中法援案件约为上年的1.2倍。', 3000],
    ['全市行政机关出庭应诉共涉及案件900件,其中行政诉讼案件是上年的2倍。', 900],
  ] as const)('%s', (text, total) => {
    expect(metricOf(text, total)).toBeNull();
  });

  it.each([
    // The total names the object itself.
    ['全市共收到行政复议申请4,613件,其中行政复议案件是上年的2倍。', 4613, 'review.cases'],
    ['全市行政机关共应诉案件862件,其中行政诉讼案件是上年的2倍。', 862, 'litigation.cases'],
    // No 其中: the 倍 is the total's own growth.
    ['全市各级行政复议机关共办理案件4,613件,是上年的2倍。', 4613, 'review.cases'],
    // The part is one kind of case, not the object.
    ['全市各级行政复议机关共办理案件4,613件,其中涉企案件是上年的2倍。', 4613, 'review.cases'],
    ['全市法律援助机构共办理案件3,000件,其中刑事案件是上年的2倍。', 3000, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, total, metric) => {
    expect(metricOf(text, total)).toBe(metric);
  });
});
