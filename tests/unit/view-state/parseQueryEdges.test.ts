// Edges of the URL parser that the mutation run (npm run test:mutation) found untested.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/view-state/parseQuery.ts';
import { catalogueOf } from '../../../src/dataset/catalogue.ts';
import { fixtureDataset, fixtureModel } from '../../fixtures/loadFixture.ts';

const { catalogue } = fixtureModel();
const parse = (query: string) => parseQuery(query, catalogue);

describe('parseQuery at its edges', () => {
  it('an empty parameter is the default, without a notice', () => {
    expect(parse('view=&year=&metric=&per=')).toEqual(parse(''));
    expect(parse('view=&year=').notices).toEqual([]);
  });

  it('a notice keeps the first 40 characters of the value', () => {
    expect(parse(`view=${'x'.repeat(50)}`).notices).toEqual([{ param: 'view', value: 'x'.repeat(40) }]);
  });

  it('year=latest is accepted as is', () => {
    expect(parse('year=latest')).toMatchObject({ filters: { year: 'latest' }, notices: [] });
    expect(parse('year=2024')).toMatchObject({ filters: { year: 2024 }, notices: [] });
  });

  it('a year is four digits and nothing else, even when the number is one of the data set', () => {
    expect(parse('year=%202023')).toEqual({ filters: parse('').filters, notices: [{ param: 'year', value: ' 2023' }] });
    expect(parse('year=2023%20')).toEqual({ filters: parse('').filters, notices: [{ param: 'year', value: '2023 ' }] });
    expect(parse('year=2022').notices).toEqual([{ param: 'year', value: '2022' }]);
  });

  it('a region named twice is kept once, without a notice', () => {
    expect(parse('regions=440900~440900')).toMatchObject({ filters: { regions: ['440900'] }, notices: [] });
    expect(parse('regions=000000~000000').notices).toEqual([
      { param: 'regions', value: '000000' },
      { param: 'regions', value: '000000' },
    ]);
  });

  it('a year range in order stays as it is; one end alone is kept alone', () => {
    expect(parse('from=2023&to=2024').filters).toMatchObject({ from: 2023, to: 2024 });
    expect(parse('from=2024').filters).toMatchObject({ from: 2024, to: null });
    expect(parse('to=2023').filters).toMatchObject({ from: null, to: 2023 });
  });

  it('a level the data set has no region of is refused', () => {
    expect(parse('level=county')).toMatchObject({ filters: { level: null }, notices: [{ param: 'level', value: 'county' }] });
    expect(parse('level=district')).toMatchObject({ filters: { level: 'district' }, notices: [] });
  });
});

describe('catalogueOf', () => {
  it('knows the ids, codes, provinces, levels and years of the data set', () => {
    const c = catalogueOf(fixtureDataset(), 'mediation.cases');
    expect([...c.metrics].sort()).toEqual(['mediation.cases', 'mediation.resolved', 'mediation.success_rate', 'review.cases']);
    expect([...c.themes].sort()).toEqual(['mediation', 'review']);
    expect([...c.regions].sort()).toEqual(['411500', '440900', '441802']);
    expect([...c.provinces].sort()).toEqual(['410000', '440000']);
    expect([...c.levels].sort()).toEqual(['district', 'prefecture']);
    expect([...c.years].sort()).toEqual([2023, 2024]);
  });

  it('the default metric is the preferred one when it has data, else the first metric with data', () => {
    expect(catalogueOf(fixtureDataset(), 'review.cases').defaultMetric).toBe('review.cases');
    expect(catalogueOf(fixtureDataset(), 'no.such.metric').defaultMetric).toBe('mediation.cases');
    expect(catalogueOf({ ...fixtureDataset(), observations: [] }, 'no.such.metric').defaultMetric).toBe('no.such.metric');
  });
});
