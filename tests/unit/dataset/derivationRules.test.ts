// The edges of the consistency rules that the mutation run (npm run test:mutation) found untested: derivations of every
// kind, the tolerance of a stated rate, parts equal to their whole, values of metrics the catalogue does not have.
// The datasets are the small fixture with records added by hand; every expected line is written out.
import { describe, expect, it } from 'vitest';
import {
  derivedFollows,
  partNotAboveWhole,
  statedRateAgrees,
  unknownReferences,
  valuesInRange,
} from '../../../src/dataset/consistencyRules.ts';
import type { Dataset, Metric, Observation } from '../../../src/dataset/schema.ts';
import type { Problem } from '../../../src/dataset/problem.ts';
import { fixtureDataset } from '../../fixtures/loadFixture.ts';

const good = fixtureDataset();
const metric = (id: string, unit: Metric['unit']): Metric => ({
  id,
  theme: id.split('.')[0] ?? '',
  unit,
  name: { zh: id, en: id },
  definition: { zh: id, en: id },
  direction: 'neutral',
  rankable: false,
});
// Records of 440900 2024 from its own report, appended after the fixture's ten (#10 on).
const record = (metricId: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  region: '440900',
  year: 2024,
  metric: metricId,
  value,
  qualifier: 'exact',
  source: 'fixture-440900-2024',
  evidence: '共受理45060件',
  scope: 'region',
  period: { kind: 'full_year' },
  ...extra,
});
const withRecords = (records: Observation[], metrics: Metric[] = []): Dataset => ({
  ...good,
  metrics: [...good.metrics, ...metrics],
  observations: [...good.observations, ...records],
});
const lines = (problems: Problem[]) => problems.map((p) => `#${p.index} ${p.field}: ${p.message}`);

describe('derivedFollows', () => {
  const total = metric('mediation.total', 'count');

  it('the fixture follows from its inputs', () => {
    expect(derivedFollows(good)).toEqual([]);
  });

  it('a derived value without its derivation, and a derivation on a value that is not derived', () => {
    expect(
      lines(derivedFollows(withRecords([record('mediation.total', 5, { qualifier: 'derived' })], [total]))),
    ).toEqual(['#10 derivation: a derived value must say what it was derived from']);
    const stated = record('mediation.total', 89312, {
      derivation: { kind: 'sum', of: ['mediation.cases', 'mediation.resolved'] },
    });
    expect(lines(derivedFollows(withRecords([stated], [total])))).toEqual([
      '#10 qualifier: has a derivation, so qualifier must be "derived", not "exact"',
    ]);
  });

  it('a sum is the sum of its inputs (45060 + 44252 = 89312), within half a unit', () => {
    const sum = (value: number) =>
      withRecords(
        [
          record('mediation.total', value, {
            qualifier: 'derived',
            derivation: { kind: 'sum', of: ['mediation.cases', 'mediation.resolved'] },
          }),
        ],
        [total],
      );
    expect(derivedFollows(sum(89312))).toEqual([]);
    expect(derivedFollows(sum(89312.5))).toEqual([]);
    expect(lines(derivedFollows(sum(89313)))).toEqual([
      '#10 value: derived 89313 does not follow from its inputs, which give 89312.00',
    ]);
    expect(lines(derivedFollows(sum(808)))).toEqual([
      '#10 value: derived 808 does not follow from its inputs, which give 89312.00',
    ]);
  });

  it('a sum with an input missing says so instead of adding what is there', () => {
    const d = withRecords(
      [
        record('mediation.total', 45060, {
          qualifier: 'derived',
          derivation: { kind: 'sum', of: ['mediation.cases', 'review.settled'] },
        }),
      ],
      [total],
    );
    expect(lines(derivedFollows(d))).toEqual([
      '#10 derivation: an input of this sum is missing for 440900 2024 (region, full_year)',
    ]);
  });

  it('an absolute change back from the base: 2056 less 56 is 2000', () => {
    const back = (value: number) =>
      withRecords([
        record('review.cases', value, {
          year: 2023,
          qualifier: 'derived',
          derivation: { kind: 'yoy_absolute', base_value: 2056, base_year: 2024, change: 56 },
        }),
      ]);
    // The fixture's own 440900 2023 review.cases (1028, #4) is another record of the same key: only #10 is judged here.
    expect(lines(derivedFollows(back(2000)))).toEqual([]);
    expect(lines(derivedFollows(back(2112)))).toEqual([
      '#10 value: derived 2112 does not follow from its inputs, which give 2000.00',
    ]);
  });

  it('a ratio of a missing or zero denominator has no value to compare', () => {
    const ratio = { kind: 'ratio', numerator: 'mediation.resolved', denominator: 'mediation.zero' } as const;
    const zero = metric('mediation.zero', 'count');
    const rate = metric('mediation.other_rate', 'percent');
    const missing = withRecords(
      [record('mediation.other_rate', 50, { qualifier: 'derived', derivation: ratio })],
      [zero, rate],
    );
    expect(lines(derivedFollows(missing))).toEqual([
      '#10 derivation: an input of this ratio is missing for 440900 2024 (region, full_year)',
    ]);
    const zeroWhole = withRecords(
      [
        record('mediation.zero', 0),
        record('mediation.other_rate', 50, { qualifier: 'derived', derivation: ratio }),
      ],
      [zero, rate],
    );
    expect(lines(derivedFollows(zeroWhole))).toEqual([
      '#11 derivation: an input of this ratio is missing for 440900 2024 (region, full_year)',
    ]);
    const noNumerator = withRecords(
      [
        record('mediation.zero', 10),
        record('mediation.other_rate', 50, {
          qualifier: 'derived',
          derivation: { kind: 'ratio', numerator: 'review.settled', denominator: 'mediation.zero' },
        }),
      ],
      [zero, rate],
    );
    expect(lines(derivedFollows(noNumerator))).toEqual([
      '#11 derivation: an input of this ratio is missing for 440900 2024 (region, full_year)',
    ]);
  });

  it('a derived percent must agree within 0.01, not the half unit of a count', () => {
    // 441802 2024: 3050 / 3120 = 97.756…%; the fixture states 97.76 (#9).
    const at = (value: number): Dataset => ({
      ...good,
      observations: good.observations.map((o, i) => (i === 9 ? { ...o, value } : o)),
    });
    expect(derivedFollows(at(97.76))).toEqual([]);
    expect(lines(derivedFollows(at(97.78)))).toEqual([
      '#9 value: derived 97.78 does not follow from its inputs, which give 97.76',
    ]);
  });
});

