// sentences.ts on its own (found by npm run test:mutation): where a sentence, a clause and a paragraph start and end
// around a figure. Texts written for this test; every offset counted by hand.
import {
  clauseAround,
  clauseStarts,
  paragraphStartBefore,
  sentenceAround,
} from '../../../src/extract/sentences.ts';

// 甲0 。1 乙2 ,3 丙4 1 5 2 6 件7 ,8 丁9 。10 戊11
const TEXT = '甲。乙,丙12件,丁。戊';

describe('sentenceAround and clauseAround', () => {
  it('a sentence runs between 。 and 。; a clause between commas', () => {
    expect(sentenceAround(TEXT, 5, 8)).toEqual({ start: 2, end: 10 });
    expect(clauseAround(TEXT, 5, 8)).toEqual({ start: 4, end: 8 });
  });

  it.each([';', '!', '?', '\n'])('%j ends a sentence', (stop) => {
    const text = `甲${stop}乙12件${stop}丙`;
    expect(sentenceAround(text, 3, 6)).toEqual({ start: 2, end: 6 });
  });

  // 甲0 stop1 乙2 1 3 2 4 件5 stop6 丙7
  it.each([':', '、'])('%j ends a clause but not a sentence', (stop) => {
    const text = `甲${stop}乙12件${stop}丙`;
    expect(clauseAround(text, 3, 6)).toEqual({ start: 2, end: 6 });
    expect(sentenceAround(text, 3, 6)).toEqual({ start: 0, end: 8 });
  });

  it('a comma between digits is a thousands separator, not a break', () => {
    // 共0 1 1 2 2 ,3 3 4 4 5 5 6 件7 。8
    expect(clauseAround('共12,345件。', 4, 8)).toEqual({ start: 0, end: 8 });
    // A comma with a digit on one side only is a break.
    expect(clauseAround('甲,12件', 2, 5)).toEqual({ start: 2, end: 5 });
    expect(clauseAround('12,甲', 0, 2)).toEqual({ start: 0, end: 2 });
  });

  it('looks back at most 240 and ahead at most 120 characters', () => {
    const text = `${'调'.repeat(300)}12件${'调'.repeat(200)}`;
    expect(sentenceAround(text, 300, 303)).toEqual({ start: 60, end: 423 });
    expect(clauseAround(text, 300, 303)).toEqual({ start: 60, end: 423 });
    expect(sentenceAround('12件', 0, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('paragraphStartBefore', () => {
  it('goes back to the last line break, not to a full stop', () => {
    // 甲0 。1 乙2 \n3 丙4 ,5 丁6
    expect(paragraphStartBefore('甲。乙\n丙,丁', 7)).toBe(4);
    expect(paragraphStartBefore('甲。乙', 3)).toBe(0);
    expect(paragraphStartBefore(`${'调'.repeat(250)}`, 250)).toBe(10);
  });
});

describe('clauseStarts', () => {
  it('every clause start in the range, the first included, none at its end', () => {
    // 甲0 ,1 乙2 、3 丙4 :5 丁6 。7
    expect(clauseStarts('甲,乙、丙:丁。', 0, 8)).toEqual([0, 2, 4, 6]);
    expect(clauseStarts('甲,乙、丙:丁。', 2, 5)).toEqual([2, 4]);
    // 共0 1 1 ,2 2 3 0 4 0 5 件6 ,7 甲8
    expect(clauseStarts('共1,200件,甲', 0, 9)).toEqual([0, 8]);
    expect(clauseStarts('1、2', 0, 3)).toEqual([0, 2]);
  });
});
