// The edges of the attribute rules that the mutation run found untested: month and year bounds one step inside and
// outside, and which records count as a rate's parts. Each dataset is the small fixture with records added by hand.
import { describe, expect, it } from 'vitest';
import { attributesFitUnit, periodBounds, ratePartsShareScope } from '../../../src/dataset/attributeRules.ts';
import type { Dataset, Observation } from '../../../src/dataset/schema.ts';
import type { Problem } from '../../../src/dataset/problem.ts';
import { fixtureDataset } from '../../fixtures/loadFixture.ts';

const good = fixtureDataset();
const record = (metric: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  region: '440900',
  year: 2024,
  metric,
  value,
  qualifier: 'exact',
  source: 'fixture-440900-2024',
  evidence: '共受理45060件',
  scope: 'region',
  period: { kind: 'full_year' },
  ...extra,
});
const only = (records: Observation[]): Dataset => ({ ...good, observations: records });
const fields = (problems: Problem[]) => problems.map((p) => `#${p.index} ${p.field}`);

describe('periodBounds', () => {
  const months = (from: number, to: number) =>
    fields(
      periodBounds(
        only([record('mediation.cases', 1, { period: { kind: 'partial_year', months: [from, to] } })]),
      ),
    );
  const years = (from: number | undefined, to: number | undefined) =>
    fields(periodBounds(only([record('mediation.cases', 1, { period: { kind: 'multi_year', from, to } })])));

  it.each([
    [1, 12],
    [12, 12],
    [1, 1],
    [5, 5],
  ])('months [%d, %d] are fine', (from, to) => {
    expect(months(from, to)).toEqual([]);
  });

  it.each([
    [0, 5],
    [13, 13],
    [1, 0],
    [6, 5],
  ])('months [%d, %d] are not', (from, to) => {
    expect(months(from, to)).toEqual(['#0 period.months']);
  });

  it('a month out of range is named as such, even when the months are also reversed', () => {
    const message = (from: number, to: number) =>
      periodBounds(
        only([record('mediation.cases', 1, { period: { kind: 'partial_year', months: [from, to] } })]),
      ).map((p) => p.message);
    expect(message(13, 5)).toEqual(['months [13, 5] must be between 1 and 12']);
    expect(message(1, 0)).toEqual(['months [1, 0] must be between 1 and 12']);
    expect(message(6, 5)).toEqual(['months run from 6 to 5: the first must not be after the last']);
  });

  it('a multi-year span may start and end in one year, and reach the record’s year but not past it', () => {
    expect(years(2021, 2021)).toEqual([]);
    expect(years(2021, 2024)).toEqual([]);
    expect(years(2022, 2021)).toEqual(['#0 period.from']);
    expect(years(undefined, 2025)).toEqual(['#0 period']);
    expect(years(2025, undefined)).toEqual(['#0 period']);
  });
});

describe('attributesFitUnit', () => {
  it('says nothing of a metric the catalogue lacks (unknownReferences does)', () => {
    expect(
      attributesFitUnit(only([record('no.metric', 1, { basis: 'accepted', denominator: '受理' })])),
    ).toEqual([]);
  });
});

describe('ratePartsShareScope', () => {
  const partial: Observation['period'] = { kind: 'partial_year', months: [1, 6] };
  const rate = record('review.settlement_rate', 50, { period: partial });

  it('a rate with no parts of its own report is not compared with another region’s, year’s or report’s', () => {
    expect(ratePartsShareScope(only([rate, record('review.settled', 5, { region: '441802' })]))).toEqual([]);
    expect(ratePartsShareScope(only([rate, record('review.settled', 5, { year: 2023 })]))).toEqual([]);
    expect(
      ratePartsShareScope(only([rate, record('review.settled', 5, { source: 'fixture-441802-2024' })])),
    ).toEqual([]);
  });

  it('its part alone, or its whole alone, in another period is a problem', () => {
    expect(fields(ratePartsShareScope(only([rate, record('review.settled', 5)])))).toEqual(['#0 scope']);
    expect(fields(ratePartsShareScope(only([rate, record('review.concluded', 10)])))).toEqual(['#0 scope']);
  });

  it('a part in the same period but another scope is a problem too', () => {
    const own = record('review.settled', 5, {
      period: partial,
      scope: 'government_own',
      subject: { zh: '市政府', en: 'the city government' },
    });
    expect(fields(ratePartsShareScope(only([rate, own])))).toEqual(['#0 scope']);
  });

  it('one part that shares its scope and period is enough', () => {
    expect(
      ratePartsShareScope(
        only([rate, record('review.settled', 5), record('review.concluded', 10, { period: partial })]),
      ),
    ).toEqual([]);
  });
});
