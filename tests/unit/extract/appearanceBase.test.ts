// The suits a head should have appeared in (应出庭案件, 应当出庭应诉的案件) are the appearance rate's base: neither the
// heads' appearances nor the year's suits; the appearances are the count after them (实际出庭…). Sentences are written for
// these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '440100' };

it.each([
  ['全市行政机关负责人应出庭案件1,600件,实际出庭1,523件,出庭率95.2%。', 1600, null],
  ['全市行政机关负责人应出庭案件1,600件,实际出庭1,523件,出庭率95.2%。', 1523, 'litigation.head_appearances'],
  ['全市应当出庭应诉的案件1,600件,行政机关负责人出庭1,523件。', 1600, null],
  ['全市应当出庭应诉的案件1,600件,行政机关负责人出庭1,523件。', 1523, 'litigation.head_appearances'],
  ['全县需出庭的行政诉讼案件86件,负责人均出庭应诉。', 86, null],
  // 应当由…出庭: who should have appeared stands between 应 and 出庭.
  ['全市应当由行政机关负责人出庭的案件412件,负责人出庭应诉398件。', 412, null],
  ['全市应当由行政机关负责人出庭的案件412件,负责人出庭应诉398件。', 398, 'litigation.head_appearances'],
  ['全区应由主要负责人出庭应诉的案件37件,实际出庭35件。', 37, null],
  ['全县须由行政首长出庭的行政诉讼案件19件。', 19, null],
  // The appearances and the suits themselves keep their claims.
  ['全市行政机关负责人出庭应诉1,523件。', 1523, 'litigation.head_appearances'],
  ['全市行政诉讼应诉案件1,600件。', 1600, 'litigation.cases'],
] as const)('%s: %d', (text, value, metric) => {
  expect(claim(text, value, Y)[0]).toBe(metric);
});
