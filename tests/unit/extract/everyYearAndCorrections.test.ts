// A rate said of every year alike (每年…调解成功率达98.5%, 年年保持在) is no one year's figure; a count of correction
// decisions (作出纠错决定的191件) is a part of the concluded cases, not their count. Sentences written for these tests.
import { claim } from './helpers.ts';

describe('a rate said of every year', () => {
  it.each([
    ['全省各类调解组织每年化解矛盾纠纷案件50万件以上，调解成功率达98.5%。', 98.5],
    ['全市每年办理法律援助案件3000余件，群众满意率均在99%以上。', 99],
    ['行政机关负责人出庭应诉率年年保持100%。', 100],
  ])('%s: %d claims no metric', (text, value) => {
    expect(claim(text, value)[0]).toBeNull();
  });

  it('a rate of the year beside it still counts', () => {
    expect(claim('今年全市调解成功率达98.5%，比每年平均水平略高。', 98.5)).toEqual([
      'mediation.success_rate',
      'region',
    ]);
  });
});

describe('correction decisions', () => {
  it.each([
    ['其中，作出纠错决定的191件。', 191],
    ['全年作出纠错决定45件。', 45],
  ])('%s: %d is no concluded count', (text, value) => {
    expect(claim(text, value)[0]).not.toBe('review.concluded');
  });

  it('the decisions of the year still are', () => {
    expect(claim('全年共作出行政复议决定860件。', 860)[0]).toBe('review.concluded');
  });
});
