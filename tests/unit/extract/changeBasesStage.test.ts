// changeBase's two first readers, fed facts by hand: a 分别 run of changes (its first change and those the scan joined
// to it, `joined`) qualifies as many figures right before it, in order (respectiveBase), and a percent change opening its clause with a level's verb right after a rate changes that
// rate (rateBefore). Expected values are worked out by hand.
import { changeBase, rateBefore } from '../../../src/extract/figureRelations.ts';
import type { YoyChange } from '../../../src/extract/yoy.ts';
import { scannedIn, type Facts } from './helpers.ts';

const pct = (amount: number, subject = ''): Facts => ({
  change: { kind: 'percent', sign: 1, amount, subject } satisfies YoyChange,
});
/** A change that the scan joined to the change before it in a 分别 run (…9%和8.5%). */
const next = (amount: number): Facts => ({ ...pct(amount), joined: true });
const cases: Facts = { metric: 'mediation.cases' };
const resolved: Facts = { metric: 'mediation.resolved' };
const rate: Facts = { metric: 'mediation.success_rate' };

describe('respectiveBase (through changeBase)', () => {
  const RUN = '调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%';

  it('the k-th change of a 分别 run qualifies the k-th figure before the run', () => {
    const items = scannedIn(RUN, cases, resolved, pct(9), next(8.5));
    expect(changeBase(items, 2)).toBe(items[0]);
    expect(changeBase(items, 3)).toBe(items[1]);
  });

  it('changes not joined (no 分别) are no run: the first takes the nearest figure instead', () => {
    const items = scannedIn(
      '调解纠纷15000件,调解成功14800件,同比增长9%和8.5%',
      cases,
      resolved,
      pct(9),
      pct(8.5),
    );
    expect(changeBase(items, 2)).toBe(items[1]);
  });

  it('passes over a comparison point among the figures before the run', () => {
    const items = scannedIn(
      '调解纠纷15000件,较上年的12000件,调解成功14800件,同比分别增长9%和8.5%',
      cases,
      { ...cases, comparison: true },
      resolved,
      pct(9),
      next(8.5),
    );
    expect(changeBase(items, 3)).toBe(items[0]);
    expect(changeBase(items, 4)).toBe(items[2]);
  });

  it('not when the run has more changes than figures before it in the sentence', () => {
    const items = scannedIn(
      '调解纠纷15000件。调解成功14800件,同比分别增长9%和8.5%',
      cases,
      resolved,
      pct(9),
      next(8.5),
    );
    expect(changeBase(items, 2)).toBe(items[1]);
  });

  it('a run ends at its sentence: a change of the next sentence starts afresh', () => {
    const items = scannedIn(
      '调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%。增长5%',
      cases,
      resolved,
      pct(9),
      next(8.5),
      pct(5, '增长'),
    );
    expect(changeBase(items, 3)).toBe(items[1]);
    // …and the run's first change is not taken for one of three (the next sentence's change is not the run's third).
    expect(changeBase(items, 2)).toBe(items[0]);
  });

  it('a run of three: the middle change takes the middle figure, not the nearest one', () => {
    const items = scannedIn(
      '受理案件1200件,审结案件1100件,调解案件300件,同比分别增长9%、8.5%和5%',
      cases,
      resolved,
      cases,
      pct(9),
      next(8.5),
      next(5),
    );
    expect(changeBase(items, 3)).toBe(items[0]);
    expect(changeBase(items, 4)).toBe(items[1]);
    expect(changeBase(items, 5)).toBe(items[2]);
  });

  it('more figures before the run than changes: the run takes the last ones', () => {
    const items = scannedIn(
      '全年受理案件1200件,调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%',
      cases,
      cases,
      resolved,
      pct(9),
      next(8.5),
    );
    expect(changeBase(items, 3)).toBe(items[1]);
    expect(changeBase(items, 4)).toBe(items[2]);
  });

  it('a figure that opens the sentence is one of the run’s figures', () => {
    const items = scannedIn(
      '15000件纠纷得到调解,14800件调解成功,同比分别增长9%和8.5%',
      cases,
      resolved,
      pct(9),
      next(8.5),
    );
    expect(changeBase(items, 2)).toBe(items[0]);
    expect(changeBase(items, 3)).toBe(items[1]);
  });

  it('passes over a change among the figures before the run', () => {
    const items = scannedIn(
      '调解纠纷15000件,同比增长5%,调解成功14800件,同比分别增长9%和8.5%',
      cases,
      pct(5),
      resolved,
      pct(9),
      next(8.5),
    );
    expect(changeBase(items, 3)).toBe(items[0]);
    expect(changeBase(items, 4)).toBe(items[2]);
  });

  it('a run of three after two figures does not line up: its first change takes the nearest figure', () => {
    const items = scannedIn(
      '调解纠纷15000件,调解成功14800件,同比分别增长9%、8.5%和5%',
      cases,
      resolved,
      pct(9),
      next(8.5),
      next(5),
    );
    expect(changeBase(items, 2)).toBe(items[1]);
    // …nor its second with the last two figures: it too takes the nearest.
    expect(changeBase(items, 3)).toBe(items[1]);
  });

  it('a lone change after 分别 is no run: it takes the nearest figure it can qualify, past a rate', () => {
    const items = scannedIn('调解纠纷15000件,调解成功率98%,同比分别增长9%', cases, rate, pct(9));
    expect(changeBase(items, 2)).toBe(items[0]);
  });

  it('far into a sentence longer than the 240 characters each figure’s sentence is read back', () => {
    const long = '坚持稳中求进工作总基调,'.repeat(25) + RUN;
    const items = scannedIn(long, cases, resolved, pct(9), next(8.5));
    expect(items[3]?.ctx.sentence.start).not.toBe(items[2]?.ctx.sentence.start);
    expect(changeBase(items, 2)).toBe(items[0]);
    expect(changeBase(items, 3)).toBe(items[1]);
  });

  it('a change that cannot qualify its figure in the run qualifies none', () => {
    const items = scannedIn('调解成功率98%,成功率99%,同比分别增长9%和8.5%', rate, rate, pct(9), next(8.5));
    expect(changeBase(items, 2)).toBeNull();
  });
});

