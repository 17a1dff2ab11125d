// Review intake as reports word it (sentences written for these tests): 公民、法人或者其他组织 is the law's words for every
// applicant, not the remainder of a breakdown (category.ts); a verb before a 、 still names what the figure counts
// (共新收公民、法人…申请205件: received, so 受理190件 after it is the accepted count); 与去年177件相比上升16% is a change
// (yoy.ts); a count right after 不予受理 is no concluded count.
import { claim } from './helpers.ts';

const CITY = { year: 2020, region: '420200' };

describe('the received and accepted counts of a review report', () => {
  const text =
    '全市各级行政复议机关共新收公民、法人或其它组织的行政复议申请205件,与去年177件相比上升16%,受理190件,与去年163件相比上升17%。';
  it.each([
    [205, ['review.cases', 'region']],
    [177, ['review.cases', 'prior_year']],
    [16, ['review.cases', 'change']],
    [190, ['review.accepted', 'region']],
    [17, ['review.accepted', 'change']],
  ] as const)('%d', (value, expected) => {
    expect(claim(text, value, CITY)).toEqual(expected);
  });

  it('the verb is read from the clause the 、 ends, not from the sentence’s start', () => {
    const text = '2020年,全市各级行政复议机关共新收公民、法人或其它组织的行政复议申请205件,受理190件。';
    expect(claim(text, 190, CITY)).toEqual(['review.accepted', 'region']);
  });

  it('其他纠纷 is still the remainder of a breakdown', () => {
    expect(claim('全市调解婚姻家庭纠纷320件,其他纠纷54件。', 54, CITY)[1]).toBe('sub_category');
  });

  it.each([
    [
      '全市各级行政复议机关共新收行政复议申请205件。其中市本级新收行政复议申请107(受理98件,不予受理9件已受理案件办结94件。',
      9,
    ],
    ['全年不予受理12件。', 12],
  ] as const)('%s: %d is no concluded count', (text, value) => {
    expect(claim(text, value, CITY)[0]).not.toBe('review.concluded');
  });

  it('审结(不予受理及受理后审结)86件 is the concluded count', () => {
    expect(claim('全年审结行政复议案件(不予受理及受理后审结)86件。', 86, CITY)).toEqual([
      'review.concluded',
      'region',
    ]);
  });
});