describe('statedRateAgrees', () => {
  const rateOf = (
    part: number,
    whole: number,
    rate: number,
    extra: { part?: Partial<Observation>; whole?: Partial<Observation> } = {},
  ) =>
    statedRateAgrees(
      withRecords([
        record('review.settled', part, extra.part),
        record('review.concluded', whole, extra.whole),
        record('review.settlement_rate', rate),
      ]),
    );

  it('allows the rounding of the stated value’s last place and no more', () => {
    // 302 / 500 = 60.4 %: stated as 60 it is rounded to the unit.
    expect(rateOf(302, 500, 60)).toEqual([]);
    // 121 / 200 = 60.5 %: exactly half a unit away from 60 is still rounding.
    expect(rateOf(121, 200, 60)).toEqual([]);
    // 197 / 200 = 98.5 %: stated as 98.2, a tenth's rounding cannot explain 0.3.
    expect(lines(rateOf(197, 200, 98.2))).toEqual([
      '#12 value: stated rate 98.2 disagrees with review.settled/review.concluded = 98.50',
    ]);
  });

  it('judges 0 and 100 like any rate; a rate outside 0–100 is left to valuesInRange', () => {
    expect(lines(rateOf(25, 50, 0))).toEqual([
      '#12 value: stated rate 0 disagrees with review.settled/review.concluded = 50.00',
    ]);
    expect(lines(rateOf(25, 50, 100))).toEqual([
      '#12 value: stated rate 100 disagrees with review.settled/review.concluded = 50.00',
    ]);
    expect(rateOf(25, 50, -5)).toEqual([]);
    expect(rateOf(25, 50, 105)).toEqual([]);
  });

  it('does not judge a rate against approximate counts or a whole of 0', () => {
    expect(rateOf(25, 50, 60, { part: { qualifier: 'approx' } })).toEqual([]);
    expect(rateOf(25, 50, 60, { whole: { qualifier: 'lower_bound' } })).toEqual([]);
    expect(rateOf(5, 0, 60)).toEqual([]);
  });
});

describe('partNotAboveWhole, valuesInRange, unknownReferences: the remaining edges', () => {
  it('a part equal to its whole is no contradiction', () => {
    expect(
      partNotAboveWhole(withRecords([record('review.settled', 20), record('review.concluded', 20)])),
    ).toEqual([]);
  });

  it('a value of a metric the catalogue lacks is unknownReferences’ problem, not a range problem', () => {
    expect(valuesInRange(withRecords([record('no.metric', -3)]))).toEqual([]);
  });

  it('names the unknown thing in every message', () => {
    const d: Dataset = {
      ...good,
      metrics: good.metrics.map((m, i) => (i === 0 ? { ...m, theme: 'nothing' } : m)),
      sources: good.sources.map((s, i) => (i === 0 ? { ...s, region: '000000' } : s)),
      observations: [
        record('mediation.cases', 1, { region: '000001', source: 'no-source' }),
        record('mediation.total', 2, {
          qualifier: 'derived',
          derivation: { kind: 'sum', of: ['mediation.cases', 'no.metric'] },
        }),
      ],
    };
    expect(unknownReferences(d).map((p) => `${p.file} #${p.index} ${p.field}: ${p.message}`)).toEqual([
      'data/metrics.json #0 theme: unknown theme "nothing"',
      'data/sources.json #0 region: unknown region "000000"',
      'data/observations.json #0 region: unknown region "000001"',
      'data/observations.json #0 source: unknown source "no-source"',
      'data/observations.json #1 metric: unknown metric "mediation.total"',
      'data/observations.json #1 derivation: unknown input metric "no.metric"',
    ]);
  });
});
