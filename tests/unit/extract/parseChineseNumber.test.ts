import { parseArabicNumber, parseChineseNumber } from '../../../src/extract/index.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千', 2000],
    ['三千零五十', 3050],
    ['一万', 10000],
    ['三万五千', 35000],
    ['三万五', 35000],
    ['一千五', 1500],
    ['十万', 100000],
    ['二十万', 200000],
    ['一百二十万', 1200000],
    ['一亿', 1e8],
    ['一亿二千万', 1.2e8],
    ['九十八点二', 98.2],
    ['千', 1000],
    ['万', 10000],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['', '一五', '二〇二四', '十四五', '八五', '十百', '点', '一点', '万万', '一亿万亿', 'abc'])(
    'rejects %j',
    (input) => {
      expect(parseChineseNumber(input)).toBeNull();
    },
  );
});

describe('parseArabicNumber', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,345', 12345],
    ['12 345', 12345],
    ['1,234,567.8', 1234567.8],
  ])('%s → %d', (input, expected) => {
    expect(parseArabicNumber(input)).toBe(expected);
  });

  it.each(['', '1.2.3', '12a', '.5'])('rejects %j', (input) => {
    expect(parseArabicNumber(input)).toBeNull();
  });
});
