// Survivors of the extract-figures run of 2 December 2026 (firstInstance, newAndCarriedOver, and the 倍 part of a
// mixed total), each killed by sentences written for these tests; expected values worked out by hand.
import { claim, metricOf } from './helpers.ts';

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

// [sentence, the total, what the total claims, the 新收 count, what it claims]
describe('a total of new and carried-over review cases', () => {
  it.each([
    // With no 其中 the 新收 count still breaks the total down (the mutant !item.part → false read this better).
    ['全年共有行政复议案件1,410件,新收1,320件,上年结转90件。', 1410, null, 1320, 'review.cases'],
    ['全市共办理行政复议案件1,410件,新收1,320件,旧存90件。', 1410, null, 1320, 'review.cases'],
    ['全年共有行政复议案件1,410件,其中新收1,320件,上年未审结90件。', 1410, null, 1320, 'review.cases'],
    // The carried-over cases are named in another sentence: nothing says the total holds them.
    ['全年共有行政复议案件1,410件,其中新收1,320件。上年结转90件。', 1410, 'review.cases', 1320, null],
    ['上年结转90件。全年共有行政复议案件1,410件,其中新收1,320件。', 1410, 'review.cases', 1320, null],
    // A 受理 part is no 新收 count; a total of received applications holds no carried-over ones.
    ['全年共有行政复议案件1,410件,其中受理1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    ['全年共收到行政复议申请1,410件,其中新收1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    // A 新收 count of one kind is no count of all new applications: the total keeps its claim.
    ['全年共有行政复议案件1,410件,其中新收涉企案件1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    ['全年共有行政复议案件1,410件,其中新收征收类案件1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    // Legal aid counts cases handled, new or not.
    ['全年共办理法律援助案件1,410件,其中新收1,320件,上年结转90件。', 1410, 'legal_aid.cases', 1320, null],
  ] as const)('%s', (text, total, totalMetric, received, receivedMetric) => {
    expect(metricOf(text, total)).toBe(totalMetric);
    expect(metricOf(text, received)).toBe(receivedMetric);
  });

  it('the 新收 count that takes the total’s place is the region’s', () => {
    expect(claim('全年共有行政复议案件1,410件,新收1,320件,上年结转90件。', 1320)).toEqual(['review.cases', 'region']);
  });
});
