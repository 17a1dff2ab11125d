// The extract-numbers group's newest lines on their own (a comparison opening the sentence, a 分别 run of changes, a
// sentence opened by the year before, a rise from a figure, a span of years before 分别, years that date something
// else), each with phrases written for it and the expected reading worked out by hand.
import {
  comparedYear,
  listedYear,
  opensWithPriorYear,
  statedYear,
  withoutYearLists,
} from '../../../src/extract/reportYear.ts';
import { figure, countFigure, pctFigure, pointsFigure, timesFigure } from './helpers.ts';
import { nextInRun, readOpenedYoy, type YoyChange } from '../../../src/extract/yoy.ts';

const pct = pctFigure;
const count = countFigure;
const points = pointsFigure;
const times = timesFigure;

describe('readOpenedYoy: a comparison that opens the sentence', () => {
  it.each([
    [
      '与2022年相比,全市调解矛盾纠纷增加',
      '全市调解矛盾纠纷增加',
      count(1200),
      { kind: 'absolute', sign: 1, amount: 1200, subject: '全市调解矛盾纠纷', year: 2022 },
    ],
    [
      '与上年相比,行政复议案件下降了',
      '行政复议案件下降了',
      pct(8.5),
      { kind: 'percent', sign: -1, amount: 8.5, subject: '行政复议案件' },
    ],
    [
      '(同去年同期比较,全市,出庭应诉率提高',
      '出庭应诉率提高',
      points(3),
      { kind: 'points', sign: 1, amount: 3, subject: '出庭应诉率' },
    ],
    [
      '和2021年度相比较,案件增长',
      '案件增长',
      times(2),
      { kind: 'multiple', sign: 1, amount: 2, subject: '案件', year: 2021 },
    ],
  ] as const)('%j', (prefix, local, figure, change) => {
    expect(readOpenedYoy(prefix, local, figure)).toEqual(change);
  });

  it.each([
    // No opener, or one later in the sentence.
    ['全市调解矛盾纠纷增加', '全市调解矛盾纠纷增加', count(1200)],
    ['全年,与2022年相比,调解纠纷增加', '调解纠纷增加', count(1200)],
    // The clause does not end with its verb.
    ['与2022年相比,全市调解矛盾纠纷增加到', '全市调解矛盾纠纷增加到', count(1200)],
    ['与2022年相比,全市调解矛盾纠纷', '全市调解矛盾纠纷', count(1200)],
    // A fall by a multiple is no reading.
    ['与2022年相比,案件下降', '案件下降', times(2)],
  ] as const)('%j: none', (prefix, local, figure) => {
    expect(readOpenedYoy(prefix, local, figure)).toBeNull();
  });
});

describe('nextInRun: the next change of a 分别 run', () => {
  const first: YoyChange = {
    kind: 'percent',
    sign: -1,
    amount: 9,
    subject: '行政复议和行政应诉案件',
    year: 2022,
  };

  it.each(['和', '、', '及', '与'])(
    'joined by %j: same sign, year and subject, its own amount',
    (between) => {
      expect(nextInRun(first, between, pct(8.5))).toEqual({ ...first, amount: 8.5 });
    },
  );

  it('takes the kind of its own figure', () => {
    expect(nextInRun(first, '和', count(120))).toEqual({ ...first, kind: 'absolute', amount: 120 });
  });

  it.each([
    [',', pct(8.5)],
    ['和下降', pct(8.5)],
    ['', pct(8.5)],
    ['和', times(2)],
  ] as const)('between %j: none', (between, figure) => {
    expect(nextInRun(first, between, figure)).toBeNull();
  });
});

describe('opensWithPriorYear', () => {
  it.each([
    ['上年度全市调解矛盾纠纷', true],
    ['上一年度,全市调解矛盾纠纷', true],
    ['(上年全年,全市调解矛盾纠纷', true],
    ['上年全年,全市调解矛盾纠纷', true],
    // Another year named after the opening.
    ['上年度全市调解矛盾纠纷1.1万件,今年全市调解', false],
    ['上年全年,2023年全市调解', false],
    // Cases carried over from it, a comparison with it, or no opening at all: with or without 度 or a comma (the
    // words are read after the whole opening, so 上年度结转 is not 上年 before 度结转).
    ['上年结转案件', false],
    ['上年度结转案件', false],
    ['上一年度结转案件', false],
    ['上年度,结转案件', false],
    ['上年度旧存案件', false],
    ['上一年度未结案件', false],
    ['上年度的行政复议案件', false],
    ['上年度同期全市调解', false],
    ['上年同期,全市调解', true],
    ['去年同期受理', true],
    ['上年同期相比', false],
    ['上年同期结转案件', false],
    ['全市上年度调解', false],
    ['去年全市调解', false],
  ] as const)('%j: %s', (prefix, opens) => {
    expect(opensWithPriorYear(prefix)).toBe(opens);
  });
});

