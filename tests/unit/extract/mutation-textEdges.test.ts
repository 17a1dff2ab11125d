// The edges of the text stages that survived the first mutation run of the extract-text group: character ranges at
// their ends, line joins decided by the last character, quotation limits to the character. Offsets counted by hand.
import { normalizeText } from '../../../src/extract/normalizeText.ts';
import { toSimplified } from '../../../src/extract/toSimplified.ts';
import { cutEvidence } from '../../../src/extract/evidence.ts';
import { isFurnitureLine } from '../../../src/extract/furniture.ts';
import { badNeighbours, insideQuoteOrTitle } from '../../../src/extract/notAFigure.ts';
import { clauseStarts, paragraphStartBefore, sentenceAround } from '../../../src/extract/sentences.ts';

const text = (original: string) => normalizeText(original).text;

describe('normalizeText at the ends of its ranges', () => {
  it('～ (the last full-width character) becomes ~', () => {
    expect(text('1～3')).toBe('1~3');
  });

  it('0 and 9 are digits for the space kept between digits', () => {
    expect(text('1 0件')).toBe('1 0件');
    expect(text('0 1件')).toBe('0 1件');
    expect(text('9 9件')).toBe('9 9件');
  });

  it('一 and 鿿 (the first and last of the unified ideographs) take a gloss; other scripts do not', () => {
    expect(text('一(yī)')).toBe('一');
    expect(text('\u9fff(wàn)')).toBe('\u9fff');
    expect(text('ｱ(wàn)')).toBe('ｱ(wàn)');
  });

  it('a gloss is at most seven letters', () => {
    expect(text('区(shuāngā)')).toBe('区');
    expect(text('区(shuāngāa)')).toBe('区(shuāngāa)');
  });

  it('only an opening bracket after a character starts a gloss, and never at the start of a line', () => {
    expect(text('区wàn)')).toBe('区wàn)');
    expect(text('区\n(wàn)')).toBe('区\n(wàn)');
  });

  it('a space at the start of a line is not kept, even after a digit', () => {
    expect(text('共12\n 34件')).toBe('共12\n34件');
  });

  it('a line of digit groups is judged without its spaces', () => {
    expect(text('全市共受理12 345件\n调解成功')).toBe('全市共受理12 345件\n调解成功');
  });

  it('a line ending in a full stop inside a closing quote is ended, even when it has commas', () => {
    expect(text('全市,共受理12件。”\n调解成功')).toBe('全市,共受理12件。”\n调解成功');
    expect(text('全市,共受理12件。\n调解成功')).toBe('全市,共受理12件。\n调解成功');
    expect(text('”\n乙')).toBe('”\n乙');
  });

  it('a line of closing marks only is judged by them, not by what stands before it', () => {
    expect(text('》\n,乙')).toBe('》,乙');
  });

  it('a line ending in an opening mark runs on', () => {
    expect(text('印发《\n实施方案》')).toBe('印发《实施方案》');
  });

  it('a line longer than 200 characters is judged by its start and its end', () => {
    const long = '调'.repeat(250);
    expect(text(`${long}\n乙`)).toBe(`${long}乙`);
    expect(text(`${long}。\n乙`)).toBe(`${long}。\n乙`);
  });
});

describe('toSimplified when a phrase would change the length', () => {
  it('converts one character at a time instead, keeping offsets', () => {
    // As a phrase 二噁英 becomes 二𫫇英, one character longer; one by one it is 二恶英.
    expect(toSimplified('二噁英萬件')).toBe('二恶英万件');
  });

  it('keeps a character whose own simplified form is longer (嗰 → 𠮶, two code units)', () => {
    expect(toSimplified('嗰個')).toBe('嗰个');
  });

  it('otherwise converts the phrase as a whole: a name keeps its character', () => {
    expect(toSimplified('乾隆')).toBe('乾隆');
  });
});

