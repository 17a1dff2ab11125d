// yoy.ts stage by stage (found by npm run test:mutation): which clause reads as a change, the prior value a change
// implies, and which figures a change may qualify. Figures are written by hand; expected values worked out by hand.
import { countFigure, pctFigure, pointsFigure, rawFigure, timesFigure } from './helpers.ts';
import { canQualify, priorValue, readYoy, type YoyChange } from '../../../src/extract/yoy.ts';

const fig = rawFigure;
const pct = pctFigure;
const count = countFigure;
const points = pointsFigure;
const times = timesFigure;

describe('readYoy', () => {
  it.each([
    ['同比增长', pct(12), { kind: 'percent', sign: 1, amount: 12, year: undefined, subject: '' }],
    ['同比下降', pct(8.3), { kind: 'percent', sign: -1, amount: 8.3, year: undefined, subject: '' }],
    ['环比增长了', pct(5), { kind: 'percent', sign: 1, amount: 5, year: undefined, subject: '' }],
    ['较2023年同比增长', pct(100), { kind: 'percent', sign: 1, amount: 100, year: 2023, subject: '' }],
    ['与2022年度相比下降', pct(10), { kind: 'percent', sign: -1, amount: 10, year: 2022, subject: '' }],
    ['比上年同期增加', count(120), { kind: 'absolute', sign: 1, amount: 120, year: undefined, subject: '' }],
    ['较去年减少', count(100), { kind: 'absolute', sign: -1, amount: 100, year: undefined, subject: '' }],
    ['同比提高', points(3.2), { kind: 'points', sign: 1, amount: 3.2, year: undefined, subject: '' }],
    ['同比增长', times(2), { kind: 'multiple', sign: 1, amount: 2, year: undefined, subject: '' }],
    ['同比分别增长', pct(4), { kind: 'percent', sign: 1, amount: 4, year: undefined, subject: '' }],
    ['同比降幅为', pct(6), { kind: 'percent', sign: -1, amount: 6, year: undefined, subject: '' }],
    ['增幅达', pct(7), { kind: 'percent', sign: 1, amount: 7, year: undefined, subject: '' }],
    ['增长', pct(64.6), { kind: 'percent', sign: 1, amount: 64.6, year: undefined, subject: '' }],
    [
      '人民调解案件总量较去年增长',
      pct(9),
      { kind: 'percent', sign: 1, amount: 9, year: undefined, subject: '人民调解案件总量' },
    ],
    ['较上年多', count(20), { kind: 'absolute', sign: 1, amount: 20, year: undefined, subject: '' }],
    ['比上一年度少', count(20), { kind: 'absolute', sign: -1, amount: 20, year: undefined, subject: '' }],
  ] as const)('%s %o', (local, figure, change) => {
    expect(readYoy(local, figure)).toEqual(change);
  });

  it.each([
    ['案件增长', 'a verb after other words, without 同比 or 较去年', pct(5)],
    ['多', '多 alone is no change', count(5)],
    ['少', '少 alone is no change', count(5)],
    ['全年受理', 'no change word', count(5)],
    ['同比下降', 'a fall by a multiple is no change we can use', times(2)],
    ['增长率为98.5%,受理', 'the change word is not at the end', pct(5)],
  ] as const)('%s is not a change (%s)', (local, _why, figure) => {
    expect(readYoy(local, figure)).toBeNull();
  });

  it('reads only the last 30 characters of the clause', () => {
    const long = `${'调'.repeat(40)}同比增长`;
    expect(readYoy(long, pct(5))).toMatchObject({ subject: '调'.repeat(26) });
    expect(readYoy(`${'调'.repeat(29)}增长`, pct(5))).toBeNull();
  });
});

const change = (kind: YoyChange['kind'], sign: 1 | -1, amount: number): YoyChange => ({
  kind,
  sign,
  amount,
  subject: '',
});

describe('priorValue', () => {
  it.each([
    ['doubling 2056', change('percent', 1, 100), count(2056), 1028],
    ['a 10% fall to 90', change('percent', -1, 10), count(90), 100],
    ['3% up to 1000', change('percent', 1, 3), count(1000), 971],
    ['3% up to a rate of 98.2', change('percent', 1, 3), pct(98.2), 95.34],
    ['2 times up to 300', change('multiple', 1, 2), count(300), 100],
    ['56 more to 2056', change('absolute', 1, 56), count(2056), 2000],
    ['56 fewer to 2056', change('absolute', -1, 56), count(2056), 2112],
    ['20 more to 20', change('absolute', 1, 20), count(20), 0],
    ['3.2 points up to 98.6', change('points', 1, 3.2), pct(98.6), 95.4],
    ['5 points down to 95', change('points', -1, 5), pct(95), 100],
  ] as const)('%s → %d', (_, c, base, prior) => {
    expect(priorValue(c, base)).toBe(prior);
  });

  it.each([
    ['below zero', change('absolute', 1, 20), count(10)],
    ['a 100% fall', change('percent', -1, 100), count(10)],
    ['a rate above 100', change('points', -1, 5), pct(99)],
  ] as const)('no prior value when it would be %s', (_, c, base) => {
    expect(priorValue(c, base)).toBeNull();
  });
});

describe('canQualify', () => {
  it('a multiple qualifies nothing as a base', () => {
    expect(canQualify(change('percent', 1, 5), times(2), pct(5))).toBe(false);
  });
  it('points qualify a rate only', () => {
    expect(canQualify(change('points', 1, 2), pct(90), points(2))).toBe(true);
    expect(canQualify(change('points', 1, 2), count(90), points(2))).toBe(false);
  });
  it('an absolute change qualifies a figure in its own unit', () => {
    expect(canQualify(change('absolute', 1, 20), count(90), count(20))).toBe(true);
    expect(canQualify(change('absolute', 1, 20), fig(90, 'people'), count(20))).toBe(false);
  });
  it('a percent or a multiple qualifies anything but a rate', () => {
    expect(canQualify(change('percent', 1, 5), count(90), pct(5))).toBe(true);
    expect(canQualify(change('percent', 1, 5), pct(90), pct(5))).toBe(false);
    expect(canQualify(change('multiple', 1, 2), fig(90, 'yuan'), times(2))).toBe(true);
  });
});
