// Heads attending a review hearing (听证, the respondent 被申请人) in a sentence that names no suit or court: their
// attendance rate there is no rate of appearing in court. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '440100' };

it.each([
  ['全年组织召开行政复议听证会38次,严格落实复议法规定,行政机关负责人出庭率达100%。', 100, null],
  ['全区对重大复杂案件组织听证,行政机关负责人出席听证率、出庭率均达100%。', 100, null],
  // A suit named in the sentence keeps the court; a hearing in the sentence before does not reach it.
  [
    '全区召开行政复议听证会15次,行政诉讼案件中行政机关负责人出庭率达98%。',
    98,
    'litigation.head_appearance_rate',
  ],
  ['全区召开行政复议听证会15次。行政机关负责人出庭率达98%。', 98, 'litigation.head_appearance_rate'],
  ['全区行政机关负责人出庭应诉率达100%。', 100, 'litigation.head_appearance_rate'],
] as const)('%s: %d', (text, value, metric) => {
  expect(claim(text, value, Y)[0]).toBe(metric);
});
