// The extract-scope group's newest lines on their own (headingAbove, the span of months over two years, the bodies a
// programme is listed in, a region ranked against a higher one), each edge with a text written for it and the expected
// span or reading worked out by hand.
import { headingAbove } from '../../../src/extract/headingAbove.ts';
import { monthsSpanned, readPeriod } from '../../../src/extract/period.ts';
import { figureScope, quotesAHigherRegion } from '../../../src/extract/scope.ts';
import { scopeFacts } from './helpers.ts';

const facts = scopeFacts;

describe('headingAbove', () => {
  // 一、过去五年工作回顾 is 10 characters: the line break after it is at 10, the paragraph starts at 11.
  const text = '一、过去五年工作回顾\n全市共调解矛盾纠纷6.2万件。';

  it('finds the line above from the line break or from the paragraph’s first character', () => {
    expect(headingAbove(text, 10)).toEqual({ start: 0, end: 10 });
    expect(headingAbove(text, 11)).toEqual({ start: 0, end: 10 });
  });

  it('a start that is neither the line break nor right after it reaches no heading', () => {
    expect(headingAbove(text, 12)).toBeNull();
    expect(headingAbove(text, 9)).toBeNull();
  });

  it('the text’s first paragraph has none', () => {
    expect(headingAbove(text, 0)).toBeNull();
    expect(headingAbove('\n全市共调解矛盾纠纷6.2万件。', 0)).toBeNull();
    expect(headingAbove('\n全市共调解矛盾纠纷6.2万件。', 1)).toBeNull();
  });

  it('a heading under an earlier line is cut at that line’s break', () => {
    // 工作报告 (4) and its break (4): the heading runs from 5 to 15, its break at 15.
    expect(headingAbove(`工作报告\n${text}`, 15)).toEqual({ start: 5, end: 15 });
  });

  it('skips blank lines and spaces after the heading', () => {
    // Two spaces after the heading (10, 11), its break at 12, a blank line's break at 13, the paragraph at 14.
    expect(headingAbove('一、过去五年工作回顾  \n\n全市共调解纠纷6.2万件。', 13)).toEqual({
      start: 0,
      end: 10,
    });
    expect(headingAbove('一、过去五年工作回顾  \n\n全市共调解纠纷6.2万件。', 14)).toEqual({
      start: 0,
      end: 10,
    });
  });

  it('looks back over 40 blank characters at most', () => {
    // 标题 (0–2), then n line breaks; the paragraph's own break is the last, n - 1 blank ones before it.
    const under = (n: number): string => `标题${'\n'.repeat(n)}全市共调解纠纷6.2万件。`;
    expect(headingAbove(under(41), 42)).toEqual({ start: 0, end: 2 });
    expect(headingAbove(under(42), 43)).toBeNull();
  });

  it('a heading is one line of 41 characters at most (MAX_HEADING, and the line break the look back may stand on)', () => {
    const line = (n: number): string => '调'.repeat(n);
    expect(headingAbove(`${line(40)}\n全市`, 40)).toEqual({ start: 0, end: 40 });
    expect(headingAbove(`${line(41)}\n全市`, 41)).toEqual({ start: 0, end: 41 });
    expect(headingAbove(`${line(42)}\n全市`, 42)).toBeNull();
    // The same lines under another: the earlier line's break bounds them.
    expect(headingAbove(`报告\n${line(40)}\n全市`, 43)).toEqual({ start: 3, end: 43 });
    expect(headingAbove(`报告\n${line(41)}\n全市`, 44)).toEqual({ start: 3, end: 44 });
    expect(headingAbove(`报告\n${line(42)}\n全市`, 45)).toBeNull();
  });

  it('a line with a sentence’s end is prose, not a heading', () => {
    expect(headingAbove('五年来,我们坚持发展“枫桥经验”\n全市共调解纠纷6.2万件。', 16)).toEqual({
      start: 0,
      end: 16,
    });
    expect(headingAbove('五年来,我们坚持发展“枫桥经验”。\n全市共调解纠纷6.2万件。', 17)).toBeNull();
    expect(headingAbove('五年来,我们坚持发展“枫桥经验”;\n全市共调解纠纷6.2万件。', 17)).toBeNull();
  });
});

