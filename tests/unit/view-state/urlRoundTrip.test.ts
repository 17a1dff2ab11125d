import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/view-state/parseQuery.ts';
import { serialiseFilters } from '../../../src/view-state/serialiseFilters.ts';
import { DEFAULT_FILTERS, VIEWS, type Filters } from '../../../src/view-state/filters.ts';
import { fixtureModel } from '../../fixtures/loadFixture.ts';

const { catalogue } = fixtureModel();

describe('URL parse / serialise', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseFilters({ ...DEFAULT_FILTERS, metric: catalogue.defaultMetric }, catalogue.defaultMetric)).toBe('');
  });

  it('round-trips every field', () => {
    const f: Filters = {
      lang: 'en',
      view: 'trend',
      metric: 'review.cases',
      year: 2023,
      from: 2023,
      to: 2024,
      regions: ['441802', '440900'],
      theme: 'review',
      level: 'prefecture',
      province: '440000',
      perCapita: true,
    };
    const query = serialiseFilters(f, catalogue.defaultMetric);
    expect(query).toBe('lang=en&view=trend&metric=review.cases&year=2023&from=2023&to=2024&regions=441802~440900&level=prefecture&province=440000&per=100k');
    expect(parseQuery(query, catalogue)).toEqual({ filters: f, notices: [] });
  });

  it('turns unknown values into defaults with a notice each', () => {
    const { filters, notices } = parseQuery('view=pie&metric=x.y&year=1900&regions=440900~000000&level=galaxy&per=1m&lang=fr', catalogue);
    expect(filters).toEqual({ ...DEFAULT_FILTERS, metric: catalogue.defaultMetric, regions: ['440900'] });
    expect(notices.map((n) => n.param).sort()).toEqual(['lang', 'level', 'metric', 'per', 'regions', 'view', 'year']);
  });

  it('swaps a reversed year range', () => {
    expect(parseQuery('from=2024&to=2023', catalogue).filters).toMatchObject({ from: 2023, to: 2024 });
  });

  it('never throws on random query strings, and what it returns round-trips', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom('view=', 'year=', 'metric=', 'regions=', 'per=', 'lang=', '&', '~', '%', '%E4%B8', '=', '2023', 'latest', ...VIEWS),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const { filters } = parseQuery(parts.join(''), catalogue);
        const again = parseQuery(serialiseFilters(filters, catalogue.defaultMetric), catalogue);
        expect(again.filters).toEqual(filters);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
