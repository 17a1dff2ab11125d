// respectively.ts on its own (found by npm run test:mutation): which list item names the k-th figure after 分别, and
// when the list and the figures do not pair up. Sentences written for this test; positions counted by hand.
import type { RawFigure } from '../../../src/extract/scanFigures.ts';
import { respectiveItem } from '../../../src/extract/respectively.ts';

/** The figures written as `spans`, in order, where they stand in `norm`. */
const figuresIn = (norm: string, ...spans: string[]): RawFigure[] => {
  let from = 0;
  return spans.map((span) => {
    const start = norm.indexOf(span, from);
    if (start < 0) throw new Error(`${span} is not in ${norm}`);
    from = start + span.length;
    return {
      start,
      end: start + span.length,
      value: 1,
      unit: 'count',
      counter: '件',
      qualifier: 'exact',
      points: false,
      multiple: false,
    };
  });
};
const itemsOf = (norm: string, spans: string[], sentenceStart = 0) => {
  const figures = figuresIn(norm, ...spans);
  return figures.map((_, i) => respectiveItem(norm, figures, i, sentenceStart));
};

describe('respectiveItem', () => {
  it('pairs the k-th figure with the k-th item, plus the words after 分别', () => {
    expect(itemsOf('受理和审结行政复议案件分别为1,200件、1,150件。', ['1,200件', '1,150件'])).toEqual([
      { item: '受理为', at: 11, listStart: 0 },
      { item: '审结行政复议案件为', at: 11, listStart: 0 },
    ]);
    expect(itemsOf('法律援助机构、人民调解组织分别受理案件3,000件、5,000件', ['3,000件', '5,000件'])).toEqual(
      [
        { item: '法律援助机构受理案件', at: 13, listStart: 0 },
        { item: '人民调解组织受理案件', at: 13, listStart: 0 },
      ],
    );
  });

  it('the list starts after the last break before 分别', () => {
    expect(itemsOf('全年,纠错率、实质化解率分别为12%、85%。', ['12%', '85%'])).toEqual([
      { item: '纠错率为', at: 12, listStart: 3 },
      { item: '实质化解率为', at: 12, listStart: 3 },
    ]);
  });

  it('the list starts no earlier than the sentence', () => {
    expect(itemsOf('全年纠错率、实质化解率分别为12%、85%', ['12%', '85%'], 4)).toEqual([
      { item: '率为', at: 11, listStart: 4 },
      { item: '实质化解率为', at: 11, listStart: 4 },
    ]);
    // 分别 before the sentence start belongs to another sentence.
    expect(itemsOf('甲和乙分别为100件、200件', ['100件', '200件'], 7)).toEqual([null, null]);
  });

  it('a list of three: each gap between the figures is a separator', () => {
    expect(itemsOf('甲、乙和丙分别为1件、2件、3件', ['1件', '2件', '3件'])).toEqual([
      { item: '甲为', at: 5, listStart: 0 },
      { item: '乙为', at: 5, listStart: 0 },
      { item: '丙为', at: 5, listStart: 0 },
    ]);
    expect(itemsOf('甲、乙和丙分别为1件、2件,共3件', ['1件', '2件', '3件'])[2]).toBeNull();
  });

  it('joins with 和, 及 and 与 as well as 、', () => {
    expect(itemsOf('甲与乙分别为100件和200件', ['100件', '200件'])).toEqual([
      { item: '甲为', at: 3, listStart: 0 },
      { item: '乙为', at: 3, listStart: 0 },
    ]);
    expect(itemsOf('甲及乙分别为100件与200件', ['100件', '200件'])).toEqual([
      { item: '甲为', at: 3, listStart: 0 },
      { item: '乙为', at: 3, listStart: 0 },
    ]);
  });

  it.each([
    ['受理案件1,200件、1,150件', 'no 分别', ['1,200件', '1,150件'], [null, null]],
    ['案件分别为100件、200件', 'a list of one', ['100件', '200件'], [null, null]],
    [
      '甲和乙分别受理了各种各样的复议案件100件、200件',
      'shared words too long',
      ['100件', '200件'],
      [null, null],
    ],
    ['甲和乙分别为:100件、200件', 'a break after 分别', ['100件', '200件'], [null, null]],
  ] as const)('%s: no pairs (%s)', (norm, _why, spans, expected) => {
    expect(itemsOf(norm, [...spans])).toEqual(expected);
  });

  it('a figure after the list’s end, or after other words, is not in the list', () => {
    expect(itemsOf('甲和乙分别为100件、200件、300件', ['100件', '200件', '300件'])[2]).toBeNull();
    expect(itemsOf('甲和乙分别为100件,其中200件', ['100件', '200件'])).toEqual([
      { item: '甲为', at: 3, listStart: 0 },
      null,
    ]);
  });

  it('a figure before 分别 is not counted as one of its list', () => {
    expect(itemsOf('共50件,甲和乙分别为100件、200件', ['50件', '100件', '200件'])).toEqual([
      null,
      { item: '甲为', at: 8, listStart: 5 },
      { item: '乙为', at: 8, listStart: 5 },
    ]);
  });

  it('no figure at that index', () => {
    const norm = '甲和乙分别为100件、200件';
    expect(respectiveItem(norm, figuresIn(norm, '100件', '200件'), 2, 0)).toBeNull();
  });
});