describe('months of two years', () => {
  it('monthsSpanned counts both ends', () => {
    expect(monthsSpanned(2022, 10, 2023, 9)).toBe(12);
    expect(monthsSpanned(2022, 10, 2023, 10)).toBe(13);
    expect(monthsSpanned(2008, 1, 2010, 5)).toBe(29);
    expect(monthsSpanned(2023, 3, 2023, 3)).toBe(1);
  });

  it('a year’s worth is no span of years; one month more is', () => {
    expect(readPeriod('2022年10月至2023年9月，全市共调解纠纷', 2023)).toBeNull();
    expect(readPeriod('2021年12月至2022年11月底，全市共调解纠纷', 2023)).toBeNull();
    expect(readPeriod('2022年10月至2023年10月，全市共调解纠纷', 2023)).toEqual({
      period: { kind: 'multi_year', from: 2022, to: 2023, phrase: '2022年10月至2023年10月' },
      cumulative: true,
    });
    expect(readPeriod('2021年12月1日至2022年12月，全市共调解纠纷', 2023)).toEqual({
      period: { kind: 'multi_year', from: 2021, to: 2022, phrase: '2021年12月1日至2022年12月' },
      cumulative: true,
    });
  });
});

describe('a body whose programme the work is listed in', () => {
  it.each([
    // The body right at the subject's start, 纳入 before it.
    ['纳入市政府重点工作的行政复议案件', 'region'],
    ['列入省委省政府民生实事,全年收到行政复议申请', 'region'],
    // Six characters between the word and the body at most (the look back is 8): 重点工作的 is 5, 年度重点工作的 7.
    ['纳入重点工作的市政府收到行政复议申请', 'region'],
    ['纳入年度重点工作的市政府收到行政复议申请', 'government_own'],
    // Nor a comma between.
    ['纳入计划,市政府收到行政复议申请', 'government_own'],
    ['市政府收到行政复议申请', 'government_own'],
  ] as const)('%j: %s', (subject, scope) => {
    expect(figureScope(facts({ subject }))).toBe(scope);
  });
});

describe('an office acting for its government, and bodies of every level', () => {
  it.each([
    // At any level: in court a government is one defendant among the region's agencies, so on a county's page too
    // its suits, and those its office takes on for it, are its own (ONE_GOVERNMENT, GOVERNMENT_AS_PARTY).
    ['区司法局受区政府委托参加应诉', 'county', 'government_own'],
    ['区政府参加应诉', 'county', 'government_own'],
    ['全区行政机关参加应诉', 'county', 'region'],
    // 本级 with every lower level is the region's; 本级 alone is the government's own.
    ['市本级和各区县共收到', 'prefecture', 'region'],
    ['市本级收到', 'prefecture', 'government_own'],
  ] as const)('%j on a %s page: %s', (subject, level, scope) => {
    expect(figureScope(facts({ topic: 'litigation', subject, level }))).toBe(scope);
  });
});

describe('a higher region’s name in a ranking is no quote of it', () => {
  it.each([
    // The verb right before the name, or the rank right after it.
    ['全市办案总量位居全省前列', false],
    ['全市排名全省第3', false],
    ['全市调解工作高于全省', false],
    // A ranking earlier in the subject does not hide a later quote of the province.
    ['全市调解成功率高于全省平均水平,全省共调解', true],
    ['排名全省第3,全省共调解', true],
    // A word two characters off the name is no ranking.
    ['全省今年前三季度共调解', true],
    ['全省共调解', true],
  ] as const)('%j on a city’s page: %s', (subject, quotes) => {
    expect(quotesAHigherRegion(subject, 'prefecture')).toBe(quotes);
  });
});
