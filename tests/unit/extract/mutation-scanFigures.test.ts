// scanFigures on its own: the number grammar, one form per case. Values, spans and qualifiers worked out by hand.
import { scanFigures } from '../../../src/extract/scanFigures.ts';

const one = (text: string) => {
  const found = scanFigures(text);
  expect(found).toHaveLength(1);
  return found[0];
};
const brief = (text: string) =>
  scanFigures(text).map((f) => ({
    at: [f.start, f.end],
    value: f.value,
    counter: f.counter,
    qualifier: f.qualifier,
  }));

describe('scanFigures: forms that are figures', () => {
  it.each([
    ['受理4.32万件', [2, 8], 43200, '件', 'exact'],
    ['1.1万件', [0, 5], 11000, '件', 'exact'],
    ['1.1亿元', [0, 5], 110000000, '元', 'exact'],
    ['1300余万元', [0, 7], 13000000, '元', 'lower_bound'],
    ['6万余件', [0, 4], 60000, '件', 'lower_bound'],
    ['3300多宗', [0, 6], 3300, '宗', 'lower_bound'],
    ['近千名', [0, 3], 1000, '名', 'approx'],
    ['百余件', [0, 3], 100, '件', 'lower_bound'],
    ['三件', [0, 2], 3, '件', 'exact'],
    ['完成三个', [2, 4], 3, '个', 'exact'],
    ['十二个', [0, 3], 12, '个', 'exact'],
    ['12件以上', [0, 5], 12, '件', 'lower_bound'],
    ['约12件左右', [0, 6], 12, '件', 'approx'],
    ['前3件', [1, 3], 3, '件', 'exact'],
    ['百分之九十八', [0, 6], 98, '%', 'exact'],
    ['约百分之五十', [0, 6], 50, '%', 'approx'],
    ['百分之98.5以上', [0, 9], 98.5, '%', 'lower_bound'],
    ['九成以上', [0, 4], 90, '成', 'lower_bound'],
    ['达九成,', [1, 3], 90, '成', 'exact'],
    ['12,345件', [0, 7], 12345, '件', 'exact'],
    ['10余亿元', [0, 5], 1000000000, '元', 'lower_bound'],
    ['123456789012345件', [0, 16], 123456789012345, '件', 'exact'],
    ['涉及十个部门', [2, 4], 10, '个', 'exact'],
    ['共五个', [1, 3], 5, '个', 'exact'],
    ['增长2倍', [2, 4], 2, '倍', 'exact'],
  ] as const)('%s', (text, at, value, counter, qualifier) => {
    expect(brief(text)).toEqual([{ at: [...at], value, counter, qualifier }]);
  });

  it('a multiplier after 余 multiplies a smaller one before it (3千余万元 is 30 million)', () => {
    expect(brief('挽回损失3千余万元')).toEqual([
      { at: [4, 9], value: 30_000_000, counter: '元', qualifier: 'lower_bound' },
    ]);
    expect(brief('3千多万元')).toEqual([
      { at: [0, 5], value: 30_000_000, counter: '元', qualifier: 'lower_bound' },
    ]);
    expect(brief('3万余亿元')).toEqual([
      { at: [0, 5], value: 3e12, counter: '元', qualifier: 'lower_bound' },
    ]);
    expect(brief('三千余万元')).toEqual([
      { at: [0, 5], value: 30_000_000, counter: '元', qualifier: 'lower_bound' },
    ]);
    expect(brief('300余万元')).toEqual([
      { at: [0, 6], value: 3_000_000, counter: '元', qualifier: 'lower_bound' },
    ]);
  });

  it('a change in percentage points and a multiple are marked as such', () => {
    expect(one('提高5个百分点')).toMatchObject({ value: 5, unit: 'percent', points: true, multiple: false });
    expect(one('增长2倍')).toMatchObject({
      value: 2,
      unit: 'count',
      counter: '倍',
      multiple: true,
      points: false,
    });
    expect(one('98.5%')).toMatchObject({ value: 98.5, unit: 'percent', points: false, multiple: false });
    expect(one('百分之九十八')).toMatchObject({ value: 98, unit: 'percent', points: false, multiple: false });
  });

  it('every figure of a text, in order, up to a limit', () => {
    expect(scanFigures('1件2人3%').map((f) => f.value)).toEqual([1, 2, 3]);
    expect(scanFigures('1件2人3%', 2).map((f) => f.value)).toEqual([1, 2]);
  });
});

describe('scanFigures: forms that are not figures', () => {
  it.each([
    ['3万亿元', '万亿 is no multiplier the catalogue holds'],
    ['一件', 'a Chinese one'],
    ['三个规定', 'a small Chinese numeral with a weak counter word'],
    ['千家万户', 'a bare 千 with neither qualifier nor 余'],
    ['前3名', 'a ranking of people'],
    ['后5%', 'a ranking of a share'],
    ['3成员', '成 before 员'],
    ['1234567890123456件', 'more than 15 digits'],
    ['“3件”', 'inside a quotation'],
    ['3个月', 'a measure without a unit'],
    ['依法行政', 'no number'],
    ['百分之点', '百分之 without a number'],
    ['3万成', 'a multiplier before 成'],
    ['3万余万元', 'a multiplier written twice, before and after 余, the second no larger: a slip'],
    ['2亿余万元', 'the same with 亿 and 万'],
    ['30万多万元', 'a 0 before the multiplier, and 多'],
  ])('%s (%s)', (text) => {
    expect(scanFigures(text)).toEqual([]);
  });
});
