// readPeriod phrase by phrase: what each period phrase reads as, with its edges. Phrases and expected readings written
// by hand; each case says why it is there.
import { periodIndex, readPeriod } from '../../../src/extract/period.ts';

describe('months', () => {
  it.each([
    ['1-11月，全市共调解', 2023, { kind: 'partial_year', months: [1, 11], phrase: '1-11月' }],
    ['1至12月，全市共调解', 2023, { kind: 'full_year', months: [1, 12], phrase: '1至12月' }],
    ['3—9月全市共调解', 2023, { kind: 'partial_year', months: [3, 9], phrase: '3—9月' }],
    ['一至六月全市共调解', 2023, { kind: 'partial_year', months: [1, 6], phrase: '一至六月' }],
    ['上半年全市共调解', 2023, { kind: 'partial_year', months: [1, 6], phrase: '上半年' }],
    ['下半年全市共调解', 2023, { kind: 'partial_year', months: [7, 12], phrase: '下半年' }],
    ['前三季度全市共调解', 2023, { kind: 'partial_year', months: [1, 9], phrase: '前三季度' }],
    ['第二季度全市共调解', 2023, { kind: 'partial_year', months: [4, 6], phrase: '第二季度' }],
    ['四季度全市共调解', 2023, { kind: 'partial_year', months: [10, 12], phrase: '四季度' }],
    ['3月以来全市共调解', 2023, { kind: 'partial_year', phrase: '3月以来' }],
    ['截至10月底，全市共调解', 2023, { kind: 'partial_year', months: [1, 10], phrase: '截至10月底' }],
    ['截至2023年11月，全市共调解', 2023, { kind: 'partial_year', months: [1, 11], phrase: '截至2023年11月' }],
    ['截至12月底，全市共有调委会', 2023, { kind: 'unknown', phrase: '截至12月底' }],
    ['截至目前，全市共有调委会', 2023, { kind: 'unknown', phrase: '截至目前' }],
  ])('%j (report year %s)', (prefix, year, period) => {
    expect(readPeriod(prefix, year)).toEqual({ period, cumulative: false });
  });

  it.each([
    ['11-3月全市共调解', 'months reversed'],
    ['0-6月全市共调解', 'month 0'],
    ['1-13月全市共调解', 'month 13'],
  ])('%j: no period (%s)', (prefix) => {
    expect(readPeriod(prefix, 2023)).toBeNull();
  });

  it('截至 a month of another year than the report’s says nothing of the report’s year', () => {
    expect(readPeriod('截至2022年10月，全市共调解', 2023)).toBeNull();
    // Without a report year it is read as written.
    expect(readPeriod('截至2022年10月，全市共调解', undefined)?.period).toEqual({ kind: 'partial_year', months: [1, 10], phrase: '截至2022年10月' });
  });
});

describe('years', () => {
  it.each([
    ['2021年以来，全市共调解', 2023, { kind: 'multi_year', from: 2021, to: 2023, phrase: '2021年以来' }, true],
    ['2023年以来，全市共调解', 2023, { kind: 'multi_year', from: 2023, phrase: '2023年以来' }, true],
    ['2021年以来，全市共调解', undefined, { kind: 'multi_year', from: 2021, phrase: '2021年以来' }, true],
    ['2024年以来，全市共调解', 2023, { kind: 'partial_year', from: 2024, phrase: '2024年以来' }, false],
    ['2019—2023年，全市共调解', 2023, { kind: 'multi_year', from: 2019, to: 2023, phrase: '2019—2023年' }, true],
    ['五年来，全市共调解', 2023, { kind: 'multi_year', phrase: '五年来' }, true],
    ['两年来，全市共调解', 2023, { kind: 'multi_year', phrase: '两年来' }, true],
    ['近3年，全市共调解', 2023, { kind: 'multi_year', phrase: '近3年' }, true],
    ['三年共调解', 2023, { kind: 'multi_year', phrase: '三年' }, true],
    ['30年累计调解', 2023, { kind: 'multi_year', phrase: '30年' }, true],
    ['中心成立以来，共调解', 2023, { kind: 'unknown', phrase: '成立以来' }, true],
    ['全年共调解', 2023, { kind: 'full_year', phrase: '全年' }, false],
    ['2023年，全市共调解', 2023, { kind: 'full_year', from: 2023, to: 2023, phrase: '2023年' }, false],
    ['2022年全市共调解', 2023, { kind: 'full_year', from: 2022, to: 2022, phrase: '2022年' }, false],
  ])('%j (report year %s)', (prefix, year, period, cumulative) => {
    expect(readPeriod(prefix, year)).toEqual({ period, cumulative });
  });

  it.each([
    ['2023—2021年，全市共调解', 'a span that runs backwards'],
    ['2023—2023年，全市共调解', 'a span of one year'],
    ['一年来，全市共调解', 'one year is no span'],
    ['31年共调解', 'more than thirty years is no span of work'],
    ['一年共调解', 'one year before the verb'],
  ])('%j: no multi-year reading (%s)', (prefix) => {
    expect(readPeriod(prefix, 2023)?.period.kind).not.toBe('multi_year');
  });

  it('a year after the report’s year dates nothing', () => {
    expect(readPeriod('2025年全市共调解', 2023)).toBeNull();
    expect(readPeriod('2025年全市共调解', undefined)?.period).toEqual({ kind: 'full_year', from: 2025, to: 2025, phrase: '2025年' });
  });

  it('近年来 is multi-year but vague; 十三五期间 is multi-year and not vague', () => {
    expect(readPeriod('近年来，全市调解成功率', 2023)).toEqual({ period: { kind: 'multi_year', phrase: '近年来' }, cumulative: true, vague: true });
    expect(readPeriod('多年来，全市调解成功率', 2023)?.vague).toBe(true);
    expect(readPeriod('“十三五”期间，全市共调解', 2023)).toEqual({ period: { kind: 'multi_year', phrase: '十三五”期间' }, cumulative: true, vague: false });
  });
});

