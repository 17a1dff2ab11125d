// A count broken down by two years or more (…共办理185件,其中2019年办理4件,…,2023年办理96件) is a sum over those years, and
// each year's item is that year's count of what the sum counts: the report year's is the region's, earlier ones are
// prior years. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '440100' };

it.each([
  [
    '机构改革以来,全区共办理行政复议案件185件,其中2021年办理41件,2022年办理48件,2023年办理96件。',
    185,
    ['review.cases', 'cumulative'],
  ],
  [
    '机构改革以来,全区共办理行政复议案件185件,其中2021年办理41件,2022年办理48件,2023年办理96件。',
    96,
    ['review.cases', 'region'],
  ],
  [
    '机构改革以来,全区共办理行政复议案件185件,其中2021年办理41件,2022年办理48件,2023年办理96件。',
    48,
    ['review.cases', 'prior_year'],
  ],
  [
    '近三年全区共调解纠纷9,600件,其中2021年3,000件,2022年3,200件,2023年3,400件。',
    3400,
    ['mediation.cases', 'region'],
  ],
  [
    '近三年全区共调解纠纷9,600件,其中2021年3,000件,2022年3,200件,2023年3,400件。',
    9600,
    ['mediation.cases', 'cumulative'],
  ],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

// Near misses: one year's part, months of the year, and kinds are no years.
it.each([
  ['全区共调解纠纷3,400件,其中2023年新成立的调委会调解210件。', 3400, ['mediation.cases', 'region']],
  ['全区全年受理行政复议申请620件,其中2023年1-6月310件,7-12月310件。', 620, ['review.cases', 'region']],
  ['全区全年受理法律援助案件1,200件,其中民事案件700件,刑事案件500件。', 1200, ['legal_aid.cases', 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

// The rule's bounds: two years are enough; years without a 其中 are each year's own figures, no breakdown of the one
// before; a rate before the 其中 is no sum.
it.each([
  ['近两年全区共调解纠纷6,200件,其中2022年3,000件,2023年3,200件。', 6200, ['mediation.cases', 'cumulative']],
  ['近两年全区共调解纠纷6,200件,其中2022年3,000件,2023年3,200件。', 3200, ['mediation.cases', 'region']],
  ['全区2022年调解纠纷3,000件,2023年调解纠纷3,400件。', 3000, ['mediation.cases', 'prior_year']],
  ['全区2022年调解纠纷3,000件,2023年调解纠纷3,400件。', 3400, ['mediation.cases', 'region']],
  [
    '全区调解成功率98%,其中2022年调解纠纷3,000件,2023年调解纠纷3,400件。',
    98,
    ['mediation.success_rate', 'region'],
  ],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

it('one year under the 其中 is a part of that year, no breakdown by years', () => {
  expect(claim('全区共调解纠纷3,400件,其中2023年调解纠纷3,200件。', 3400, Y)).toEqual(['mediation.cases', 'region']);
});
