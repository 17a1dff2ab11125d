// The consistency rules that had no test (found by npm run test:mutation): references to nothing, values out of
// range, duplicates that agree. Each broken dataset is the fixture with one thing changed by hand.
import { describe, expect, it } from 'vitest';
import {
  conflictingDuplicates,
  unknownReferences,
  valuesInRange,
} from '../../../src/dataset/consistencyRules.ts';
import type { Dataset, Observation } from '../../../src/dataset/schema.ts';
import type { Problem } from '../../../src/dataset/problem.ts';
import { fixtureDataset } from '../../fixtures/loadFixture.ts';

const good = fixtureDataset();
const where = (problems: Problem[]) => problems.map((p) => [p.file, p.index, p.field]);
const withObservation = (patch: Partial<Observation>, at = 0): Dataset => ({
  ...good,
  observations: good.observations.map((o, i) => (i === at ? { ...o, ...patch } : o)),
});

describe('unknownReferences', () => {
  it('the fixture refers only to what it has', () => {
    expect(unknownReferences(good)).toEqual([]);
  });

  it('a metric of an unknown theme, a source of an unknown region', () => {
    const d = {
      ...good,
      metrics: good.metrics.map((m, i) => (i === 1 ? { ...m, theme: 'nothing' } : m)),
      sources: good.sources.map((s, i) => (i === 0 ? { ...s, region: '000000' } : s)),
    };
    expect(where(unknownReferences(d))).toEqual([
      ['data/metrics.json', 1, 'theme'],
      ['data/sources.json', 0, 'region'],
    ]);
  });

  it('an observation of an unknown region, metric or source', () => {
    expect(where(unknownReferences(withObservation({ region: '000000' }, 2)))).toEqual([
      ['data/observations.json', 2, 'region'],
    ]);
    expect(where(unknownReferences(withObservation({ metric: 'no.metric' }, 2)))).toEqual([
      ['data/observations.json', 2, 'metric'],
    ]);
    expect(where(unknownReferences(withObservation({ source: 'no-source' }, 2)))).toEqual([
      ['data/observations.json', 2, 'source'],
    ]);
  });

  it('a derivation from an unknown metric', () => {
    const ratio = withObservation({
      qualifier: 'derived',
      derivation: {
        kind: 'ratio',
        numerator: 'no.metric',
        denominator: 'mediation.cases',
      } as Observation['derivation'],
    });
    expect(where(unknownReferences(ratio))).toEqual([['data/observations.json', 0, 'derivation']]);
    const sum = withObservation({
      qualifier: 'derived',
      derivation: { kind: 'sum', of: ['mediation.cases', 'no.metric'] } as Observation['derivation'],
    });
    expect(where(unknownReferences(sum))).toEqual([['data/observations.json', 0, 'derivation']]);
  });
});

describe('valuesInRange', () => {
  const rateAt = good.observations.findIndex((o) => o.metric === 'mediation.success_rate');
  const countAt = good.observations.findIndex((o) => o.metric === 'mediation.cases');
  it.each([0, 100, 55.5])('a rate of %d is in range', (value) => {
    expect(valuesInRange(withObservation({ value }, rateAt))).toEqual([]);
  });
  it.each([-0.1, 100.1, 0.985 * 1000])('a rate of %d is not', (value) => {
    expect(where(valuesInRange(withObservation({ value }, rateAt)))).toEqual([
      ['data/observations.json', rateAt, 'value'],
    ]);
  });
  it('a count may be 0 or any size, never negative', () => {
    expect(valuesInRange(withObservation({ value: 0 }, countAt))).toEqual([]);
    expect(valuesInRange(withObservation({ value: 250 }, countAt))).toEqual([]);
    expect(where(valuesInRange(withObservation({ value: -1 }, countAt)))).toEqual([
      ['data/observations.json', countAt, 'value'],
    ]);
  });
});

describe('conflictingDuplicates', () => {
  it('a repeated record that agrees is no problem; one that disagrees is', () => {
    const first = good.observations[0]!;
    expect(conflictingDuplicates({ ...good, observations: [...good.observations, { ...first }] })).toEqual(
      [],
    );
    expect(
      where(
        conflictingDuplicates({
          ...good,
          observations: [...good.observations, { ...first, value: first.value + 1 }],
        }),
      ),
    ).toEqual([['data/observations.json', good.observations.length, 'value']]);
  });
});