describe('which phrase wins', () => {
  it('the one ending nearest the figure; of two ending there, the longer', () => {
    expect(readPeriod('2021年以来，今年以来全市共调解', 2023)?.period.phrase).toBe('今年以来');
    expect(readPeriod('今年以来，2021年以来全市共调解', 2023)?.period.phrase).toBe('2021年以来');
    // 自2021年以来 and 2021年以来 end at the same place: the longer is kept.
    expect(readPeriod('自2021年以来全市共调解', 2023)?.period.phrase).toBe('自2021年以来');
  });

  it('the index answers only for a phrase inside the asked range, and before its end', () => {
    const text = '上半年，A。全年，B。';
    const at = periodIndex(text, 2023);
    expect(at(0, 4)?.period.phrase).toBe('上半年');
    expect(at(6, text.length)?.period.phrase).toBe('全年');
    // The phrase must start at or after `from`…
    expect(at(1, 4)).toBeNull();
    // …and end at or before `to`.
    expect(at(0, 2)).toBeNull();
    expect(at(0, 3)?.period.phrase).toBe('上半年');
    // Between the two, the nearest before is the first.
    expect(at(0, 7)?.period.phrase).toBe('上半年');
    expect(at(0, 8)?.period.phrase).toBe('全年');
  });

  it('no phrase: null', () => {
    expect(readPeriod('全市共调解', 2023)).toBeNull();
    expect(periodIndex('', 2023)(0, 0)).toBeNull();
  });
});

describe('edges of the readers (found by mutating period.ts)', () => {
  it('a one-month span is that month, not nothing', () => {
    expect(readPeriod('5-5月全市共调解', 2023)?.period).toEqual({ kind: 'partial_year', months: [5, 5], phrase: '5-5月' });
  });

  it('a span ending in December from a later month is part of the year', () => {
    expect(readPeriod('3—12月全市共调解', 2023)?.period).toEqual({ kind: 'partial_year', months: [3, 12], phrase: '3—12月' });
  });

  it('a month written half in digits, half in characters (1二月), or a run of numerals that is no number, is no period', () => {
    expect(readPeriod('1二-3月全市共调解', 2023)).toBeNull();
    expect(readPeriod('3-十2月全市共调解', 2023)).toBeNull();
    expect(readPeriod('二二二至三月全市共调解', 2023)).toBeNull();
  });

  it('since the report’s own year: a sum from that year on, with no end year given', () => {
    const since = readPeriod('2023年以来全市共调解', 2023);
    expect(since).toStrictEqual({ period: { kind: 'multi_year', from: 2023, phrase: '2023年以来' }, cumulative: true });
    // With no report year, too, the span has no end year.
    expect(readPeriod('2016年以来全市共调解', undefined)).toStrictEqual({
      period: { kind: 'multi_year', from: 2016, phrase: '2016年以来' },
      cumulative: true,
    });
  });

  it('截至 a month of a stated year when the report year is unknown: that year’s months so far', () => {
    expect(readPeriod('截至2023年11月，全市共调解', undefined)?.period).toEqual({
      kind: 'partial_year',
      months: [1, 11],
      phrase: '截至2023年11月',
    });
  });

  it('two years before a counting verb span them; 近两年 is the phrase kept over the 两年 inside it', () => {
    expect(readPeriod('2年共调解', 2023)).toEqual({ period: { kind: 'multi_year', phrase: '2年' }, cumulative: true });
    expect(readPeriod('近2年共办理', 2023)?.period.phrase).toBe('近2年');
    // One year is no span of years.
    expect(readPeriod('近1年的', 2023)).toBeNull();
  });
});

describe('running sums and unreadable spans', () => {
  it('a running sum to a day (截至目前…累计) is cumulative over an unknown span, its phrase kept', () => {
    expect(readPeriod('截至目前，全市累计调解', 2023)).toEqual({
      period: { kind: 'unknown', phrase: '截至目前，全市累计' },
      cumulative: true,
    });
  });

  it('a span that reads as no period does not hide the phrase before it', () => {
    expect(readPeriod('今年以来，0-6月全市共调解', 2023)?.period.phrase).toBe('今年以来');
  });
});
