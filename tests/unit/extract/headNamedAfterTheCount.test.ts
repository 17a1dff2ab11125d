// An agency-head appearance count whose head is named right after the figure (共有383件行政案件被告行政机关的负责人
// 出庭应诉, 120件案件由行政首长出庭) is still the heads' appearances; a count of the bodies' own appearances with no head
// anywhere near stays litigation cases. Sentences written for these tests.
import { claim } from './helpers.ts';

describe('the head named after the count', () => {
  it.each([
    ['2023年5月至当年底，我市共有383件行政案件被告行政机关的负责人出庭应诉。', 383],
    ['全年共有120件案件由行政机关负责人出庭应诉。', 120],
    ['全市有96件行政诉讼案件的被诉单位负责人出庭应诉。', 96],
  ])('%s: %d is head appearances', (text, value) => {
    expect(claim(text, value)[0]).toBe('litigation.head_appearances');
  });

  it('no head near the count: the bodies’ own appearances', () => {
    expect(claim('全市行政机关出庭应诉案件210件。', 210)[0]).not.toBe('litigation.head_appearances');
  });
});
