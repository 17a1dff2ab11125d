import { describe, expect, it } from 'vitest';
import { blockerOf, defaultTicks, openingYear, savedPeriod, tick, type Choice } from '../../../src/user-data/candidateChoice.ts';
import type { Observation } from '../../../src/dataset/schema.ts';

const c = (key: string, metric: string | null, scope?: string): Choice => ({ key, metric, accepted: false, ...(scope ? { scope } : {}) });
const known = (m: string) => m !== 'not.in_catalogue';
const none = () => undefined;

describe('defaultTicks', () => {
  it('ticks a legal-aid total and leaves its parts of the same metric for the person', () => {
    // 共组织办理法律援助案件1428宗。民事法律援助案件381宗。刑事法律援助案件242宗。
    const ticked = defaultTicks([c('a', 'legal_aid.cases'), c('b', 'legal_aid.cases'), c('d', 'legal_aid.cases')], known, none);
    expect(ticked.map((x) => x.accepted)).toEqual([true, false, false]);
  });
  it('does not tick what the extractor calls a part, a body\'s own count or a cumulative figure', () => {
    const ticked = defaultTicks([c('a', 'legal_aid.cases', 'sub_category'), c('b', 'review.cases', 'government_own'), c('d', 'mediation.cases', 'region')], known, none);
    expect(ticked.map((x) => x.accepted)).toEqual([false, false, true]);
  });
  it('never ticks an unknown metric or one the published data already holds', () => {
    const held = { metric: 'mediation.cases', value: 1 } as Observation;
    const ticked = defaultTicks([c('a', 'not.in_catalogue'), c('b', null), c('d', 'mediation.cases')], known, (m) => (m === 'mediation.cases' ? held : undefined));
    expect(ticked.map((x) => x.accepted)).toEqual([false, false, false]);
  });
});

describe('tick and blockerOf', () => {
  it('ticking one of two same-metric candidates unticks the other: the person chooses which is saved', () => {
    const start = defaultTicks([c('a', 'legal_aid.cases'), c('b', 'legal_aid.cases')], known, none);
    const chosen = tick(start, 'b', true);
    expect(chosen.map((x) => [x.key, x.accepted])).toEqual([['a', false], ['b', true]]);
    expect(blockerOf(chosen[0]!, chosen, none)).toEqual({ kind: 'duplicate', of: 'b' });
    expect(blockerOf(chosen[1]!, chosen, none)).toBeNull();
  });
  it('names the published value a candidate collides with', () => {
    const held = { metric: 'review.cases', value: 2056 } as Observation;
    expect(blockerOf(c('a', 'review.cases'), [], () => held)).toEqual({ kind: 'published', observation: held });
  });
});

describe('openingYear', () => {
  it('reads the year a text starts with', () => {
    expect(openingYear('2024年，全区共受理…')).toBe(2024);
    expect(openingYear('2024年全区法律援助工作')).toBe(2024);
    expect(openingYear('清城区2023年法治政府建设工作情况')).toBe(2023);
    expect(openingYear('全区共受理案件45件，2024年')).toBeUndefined();
  });
});

describe('what can never be added as the report’s value', () => {
  it('a change is no level: blocked whatever metric the person picks', () => {
    expect(blockerOf({ key: 'a', metric: 'mediation.cases', accepted: true, scope: 'change' }, [], none)).toEqual({ kind: 'change' });
  });

  it('an earlier year’s figure is blocked, with its year when the extractor read one', () => {
    expect(blockerOf({ key: 'a', metric: 'legal_aid.cases', accepted: true, scope: 'prior_year', year: 2022 }, [], none)).toEqual({ kind: 'otherYear', year: 2022 });
    expect(blockerOf({ key: 'a', metric: 'legal_aid.cases', accepted: true, scope: 'prior_year' }, [], none)).toEqual({ kind: 'otherYear' });
  });

  it('a part, a body’s own count or a sum over years stays the person’s call', () => {
    for (const scope of ['sub_category', 'government_own', 'cumulative', 'court'])
      expect(blockerOf({ key: 'a', metric: 'legal_aid.cases', accepted: true, scope }, [], none)).toBeNull();
  });

  it('a figure of part of a year or of several years is never ticked by default', () => {
    const ticked = defaultTicks(
      [
        { key: 'a', metric: 'mediation.cases', accepted: false, period: { kind: 'partial_year' } },
        { key: 'b', metric: 'legal_aid.cases', accepted: false, period: { kind: 'multi_year' } },
        { key: 'c', metric: 'review.cases', accepted: false, period: { kind: 'full_year' } },
        { key: 'd', metric: 'litigation.cases', accepted: false },
      ],
      known,
      none,
    );
    expect(ticked.map((x) => x.accepted)).toEqual([false, false, true, true]);
  });
});

describe('savedPeriod: the extractor’s period as the data stores it', () => {
  it('keeps kind and bounds and cuts the words to 20 characters', () => {
    expect(savedPeriod({ kind: 'partial_year', months: [1, 10], phrase: '1-10月' })).toStrictEqual({ kind: 'partial_year', months: [1, 10], phrase: '1-10月' });
    expect(savedPeriod({ kind: 'multi_year', from: 2021, to: 2023, phrase: '2021年以来' })).toEqual({ kind: 'multi_year', from: 2021, to: 2023, phrase: '2021年以来' });
    expect(savedPeriod({ kind: 'full_year', phrase: '全年' })).toStrictEqual({ kind: 'full_year', phrase: '全年' });
    // Bounds it does not have are left out, not written as undefined.
    expect(savedPeriod({ kind: 'multi_year', phrase: '五年来' })).toStrictEqual({ kind: 'multi_year', phrase: '五年来' });
    expect(savedPeriod({ kind: 'partial_year' })).toStrictEqual({ kind: 'partial_year' });
    expect(savedPeriod({ kind: 'unknown', phrase: '截至目前' })).toEqual({ kind: 'unknown', phrase: '截至目前' });
    expect(savedPeriod({ kind: 'partial_year', phrase: '一二三四五六七八九十一二三四五六七八九十多' }).phrase).toHaveLength(20);
  });
});
