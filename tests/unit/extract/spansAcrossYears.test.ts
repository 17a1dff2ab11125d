// Months of two different years, more than a year's worth (2008年1月至2010年5月底, 2021年7月到2023年6月), span the years
// between: a count over them is a sum over more than one year, never the first year's or the report year's. A year's
// worth across a new year (2022年10月—2023年9月) is dated by the year it ends in; a span inside one year (2023年1月至9月)
// keeps that year. Sentences written for these tests.
import { readPeriod } from '../../../src/extract/period.ts';
import { statedYear } from '../../../src/extract/reportYear.ts';
import { figure } from './helpers.ts';

describe('months of two years', () => {
  it.each([
    ['2008年1月至2010年5月底，共收各类一审行政诉讼案件2584件。', 2584],
    ['从2021年7月到2023年6月，全区共办理法律援助案件3100件。', 3100],
    ['2020年3月至2022年12月，市政府共收到行政复议申请860件。', 860],
  ])('%s: %d is a sum over years', (text, value) => {
    expect(figure(text, value, { year: 2023 }).scope).toBe('cumulative');
  });

  it('reads the span from its first year to its last', () => {
    expect(readPeriod('2008年1月至2010年5月底，共收', 2010)).toMatchObject({
      cumulative: true,
      period: { kind: 'multi_year', from: 2008, to: 2010 },
    });
  });

  it('is no stated year of the figure', () => {
    expect(statedYear('2008年1月至2010年5月底，共收')).toBeUndefined();
    expect(statedYear('从2021年7月到2023年6月，全区共办理')).toBeUndefined();
  });

  it('a year’s worth across a new year is dated by the year it ends in, and is no span of years', () => {
    expect(statedYear('2022年10月—2023年9月，全市共调解纠纷')).toBe(2023);
    expect(readPeriod('2022年10月—2023年9月，全市共调解纠纷', 2023)).toBeNull();
    const c = figure('2022年10月—2023年9月，全市共调解纠纷5000件。', 5000, { year: 2023 });
    expect([c.year, c.scope]).toEqual([2023, 'region']);
  });
});

describe('months of one year', () => {
  it.each([
    ['2023年1月至2023年9月，全市共调解纠纷5000件。', 2023],
    ['2023年1月至9月，全市共调解纠纷5000件。', 2023],
    ['2023年1—9月，全市共调解纠纷5000件。', 2023],
  ])('%s keeps its year', (text, year) => {
    const c = figure(text, 5000, { year: 2024 });
    expect([c.year, c.scope]).toEqual([year, 'prior_year']);
  });

  it('a month alone still dates the figure', () => {
    expect(statedYear('2022年10月，全市共调解纠纷')).toBe(2022);
  });
});