describe('cutEvidence at its limits', () => {
  it('a start exactly 60 characters before the end still fits', () => {
    // 调0–55 共56 1 57 2 58 件59
    const original = `${'调'.repeat(56)}共12件`;
    expect(cutEvidence(original, normalizeText(original), [0], 57, 60)).toEqual({
      evidence: original,
      offset: 0,
    });
  });

  it('the first start that fits wins, even when it is the figure itself', () => {
    // 全0 市1 共2 受3 理4 1 5 2 6 件7
    const original = '全市共受理12件';
    expect(cutEvidence(original, normalizeText(original), [5, 0], 5, 8)).toEqual({
      evidence: '12件',
      offset: 5,
    });
  });

  it('never skips the first character of what must be shown', () => {
    const pair = '\ud800\udfff共12件';
    expect(cutEvidence(pair, normalizeText(pair), [], 1, 3)).toEqual({ evidence: '\udfff共', offset: 1 });
  });

  it('a character outside the surrogate range is not skipped', () => {
    // Ａ0 共1 1 2 2 3 件4
    const original = 'Ａ共12件';
    expect(cutEvidence(original, normalizeText(original), [0], 2, 5)).toEqual({
      evidence: 'Ａ共12件',
      offset: 0,
    });
    const pair = '\ud800\udfff共12件';
    expect(cutEvidence(pair, normalizeText(pair), [1], 3, 6)).toEqual({ evidence: '共12件', offset: 2 });
  });
});

describe('isFurnitureLine: a date stamp is the whole line', () => {
  it('with or without seconds, never after other words', () => {
    expect(isFurnitureLine('2023-02-0616:12')).toBe(true);
    expect(isFurnitureLine('印发2023-02-06')).toBe(false);
    expect(isFurnitureLine('2023-02-06印发')).toBe(false);
  });
});

describe('badNeighbours: digits and joins', () => {
  it('0 and 9 are digits; a bracket is not', () => {
    expect(badNeighbours('9-5件', 2, 3)).toBe(true);
    expect(badNeighbours('0-5件', 2, 3)).toBe(true);
    expect(badNeighbours('共(-5件', 3, 4)).toBe(false);
  });

  it('a digit two back matters only across a range or join mark', () => {
    expect(badNeighbours('1共5件', 2, 3)).toBe(false);
  });
});

describe('insideQuoteOrTitle: limits to the character', () => {
  it.each([
    ['“3”', 1, 2, true],
    [`《${'调'.repeat(59)}3件》`, 60, 62, true],
    [`《${'调'.repeat(60)}3件》`, 61, 63, false],
    [`“${'调'.repeat(23)}3件”`, 24, 26, true],
    [`“${'调'.repeat(24)}3件”`, 25, 27, false],
    [`调调调调调“${'调'.repeat(19)}3件”`, 25, 27, true],
    [`“3${'调'.repeat(23)}”`, 1, 2, true],
    [`“3${'调'.repeat(24)}”`, 1, 2, false],
    ['“甲\n3件”', 3, 4, false],
    ['“甲”共3件”', 4, 5, false],
    ['共3件”', 1, 2, false],
  ] as const)('%j [%d, %d) → %s', (t, start, end, inside) => {
    expect(insideQuoteOrTitle(t, start, end)).toBe(inside);
  });
});

describe('sentences: digits and limits', () => {
  it('a comma between 0s or 9s is a thousands separator', () => {
    expect(clauseStarts('共10,000件', 0, 8)).toEqual([0]);
    expect(clauseStarts('共9,999件', 0, 7)).toEqual([0]);
  });

  it('the character at the end of the text before a figure is not looked at', () => {
    expect(paragraphStartBefore('甲\n乙', 1)).toBe(0);
  });

  it('a break exactly 240 characters back still counts', () => {
    // 甲0 。1 调2–240 1 241 2 242 件243
    const t = `甲。${'调'.repeat(239)}12件`;
    expect(sentenceAround(t, 241, 244).start).toBe(2);
  });
});
