// A reading in sentences written for these tests:
// - a closed count after one kind's legal-aid cases (受理农民工讨薪法律援助案件7件,…已结案2件) is that kind's closed cases,
//   never the region's legal aid cases (alone, 累计办结法律援助案件393件 still is).
import { claim } from './helpers.ts';

const COUNTY = { year: 2023, region: '610628' };

describe('closed cases after one kind’s cases', () => {
  it.each([
    ['截至目前,共受理农民工讨薪法律援助案件7件,涉及受援人数89人,目前已经结案2件。', 2],
    ['全年共受理农民工法律援助案件86件,涉案金额320万元,已结案80件。', 80],
    ['今年共办理军人军属法律援助案件30件,涉及当事人41人,结案28件。', 28],
  ])('%s: %d is no count of the region’s cases', (text, value) => {
    expect(claim(text, value, COUNTY)[0]).not.toBe('legal_aid.cases');
  });

  // Near misses: a closed count alone, and one after all the cases.
  it.each([
    ['全县累计办结法律援助案件393件。', 393, 'legal_aid.cases'],
    ['全县共办理法律援助案件312件,涉及受援人数340人,已结案298件。', 298, 'legal_aid.concluded'],
  ])('%s: %d', (text, value, metric) => {
    expect(claim(text, value, COUNTY)).toEqual([metric, 'region']);
  });
});

it('after one kind’s cases named without legal aid, on a page about it, the closed count is still that kind’s', () => {
  const text =
    '区司法局开展农民工讨薪专项法律援助活动。截至目前,共受理农民工讨薪案件7件,涉及受援人数89人,涉案金额约82万,目前已经结案2件。';
  expect(claim(text, 2, COUNTY)[0]).not.toBe('legal_aid.cases');
});
