// A move between two levels over a span of years (2015年到2017年…从47.97%增长至62.83%, 五年来…由3,200件增加到5,400件)
// starts in the span's first year and ends in its last: the level reached is that year's, no sum over the span. A level
// with its own year after a span opened before (2018年以来,…从2020年的95.3%提升至2022年的98.4%) is that year's, and
// the level a part moved to is a part too. Sentences are written for these tests.
import { figures } from './helpers.ts';

function rows(text: string, year: number): Array<[string | null, number, number | undefined, string]> {
  return figures(text, { year, region: '530000' })
    .filter((c) => c.qualifier !== 'derived')
    .map((c) => [c.metric, c.value, c.year, c.scope]);
}

describe('a move over a span of years', () => {
  it.each([
    [
      '2015年到2017年三年间,全省行政机关负责人出庭应诉率从47.97%增长至62.83%。',
      2017,
      [
        ['litigation.head_appearance_rate', 47.97, 2015, 'prior_year'],
        ['litigation.head_appearance_rate', 62.83, 2017, 'region'],
      ],
    ],
    [
      '五年来,全省行政复议案件由3,200件增加到5,400件。',
      2023,
      [
        ['review.cases', 3200, 2019, 'prior_year'],
        ['review.cases', 5400, 2023, 'region'],
      ],
    ],
    [
      '近三年,全省行政复议案件由3,200件增加到5,400件。',
      2023,
      [
        ['review.cases', 3200, 2021, 'prior_year'],
        ['review.cases', 5400, 2023, 'region'],
      ],
    ],
    [
      '2018年以来,全省调解成功率从2020年的95.3%提升至2022年的98.4%。',
      2022,
      [
        ['mediation.success_rate', 95.3, 2020, 'prior_year'],
        ['mediation.success_rate', 98.4, 2022, 'region'],
      ],
    ],
  ] as const)('%s', (text, year, expected) => {
    expect(rows(text, year)).toEqual(expected);
  });

  it('a sum over the span stays cumulative', () => {
    expect(rows('五年来,全省累计办理行政复议案件2.1万件。', 2023)).toEqual([
      ['review.cases', 21000, 2023, 'cumulative'],
    ]);
  });

  it('the level a part moved to is a part', () => {
    const [, end] = rows('邻里家事纠纷化解成功率从2020年的95.3%提升至2022年的98.4%。', 2022);
    expect(end?.[3]).toBe('sub_category');
  });
});

// Survivors of npm run test:mutation on spanYears and the 去年以来/今年 readers, killed here.
describe('the span’s years', () => {
  it('a span written with both years gives them', () => {
    expect(rows('2019年至2023年,全省行政复议案件由3,200件增加到5,400件。', 2023)).toEqual([
      ['review.cases', 3200, 2019, 'prior_year'],
      ['review.cases', 5400, 2023, 'region'],
    ]);
  });

  it('two years back counts as a span of years', () => {
    expect(rows('近两年,全省行政复议案件由3,200件增加到5,400件。', 2023)).toEqual([
      ['review.cases', 3200, 2022, 'prior_year'],
      ['review.cases', 5400, 2023, 'region'],
    ]);
  });

  it('a span without years to count back keeps the move cumulative', () => {
    expect(rows('“十三五”期间,全省行政复议案件由3,200件增加到5,400件。', 2023)[1]).toEqual([
      'review.cases',
      5400,
      2023,
      'cumulative',
    ]);
  });

  it('without the report’s year there is no year to count back from', () => {
    const found = figures('五年来,全省行政复议案件由3,200件增加到5,400件。', { region: '530000' }).find(
      (c) => c.value === 5400,
    );
    expect(found?.scope).toBe('cumulative');
  });

  it('since a year, with no report year to end it, the move stays a sum', () => {
    const found = figures('2019年以来,全省行政复议案件由3,200件增加到5,400件。', { region: '530000' }).find(
      (c) => c.value === 5400,
    );
    expect(found?.scope).toBe('cumulative');
  });

  it('去年以来 runs from the year before the report’s', () => {
    const found = figures('去年以来,全省共调解矛盾纠纷8.1万件。', { year: 2024, region: '530000' })[0];
    expect(found?.period).toEqual({ kind: 'multi_year', from: 2023, to: 2024, phrase: '去年以来' });
  });

  it('去年以来 without the report’s year is a span of years all the same', () => {
    const found = figures('去年以来,全省共调解矛盾纠纷8.1万件。', { region: '530000' })[0];
    expect(found?.period).toEqual({ kind: 'multi_year', phrase: '去年以来' });
  });

  it('今年 says this year, not how much of it', () => {
    const found = figures('今年全省共调解矛盾纠纷8.1万件。', { year: 2024, region: '530000' })[0];
    expect(found?.period).toEqual({ kind: 'unknown', phrase: '今年' });
  });
});
