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

// The year cut to its first months, and an adverb before the verb (extractFigures YEAR_ONLY).
describe('a year clause with months or an adverb', () => {
  const Y24 = { year: 2024, region: '360900' };
  it.each([
    [
      '2022年,全市行政机关败诉率为18.1%,2023年下降至11.6%,2024年1-10月为8.9%。',
      8.9,
      ['litigation.loss_rate', 'region'],
    ],
    ['2023年全市法院受理行政一审案件551件,2024年1—10月482件。', 482, ['litigation.cases', 'region']],
    ['2023年全市调解纠纷3,200件,2024年前三季度为2,650件。', 2650, ['mediation.cases', 'region']],
    ['2023年行政机关败诉率为17.3%,2024年则下降为6.2%。', 6.2, ['litigation.loss_rate', 'region']],
    ['2022年全市行政复议案件1,050件,2023年则增长到1,203件。', 1203, ['review.cases', 'prior_year']],
    // A steep rise or fall (激增到, 猛增至, 骤降至), across a semicolon too.
    ['2023年全县收到行政复议申请96件;2024年激增到215件,同比增长124%。', 215, ['review.cases', 'region']],
    ['2023年全区调解纠纷1,800件,2024年猛增至2,950件。', 2950, ['mediation.cases', 'region']],
    ['2023年行政机关败诉率为21.5%;2024年骤降至9.8%。', 9.8, ['litigation.loss_rate', 'region']],
  ] as const)('%s', (text, value, expected) => {
    expect(claim(text, value, Y24)).toEqual(expected);
  });
});
