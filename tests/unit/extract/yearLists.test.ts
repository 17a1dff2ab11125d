// 分别 after a list of years: the k-th figure is the k-th year's. Sentences are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figures } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

function rows(
  text: string,
  options: ExtractOptions = Y,
): Array<[string | null, number, number | undefined, string]> {
  return figures(text, options)
    .filter((c) => c.qualifier !== 'derived')
    .map((c) => [c.metric, c.value, c.year, c.scope]);
}

describe('a list of years before 分别', () => {
  it('gives each figure its year', () => {
    expect(rows('2021年、2022年、2023年,全市分别调解纠纷1.1万件、1.2万件、1.3万件。')).toEqual([
      ['mediation.cases', 11000, 2021, 'prior_year'],
      ['mediation.cases', 12000, 2022, 'prior_year'],
      ['mediation.cases', 13000, 2023, 'region'],
    ]);
  });

  it('reads the noun after the last year for the first figure too', () => {
    expect(rows('2022年和2023年全县行政机关负责人出庭应诉率分别为85%、98%。')).toEqual([
      ['litigation.head_appearance_rate', 85, 2022, 'prior_year'],
      ['litigation.head_appearance_rate', 98, 2023, 'region'],
    ]);
  });

  it('a span of years is no list', () => {
    const c = figures('2021年至2023年,全市共办理法律援助案件9,000件。', Y)[0];
    expect(c).toMatchObject({ value: 9000, year: 2023, scope: 'cumulative' });
  });

  it('分别 after other items keeps the report year', () => {
    expect(rows('2023年,全市受理和审结行政复议案件分别为1,200件、1,150件。')).toEqual([
      ['review.accepted', 1200, 2023, 'region'],
      ['review.concluded', 1150, 2023, 'region'],
    ]);
  });
});

describe('a list of years after another figure of its sentence', () => {
  it('the first figure counts what the list names, not what the figure before the list counts', () => {
    expect(rows('全年调解纠纷3000件,2022年、2023年法律援助案件分别为200件、280件。')).toEqual([
      ['mediation.cases', 3000, 2023, 'region'],
      ['legal_aid.cases', 200, 2022, 'prior_year'],
      ['legal_aid.cases', 280, 2023, 'region'],
    ]);
    expect(rows('今年受理行政复议案件300件,2022年、2023年审结行政复议案件分别为200件、280件。')).toEqual([
      ['review.accepted', 300, 2023, 'region'],
      ['review.concluded', 200, 2022, 'prior_year'],
      ['review.concluded', 280, 2023, 'region'],
    ]);
  });

  it('the later figures count what the first counts, as it was settled (办结 alone is the cases count)', () => {
    expect(rows('2022年、2023年办结法律援助案件分别为200件、280件。')).toEqual([
      ['legal_aid.cases', 200, 2022, 'prior_year'],
      ['legal_aid.cases', 280, 2023, 'region'],
    ]);
  });

  it('the same with two lists of years in one sentence: each counts its own noun', () => {
    expect(
      rows('2022年、2023年法律援助案件分别为200件、300件,2022年、2023年受理行政复议案件分别为120件、150件。'),
    ).toEqual([
      ['legal_aid.cases', 200, 2022, 'prior_year'],
      ['legal_aid.cases', 300, 2023, 'region'],
      ['review.accepted', 120, 2022, 'prior_year'],
      ['review.accepted', 150, 2023, 'region'],
    ]);
  });
});

describe('a change in a list of years', () => {
  it('takes its year from the list, as a count does', () => {
    const text = '2022年、2023年受理行政复议案件分别为100件、120件,分别增长10%、20%。';
    const change = figures(text, Y).find((c) => c.scope === 'change');
    expect(change).toMatchObject({ value: 10, year: 2022 });
  });

  it('but no metric: a 办结 count after changes of the cases alone is the cases count', () => {
    const text = '2022年、2023年法律援助案件分别较上年增加20件、30件,办结法律援助案件230件。';
    expect(rows(text).at(-1)).toEqual(['legal_aid.cases', 230, 2023, 'region']);
  });
});
