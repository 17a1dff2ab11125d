// A clause of only a year and a verb (2023年达到12,563件) measures what the figure before it measures; with no figure
// before it in its sentence, the sentence's words before the year name it (…法律援助案件数量连续五年增长,2023年达到…).
// Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '420100' };

it.each([
  ['全市受理法律援助案件数量连续五年增长,2023年达到12,563件。', 12563, ['legal_aid.cases', 'region']],
  ['全市行政复议案件逐年增加,2023年为1,203件。', 1203, ['review.cases', 'region']],
  // With a figure before it, the figure's metric, as before.
  ['全市行政复议案件2022年为1,050件,2023年为1,203件。', 1203, ['review.cases', 'region']],
] as const)('%s', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

it('words that name no metric leave the year’s figure without one', () => {
  expect(claim('近年来全市调解工作成效明显,2023年达到98%。', 98, Y)[0]).toBeNull();
});
