// Administrative cases counted by field (a yearbook's 城建收案中…房屋登记案件389件,下降7.8%,规划案件85件): each field is a
// part, also in a clause of its own after a 「;」. Sentences written for this test.
import { claim } from './helpers.ts';

describe('fields of administrative cases', () => {
  it.each([
    [
      '全省法院共收行政一审案件3,111件。城建收案中涉及房屋拆迁案件293件,下降25.6%;房屋登记案件389件,下降7.8%,规划案件85件。',
      85,
    ],
    ['全省法院共收行政一审案件3,111件,同比下降7.8%;规划案件85件。', 85],
    ['全市法院受理行政诉讼案件900件;城建案件210件,下降5%。', 210],
    ['全市共收到行政复议申请1,200件;林业案件41件,草原案件5件。', 41],
    ['全市共收到行政复议申请1,200件;食品药品案件120件。', 120],
  ])('%s: %d is a part', (text, value) => {
    expect(claim(text, value)[1]).toBe('sub_category');
  });

  it('the total beside them stays the region’s', () => {
    expect(claim('全省法院共收行政一审案件3,111件,同比下降7.8%;规划案件85件。', 3111)).toEqual([
      'litigation.cases',
      'region',
    ]);
  });
});
