// parseChineseNumber's grammar, edge by edge (found by npm run test:mutation): what is well formed and what is not.
// Every value is worked out by hand.
import { parseChineseNumber } from '../../../src/extract/parseChineseNumber.ts';

describe('parseChineseNumber: well formed', () => {
  it.each([
    ['一百十', 110],
    ['一百五', 150],
    ['一千五', 1500],
    ['三万五', 35000],
    ['三点五', 3.5],
    ['十二点零五', 12.05],
    ['一亿二千万', 120000000],
    ['五万零三十', 50030],
    // 24 characters, the longest accepted.
    ['九千九百九十九亿零九千九百九十九万九千九百九十九', 999999999999],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumber(numeral)).toBe(value);
  });
});

describe('parseChineseNumber: not an amount', () => {
  it.each([
    ['九千九百九十九亿零九千九百九十九万九千九百九十九点九', 'longer than 24 characters'],
    ['三点五万', 'a unit after the decimal point'],
    ['一五点五', 'a malformed whole part before the point'],
    ['〇〇', 'a run of bare digits'],
    ['零二', 'a run of bare digits'],
    ['十五零', 'a zero after a digit'],
    ['五零十', 'a zero after a digit'],
    ['二百三百', 'the same small unit twice'],
    ['三十五百', 'a larger small unit after a smaller one'],
    ['五万百', 'a bare 百 after 万'],
    ['千百', 'a bare 百 after 千'],
    ['万百', 'a bare 百 after a bare 万'],
    ['零百', 'a bare 百 after a zero'],
    ['五万五万', 'the same big unit twice'],
    ['三万二亿', 'a larger big unit after a smaller one'],
    ['零万', 'a big unit of nothing'],
    ['亿万', 'a big unit of nothing after another'],
    ['三X', 'a character that is no numeral'],
  ])('%s (%s)', (numeral) => {
    expect(parseChineseNumber(numeral)).toBeNull();
  });
});
