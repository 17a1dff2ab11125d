// furniture.ts, notAFigure.ts and numberSpans.ts on their own (found by npm run test:mutation): page furniture and
// list markers, the neighbours that make a number no figure, and the spans a source panel highlights. By hand.
import { isFurnitureLine, isHeading, startsWithMarker } from '../../../src/extract/furniture.ts';
import { badNeighbours, insideQuoteOrTitle } from '../../../src/extract/notAFigure.ts';
import { numberSpans } from '../../../src/extract/numberSpans.ts';

describe('isFurnitureLine', () => {
  it.each([
    '-12-',
    '—3—',
    '第3页',
    '第3页,共10页',
    '第3页/共10页',
    '共10页第3页',
    '3/10',
    'page3of10',
    'Page12',
    '•2023-02-0616:12:18',
    '2023年2月6日',
    '2023.02.06',
    '来源:市司法局',
    '信息来源市人民政府办公室',
    '发布时间2024-01-05',
    '【打印本页】【关闭窗口】',
    '分享到:微信微博',
    `${'-'.repeat(18)}12`,
  ])('%s is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    '',
    '全市共受理案件100件。',
    '2023年全市共受理案件100件',
    `${'-'.repeat(19)}12`,
    '第3页的内容',
    '12件',
  ])('%j is not', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it('a furniture word counts only in a line of at most 120 characters', () => {
    expect(isFurnitureLine(`联系电话${'调'.repeat(116)}`)).toBe(true);
    expect(isFurnitureLine(`联系电话${'调'.repeat(117)}`)).toBe(false);
  });
});

describe('startsWithMarker and isHeading', () => {
  it.each([
    '一、总体情况',
    '(一)总体情况',
    '(3)具体举措',
    '1.总体情况',
    '12、附则',
    '第一章总则',
    '第3节',
    '第二部分',
    '一是加强领导',
  ])('%s opens with a marker', (line) => {
    expect(startsWithMarker(line)).toBe(true);
  });

  it.each(['总体情况', '1.5万件', '2023年', '第一次会议'])('%s does not', (line) => {
    expect(startsWithMarker(line)).toBe(false);
  });

  it('a heading is a marked line without a full stop, at most 80 characters', () => {
    expect(isHeading('一、总体情况')).toBe(true);
    expect(isHeading('一、全年共受理100件。')).toBe(false);
    expect(isHeading('总体情况')).toBe(false);
    expect(isHeading(`一、${'调'.repeat(78)}`)).toBe(true);
    expect(isHeading(`一、${'调'.repeat(79)}`)).toBe(false);
  });
});

describe('badNeighbours', () => {
  it.each([
    ['第3页', 1, 2, 'an ordinal'],
    ['G20峰会', 1, 3, 'a code after a letter'],
    ['5G基站', 0, 1, 'a code before a letter'],
    ['2-3名', 2, 3, 'the end of a range'],
    ['2-3名', 0, 1, 'the start of a range'],
    ['10:29', 3, 5, 'a time'],
    ['共+5件', 2, 3, 'after a plus'],
    ['共×5件', 2, 3, 'after a times sign'],
    ['2至3名', 0, 1, 'the start of a 至 range'],
    ['三到五名', 0, 1, 'the start of a 到 range'],
    ['12348+公共法律服务', 0, 5, 'before a plus'],
  ])('%s [%d, %d) is no figure (%s)', (text, start, end) => {
    expect(badNeighbours(text, start, end)).toBe(true);
  });

  it.each([
    ['共12件', 1, 3],
    ['共-5件', 2, 3],
    ['12-件', 0, 2],
    ['2至今', 0, 1],
    ['12件', 0, 2],
  ])('%s [%d, %d) may be a figure', (text, start, end) => {
    expect(badNeighbours(text, start, end)).toBe(false);
  });
});

describe('insideQuoteOrTitle', () => {
  it.each([
    ['“三个规定”', 1, 3],
    ['落实‘1+4’机制', 3, 4],
    ['《关于十项举措的通知》', 3, 4],
    [`《${'调'.repeat(30)}3件》`, 31, 33],
    [`《3件${'调'.repeat(50)}》`, 1, 3],
  ])('%s [%d, %d) is inside', (text, start, end) => {
    expect(insideQuoteOrTitle(text, start, end)).toBe(true);
  });

  it.each([
    ['共3件', 1, 2, 'no quotation'],
    ['“甲”共3件', 4, 5, 'after the quotation closed'],
    [`“${'调'.repeat(30)}3件”`, 31, 33, 'a quotation opened too far back'],
    [`“3件${'调'.repeat(30)}”`, 1, 3, 'a quotation closed too far on'],
    [`《${'调'.repeat(61)}3件》`, 62, 64, 'a title opened too far back'],
    ['“3件。”', 1, 3, 'a full stop before the close'],
    ['“3件\n”', 1, 3, 'a line break before the close'],
    ['“甲。3件”', 3, 5, 'a full stop after the open'],
    ['“3件》', 1, 3, 'a different closing mark'],
    ['“3件“甲”', 1, 3, 'another quotation opens first'],
  ])('%s [%d, %d) is not (%s)', (text, start, end) => {
    expect(insideQuoteOrTitle(text, start, end)).toBe(false);
  });
});

describe('numberSpans', () => {
  it('spans in the text as given, qualifiers included', () => {
    // 受0 理1 4 2 .3 3 4 2 5 万6 件7 ,8 调9 成10 率11 9 12 8 13 .14 2 15 %16
    expect(numberSpans('受理4.32万件,调成率98.2%')).toEqual([
      { start: 2, end: 8, value: 43200 },
      { start: 12, end: 17, value: 98.2 },
    ]);
    expect(numberSpans('调解近5.9万件')).toEqual([{ start: 2, end: 8, value: 59000 }]);
  });

  it('maps through full-width digits and spaces back to the original', () => {
    expect(numberSpans('共１２件')).toEqual([{ start: 1, end: 4, value: 12 }]);
    // 共0 ␠1 1 2 2 3 ␠4 件5
    expect(numberSpans('共 12 件')).toEqual([{ start: 2, end: 6, value: 12 }]);
  });

  it('nothing in a text without figures', () => {
    expect(numberSpans('依法行政')).toEqual([]);
  });
});
