// The two stages that make a figure a part from the figure beside it, each fed facts by hand (what the stages before
// them would have worked out): countOfABareShare (主动调解455件,占52.4%) and rateOfAPart (…调解成功1996件,成功率98.13%).
import { countOfABareShare } from '../../../src/extract/shareOfTotal.ts';
import { rateOfAPart } from '../../../src/extract/rateOfAPart.ts';
import type { YoyChange } from '../../../src/extract/yoy.ts';
import { scannedIn, type Facts } from './helpers.ts';

const cases: Facts = { metric: 'mediation.cases' };
const rise: YoyChange = { kind: 'absolute', sign: 1, amount: 455, subject: '' };

/** The share (the last figure) and the figures before it. */
function share(norm: string, ...facts: Facts[]) {
  const items = scannedIn(norm, ...facts);
  const last = items[items.length - 1];
  if (last === undefined) throw new Error(`no figure in ${norm}`);
  return { before: items.slice(0, -1), last, items };
}

describe('countOfABareShare', () => {
  const TEXT = '全市受理纠纷869件;主动调解455件,占52.4%';

  it('a count followed by its bare share, after a larger total of its metric, is a part', () => {
    const { before, last, items } = share(TEXT, cases, cases);
    expect(countOfABareShare(before, last)).toBe(items[1]);
  });

  it.each(['占比', '占总数的', '占比为', '占总量的'])('%s is as bare', (word) => {
    const { before, last, items } = share(`全市受理纠纷869件;主动调解455件,${word}52.4%`, cases, cases);
    expect(countOfABareShare(before, last)).toBe(items[1]);
  });

  it('passes over a figure of another metric to the total', () => {
    const { before, last, items } = share(
      '全市受理纠纷869件,调解成功842件;主动调解455件,占52.4%',
      cases,
      { metric: 'mediation.resolved' },
      cases,
    );
    expect(countOfABareShare(before, last)).toBe(items[2]);
  });

  it('reaches the total in the sentence before the count’s', () => {
    const { before, last, items } = share('全市受理纠纷869件。主动调解455件,占52.4%', cases, cases);
    expect(countOfABareShare(before, last)).toBe(items[1]);
  });

  it('not across a paragraph', () => {
    const { before, last } = share('全市受理纠纷869件。\n主动调解455件,占52.4%', cases, cases);
    expect(countOfABareShare(before, last)).toBeNull();
  });

  it('no share of a named base, and no share that is no percentage', () => {
    const named = share('全市受理纠纷869件;主动调解455件,占全省的52.4%', cases, cases);
    expect(countOfABareShare(named.before, named.last)).toBeNull();
    const count = share('全市受理纠纷869件;主动调解455件,占52件', cases, cases);
    expect(countOfABareShare(count.before, count.last)).toBeNull();
  });

  it('no count before it: nothing, a percentage, a figure with no metric, a part, a change', () => {
    const { last } = share(TEXT, cases, cases);
    expect(countOfABareShare([], last)).toBeNull();
    const rate = share('全市受理纠纷869件;调解成功率98%,占52.4%', cases, {
      metric: 'mediation.success_rate',
    });
    expect(countOfABareShare(rate.before, rate.last)).toBeNull();
    for (const facts of [{}, { ...cases, part: true }, { ...cases, change: rise }] as Facts[]) {
      const s = share(TEXT, cases, facts);
      expect(countOfABareShare(s.before, s.last)).toBeNull();
    }
  });

  it('no count in people, and no count without a metric, even after a larger figure like it', () => {
    const people = share('全市受理纠纷869人;主动调解455人,占52.4%', cases, cases);
    expect(countOfABareShare(people.before, people.last)).toBeNull();
    const unnamed = share(TEXT, {}, {});
    expect(countOfABareShare(unnamed.before, unnamed.last)).toBeNull();
  });

  it('no count of another sentence', () => {
    const { before, last } = share('全市受理纠纷869件;主动调解455件。占52.4%', cases, cases);
    expect(countOfABareShare(before, last)).toBeNull();
  });

  it('no total: of another metric, a part, a change, or not larger than the count', () => {
    for (const total of [
      { metric: 'mediation.resolved' },
      { ...cases, part: true },
      { ...cases, change: rise },
    ] as Facts[]) {
      const s = share(TEXT, total, cases);
      expect(countOfABareShare(s.before, s.last)).toBeNull();
    }
    const equal = share('全市受理纠纷455件;主动调解455件,占100%', cases, cases);
    expect(countOfABareShare(equal.before, equal.last)).toBeNull();
  });
});

describe('rateOfAPart', () => {
  const STUDIOS = '全市个人调解工作室共调解案件2034件,调解成功1996件,成功率98.13%';
  const part: Facts = { part: true };

  it('a rate right after a part’s own count, with no subject of its own, is the part’s', () => {
    const { before, last } = share(STUDIOS, part, part);
    expect(rateOfAPart(before, last)).toBe(true);
  });

  it.each(['成功率为', '成功率达', '成功率达到', '成功率是'])('after %s too', (words) => {
    const { before, last } = share(
      `全市个人调解工作室共调解案件2034件,调解成功1996件,${words}98.13%`,
      part,
      part,
    );
    expect(rateOfAPart(before, last)).toBe(true);
  });

  it('not a rate that is no percentage, is a part already, a change or a comparison point', () => {
    const count = share('全市个人调解工作室共调解案件2034件,调解成功1996件,成功率达1990件', part, part);
    expect(rateOfAPart(count.before, count.last)).toBe(false);
    for (const facts of [part, { change: { ...rise, kind: 'points' } }, { comparison: true }] as Facts[]) {
      const s = share(STUDIOS, part, part, facts);
      expect(rateOfAPart(s.before, s.last)).toBe(false);
    }
  });

  it('not after nothing, a whole’s count, a percentage, a change, or a count of another sentence', () => {
    const { last } = share(STUDIOS, part, part);
    expect(rateOfAPart([], last)).toBe(false);
    for (const facts of [{}, { part: true, change: rise }] as Facts[]) {
      const s = share(STUDIOS, part, facts);
      expect(rateOfAPart(s.before, s.last)).toBe(false);
    }
    const percent = share('全市个人调解工作室调解成功率98%,成功率98.13%', part);
    expect(rateOfAPart(percent.before, percent.last)).toBe(false);
    const apart = share('全市个人调解工作室共调解案件2034件,调解成功1996件。成功率98.13%', part, part);
    expect(rateOfAPart(apart.before, apart.last)).toBe(false);
  });

  it('not after a part marked by 其中 alone, or after the items of a 其中 list', () => {
    const outcome = share('全市办结行政复议案件255件,其中114件终止结案,化解率40%', {}, part);
    expect(rateOfAPart(outcome.before, outcome.last)).toBe(false);
    const listed = share('其中婚姻家庭纠纷300件,调解成功率99%', part);
    expect(rateOfAPart(listed.before, listed.last)).toBe(false);
  });

  it('not a rate with words of its own before the rate word, or a subject of its own', () => {
    for (const words of ['全市调解成功率', '本区调解成功率', '全年各类纠纷的调解成功率']) {
      const s = share(`全市个人调解工作室共调解案件2034件,调解成功1996件,${words}98.13%`, part, part);
      expect(rateOfAPart(s.before, s.last)).toBe(false);
    }
  });
});
