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
      sourceKind: 'annual_report',
      perCapita: true,
      sort: { column: 'review.cases', desc: true },
      hidden: ['level', 'mediation.cases'],
      others: true,
      focus: '440900',
    };
    const query = serialiseFilters(f, catalogue.defaultMetric);
    expect(query).toBe(
      'lang=en&view=trend&metric=review.cases&year=2023&from=2023&to=2024&regions=441802~440900&level=prefecture&province=440000&source=annual_report&per=100k&sort=-review.cases&hide=level~mediation.cases&others=show&focus=440900',
    );
    expect(parseQuery(query, catalogue)).toEqual({ filters: f, notices: [] });
  });

  it('turns unknown values into defaults with a notice each', () => {
    const { filters, notices } = parseQuery('view=pie&metric=x.y&year=1900&regions=440900~000000&level=galaxy&per=1m&lang=fr', catalogue);
    expect(filters).toEqual({ ...DEFAULT_FILTERS, metric: catalogue.defaultMetric, regions: ['440900'] });
    expect(notices.map((n) => n.param).sort()).toEqual(['lang', 'level', 'metric', 'per', 'regions', 'view', 'year']);
  });

  it('resolves theme and metric together: a theme alone picks its first metric, a contradicting theme is noted', () => {
    expect(parseQuery('theme=review', catalogue)).toEqual({ filters: { ...DEFAULT_FILTERS, metric: 'review.cases', theme: 'review' }, notices: [] });
    const { filters, notices } = parseQuery('metric=review.cases&theme=mediation', catalogue);
    expect(filters).toMatchObject({ metric: 'review.cases', theme: 'review' });
    expect(notices).toEqual([{ param: 'theme', value: 'mediation', conflict: 'theme' }]);
  });

  it('accepts the UI\'s own word for a view, and rejects unknown table columns', () => {
    expect(parseQuery('view=ranking', catalogue).filters.view).toBe('rank');
    const { filters, notices } = parseQuery('sort=-nope.x&hide=region~level~zz', catalogue);
    expect(filters).toMatchObject({ sort: null, hidden: ['level'] });
    expect(notices.map((n) => `${n.param}=${n.value}`)).toEqual(['sort=-nope.x', 'hide=region', 'hide=zz']);
  });

  it('swaps a reversed year range', () => {
    expect(parseQuery('from=2024&to=2023', catalogue).filters).toMatchObject({ from: 2023, to: 2024 });
  });

  it('never throws on random query strings, and what it returns round-trips', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom('view=', 'year=', 'metric=', 'regions=', 'per=', 'lang=', 'theme=', 'sort=', 'hide=', '-', 'review', 'review.cases', 'level', '&', '~', '%', '%E4%B8', '=', '2023', 'latest', ...VIEWS),
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
