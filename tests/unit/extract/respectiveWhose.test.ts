// A 分别 list of whose figures, the whole region's and the government's own level's, with the head written once after the
// last (全市、市本级行政复议纠错率分别为15.3%、20.6%): each item takes that head. Sentences written for this test.
import { figure } from './helpers.ts';

const CITY = { year: 2019, region: '150600' };

describe('whose figures in a 分别 list share the head written after the last', () => {
  it.each([
    '全市、市本级行政复议纠错率分别为15.3%、20.6%。',
    '全市和市政府本级行政复议综合纠错率分别为15.3%和20.6%。',
  ])('%s', (text) => {
    expect(figure(text, 15.3, CITY)).toMatchObject({ metric: 'review.correction_rate', scope: 'region' });
    expect(figure(text, 20.6, CITY)).toMatchObject({
      metric: 'review.correction_rate',
      scope: 'government_own',
    });
  });
  it('near miss: items with heads of their own keep them', () => {
    const text = '受理和审结行政复议案件分别为1,200件、1,150件。';
    expect(figure(text, 1200, CITY).metric).toBe('review.accepted');
    expect(figure(text, 1150, CITY).metric).toBe('review.concluded');
  });
});