describe('rateBefore', () => {
  const RATE = '调解成功率98.2%,同比上升0.4%';

  it('a percent change opening its clause with a level’s verb, right after a rate, changes that rate', () => {
    const items = scannedIn(RATE, rate, pct(0.4));
    expect(rateBefore(items, 1)).toBe(items[0]);
    const le = scannedIn('调解成功率98.2%,同比上升了0.4%', rate, pct(0.4));
    expect(rateBefore(le, 1)).toBe(le[0]);
  });

  it('not a change in points, one with words of its own, or one with nothing before it', () => {
    const points = scannedIn(RATE, rate, { change: { kind: 'points', sign: 1, amount: 0.4, subject: '' } });
    expect(rateBefore(points, 1)).toBeNull();
    expect(rateBefore(scannedIn(RATE, rate, pct(0.4, '调解成功率')), 1)).toBeNull();
    expect(rateBefore(scannedIn('同比上升0.4%', pct(0.4)), 0)).toBeNull();
  });

  it('not a quantity’s verb (增长), and not after a count, a change or a comparison point', () => {
    expect(rateBefore(scannedIn('调解成功率98.2%,同比增长0.4%', rate, pct(0.4)), 1)).toBeNull();
    expect(rateBefore(scannedIn('调解纠纷982件,同比上升0.4%', cases, pct(0.4)), 1)).toBeNull();
    expect(rateBefore(scannedIn(RATE, pct(98.2), pct(0.4)), 1)).toBeNull();
    expect(rateBefore(scannedIn(RATE, { ...rate, comparison: true }, pct(0.4)), 1)).toBeNull();
  });

  it('not a rate of the sentence before', () => {
    expect(rateBefore(scannedIn('调解成功率98.2%。同比上升0.4%', rate, pct(0.4)), 1)).toBeNull();
  });

  it('a rate that opens the sentence', () => {
    const items = scannedIn('98.2%的纠纷调解成功,同比上升0.4%', rate, pct(0.4));
    expect(rateBefore(items, 1)).toBe(items[0]);
  });

  it('not a figure that is no change, nor an index past the list', () => {
    const items = scannedIn(RATE, rate, {});
    expect(rateBefore(items, 1)).toBeNull();
    expect(rateBefore(scannedIn(RATE, rate, pct(0.4)), 2)).toBeNull();
  });
});
