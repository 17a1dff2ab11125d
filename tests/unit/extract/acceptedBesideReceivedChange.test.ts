// A report that tells 新收 from 受理 does so even when it gives only the change of the received count: the 受理 count
// beside it is then the accepted count (review.accepted), as it is beside a received count, even when its words name the
// applications. Sentences written for the test.
import { claim } from './helpers.ts';

describe('受理 beside a change of the received count', () => {
  it.each([
    ['全市新收行政复议案件较上年增加20件，受理行政复议案件280件。', 280],
    ['全市新收行政复议案件较上年增加20件，受理行政复议申请280件。', 280],
    ['2023年，全区收到行政复议申请比上年增加35件，依法受理412件，审结398件。', 412],
    ['全县新收行政复议案件同比增加12件；受理行政复议案件96件。', 96],
  ])('%j: %s is the accepted count', (text, value) => {
    expect(claim(text, value)).toEqual(['review.accepted', 'region']);
  });

  it.each([
    // No received count nor its change: 受理 of applications is the region's intake (受理 of 案件 alone is the accepted
    // count anyway, review.accepted).
    ['全市受理行政复议申请280件，较上年增加20件。', 280],
    // A change of another topic's count says nothing of review's bases.
    ['全市调解纠纷较上年增加300件，受理行政复议申请280件。', 280],
    // … even when it is a 新收 count of its own (litigation and legal aid have bases too).
    ['新收行政诉讼案件较上年增加20件，受理行政复议申请280件。', 280],
    ['全年新收法律援助案件较上年增加30件，受理行政复议申请280件。', 280],
  ])('%j: %s stays the cases received', (text, value) => {
    expect(claim(text, value)).toEqual(['review.cases', 'region']);
  });
});