describe('a sentence opened by the year before, in whole sentences', () => {
  const CITY = { year: 2023, region: '330200' };

  // The cases carried over are this year's, a part of them (not the year before's count).
  it.each([
    ['上年度结转法律援助案件50件。', 50, 'sub_category'],
    ['上一年度结转行政复议案件12件。', 12, 'sub_category'],
    ['上年度,结转行政复议案件12件。', 12, 'sub_category'],
    ['上年度的行政复议案件12件。', 12, 'region'],
  ] as const)('%s: not the year before’s', (text, value, scope) => {
    expect(figure(text, value, CITY)).toMatchObject({ scope, year: 2023 });
  });

  it.each([
    ['上年度全市调解矛盾纠纷1.1万件。', 11000],
    ['上年度,全市共办理法律援助案件3,100件。', 3100],
  ] as const)('%s: the year before’s', (text, value) => {
    expect(figure(text, value, CITY)).toMatchObject({ scope: 'prior_year', year: 2022 });
  });
});

describe('comparedYear: the figure a rise starts from', () => {
  it.each([
    ['出庭应诉率由', '提升至100%', 2022],
    ['调解成功率从', '下降到95%', 2022],
    // No 由/从 right before it, or no rise after it.
    ['出庭应诉率为', '提升至100%', null],
    ['出庭应诉率由', ',全年', null],
    ['出庭应诉率由', '', null],
  ] as const)('%j … %j', (local, following, year) => {
    expect(comparedYear(local, 2022, following)).toBe(year);
  });
});

describe('withoutYearLists', () => {
  it.each([
    ['出庭应诉率2022年、2023年分别为', '出庭应诉率分别为'],
    ['2021年、2022年和2023年全市分别调解', '全市分别调解'],
    ['2023年全市调解', '2023年全市调解'],
  ])('%j → %j', (text, words) => {
    expect(withoutYearLists(text)).toBe(words);
  });
});

describe('listedYear over a span of years', () => {
  const prefix = '2021年至2023年,全市分别调解纠纷9800件、';
  it.each([
    [0, 2021],
    [1, 2022],
    [2, 2023],
    [3, undefined],
  ] as const)('the %d-th figure after 分别 is %s’s', (k, year) => {
    expect(listedYear(prefix, k)).toBe(year);
  });

  it('a span of six years at most', () => {
    expect(listedYear('2018—2023年全市分别调解', 5)).toBe(2023);
    expect(listedYear('2017—2023年全市分别调解', 0)).toBeUndefined();
  });

  it('the last span before 分别 counts; a reversed, long or one-year span gives none', () => {
    expect(listedYear('2016年至2018年试点,2021年至2023年全市分别调解', 0)).toBe(2021);
    expect(listedYear('2019年至2021年试点,2010年至2023年全市分别调解', 0)).toBeUndefined();
    expect(listedYear('2023年至2021年全市分别调解', 0)).toBeUndefined();
    expect(listedYear('2023年至2023年全市分别调解', 0)).toBeUndefined();
  });

  it('only a span written before 分别 lists its years', () => {
    expect(listedYear('全市分别调解纠纷9800件、2021年至2023年共', 1)).toBeUndefined();
  });

  it('a list of years is read before a span', () => {
    expect(listedYear('2016年至2018年试点,2022年、2023年全市分别调解', 0)).toBe(2022);
  });

  it('months after the span make it no list of years', () => {
    expect(listedYear('2021年至2023年6月全市分别调解', 0)).toBeUndefined();
  });
});

describe('statedYear: years that date something else', () => {
  it.each([
    // Opening a span or an act.
    ['继2022年获评全国法治政府建设示范市后,全市共受理', undefined],
    ['按照2022年全市工作部署,全市共受理', undefined],
    ['根据2021年工作要点,全市共受理', undefined],
    ['依据2020年的规定,全市共受理', undefined],
    // Only right before the year: 根据要求 earlier is no opening of it.
    ['根据要求,2023年全市共受理', 2023],
    ['自此,2023年全市共受理', 2023],
    // A document or an act.
    ['2022年修订的《行政复议法》施行后,全市共受理', undefined],
    ['2022年新修订的行政复议法实施以来,全市共受理', undefined],
    ['2021年印发了实施方案,全市共受理', undefined],
    ['2023年修订行政复议法,全市共受理', 2023],
    // An event the figure comes after.
    ['2022年行政复议体制改革后,全市共受理', undefined],
    ['在2022年基础上,全市共受理', undefined],
    ['2023年行政复议体制改革全面完成,全市共受理', 2023],
    // A span into another year: a year's worth is the later year's, a longer one no year's.
    ['2022年10月至2023年9月,全市共受理', 2023],
    ['2022年10月—2023年10月,全市共受理', undefined],
    ['2022年10月至2023年,全市共受理', undefined],
    ['2022年12月底至2023年11月,全市共受理', 2023],
    ['2023年1月至2023年9月,全市共受理', 2023],
  ])('%j → %s', (prefix, year) => {
    expect(statedYear(prefix)).toBe(year);
  });
});
