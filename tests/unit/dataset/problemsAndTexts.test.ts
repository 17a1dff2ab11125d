// The small stages around the rules that the mutation run found untested: how a problem is printed, where a source's
// text is looked for, a source whose text is missing, the record key of a schema problem, the catalogue's theme maps.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/dataset/problem.ts';
import { sourceTextsFrom } from '../../../src/dataset/sourceTexts.ts';
import { evidenceInSource, periodPhraseQuoted } from '../../../src/dataset/textRules.ts';
import { validateDataset } from '../../../src/dataset/validateDataset.ts';
import { catalogueOf, themeMaps } from '../../../src/dataset/catalogue.ts';
import type { Dataset, Source } from '../../../src/dataset/schema.ts';
import { fixtureDataset } from '../../fixtures/loadFixture.ts';

const good = fixtureDataset();

describe('formatProblem', () => {
  it('a whole-file problem, a record without a key, a problem of the whole record', () => {
    expect(
      formatProblem({ file: 'data/themes.json', index: null, key: 'x', field: 'id', message: 'bad' }),
    ).toBe('data/themes.json · id: bad');
    expect(formatProblem({ file: 'data/themes.json', index: 0, key: '', field: '', message: 'bad' })).toBe(
      'data/themes.json #0 · (record): bad',
    );
    expect(formatProblem({ file: 'data/themes.json', index: 3, key: 'k', field: 'f', message: 'm' })).toBe(
      'data/themes.json #3 (k) · f: m',
    );
  });
});

const source = (patch: Partial<Source>): Source => {
  const { file: _file, corpus_id: _corpus, ...rest } = good.sources[0]!;
  return { ...rest, ...patch };
};

describe('sourceTextsFrom', () => {
  const texts = sourceTextsFrom(new Map([['a.txt', 'report text']]), new Map([['web-1', 'corpus text']]));

  it('reads a report file or a corpus record, and nothing for a source with neither', () => {
    expect(texts.textOf(source({ file: 'a.txt' }))).toBe('report text');
    expect(texts.textOf(source({ corpus_id: 'web-1' }))).toBe('corpus text');
    expect(texts.textOf(source({ file: 'b.txt' }))).toBeNull();
    expect(texts.textOf(source({ corpus_id: 'web-2' }))).toBeNull();
    expect(texts.textOf(source({}))).toBeNull();
  });

  it('says where it looked', () => {
    expect(texts.placeOf(source({ file: 'a.txt' }))).toBe('reports/a.txt');
    expect(texts.placeOf(source({ corpus_id: 'web-1' }))).toBe('corpus/web-figures.json record "web-1"');
    expect(texts.placeOf(source({}))).toBe('corpus/web-figures.json record "?"');
  });
});

describe('text rules when a text is missing', () => {
  const d: Dataset = {
    ...good,
    sources: [
      source({ id: 'with-file', file: 'gone.txt' }),
      source({ id: 'with-record', corpus_id: 'gone' }),
      source({ id: 'with-neither' }),
    ],
    observations: [
      { ...good.observations[0]!, source: 'with-file', period: { kind: 'full_year', phrase: '全年' } },
    ],
  };
  const none = sourceTextsFrom(new Map(), new Map());

  it('a source whose file or record is not there is one problem; a source with neither is oneSourceText’s', () => {
    expect(evidenceInSource(d, none).map(formatProblem)).toEqual([
      'data/sources.json #0 (with-file) · file: no text at reports/gone.txt',
      'data/sources.json #1 (with-record) · corpus_id: no text at corpus/web-figures.json record "gone"',
    ]);
  });

  it('a period phrase is not judged against a text that is not there', () => {
    expect(periodPhraseQuoted(d, none)).toEqual([]);
  });
});

describe('validateDataset: where a schema problem is', () => {
  const files = (patch: Record<string, unknown>) => ({
    themes: good.themes,
    regions: good.regions,
    sources: good.sources,
    metrics: good.metrics,
    observations: good.observations,
    ...patch,
  });
  const problems = (patch: Record<string, unknown>) => {
    const result = validateDataset(files(patch));
    return result.ok ? [] : result.problems.map(({ message: _m, ...where }) => where);
  };

  it('a file that is not a list is a problem of the whole file', () => {
    expect(problems({ themes: 'x' })).toEqual([
      { file: 'data/themes.json', index: null, key: '', field: '' },
    ]);
  });

  it('a record that is not an object has no key', () => {
    expect(problems({ themes: [null] })).toEqual([
      { file: 'data/themes.json', index: 0, key: '', field: '' },
    ]);
  });

  it('the key leaves out what is missing or not a name, and the field path is joined with dots', () => {
    const { region: _r, ...noRegion } = good.observations[0]!;
    expect(problems({ observations: [{ ...noRegion, metric: { id: 'x' } }] })).toEqual([
      { file: 'data/observations.json', index: 0, key: '2024', field: 'region' },
      { file: 'data/observations.json', index: 0, key: '2024', field: 'metric' },
    ]);
    const badMonths = { ...good.observations[0]!, period: { kind: 'partial_year', months: [1, 'x'] } };
    expect(problems({ observations: [badMonths] })).toEqual([
      {
        file: 'data/observations.json',
        index: 0,
        key: '440900 2024 mediation.cases',
        field: 'period.months.1',
      },
    ]);
  });
});

describe('themeMaps and the catalogue', () => {
  const metric = (id: string, rankable: boolean) => ({ id, theme: id.split('.')[0] ?? '', rankable });

  it('each theme’s first rankable metric that has data, in catalogue order', () => {
    const maps = themeMaps(
      [
        metric('a.hidden', false),
        metric('a.first', true),
        metric('a.second', true),
        metric('b.empty', true),
        metric('c.only', true),
      ],
      new Set(['a.hidden', 'a.first', 'a.second', 'c.only']),
    );
    expect(Object.fromEntries(maps.themeOfMetric)).toEqual({
      'a.hidden': 'a',
      'a.first': 'a',
      'a.second': 'a',
      'b.empty': 'b',
      'c.only': 'c',
    });
    expect(Object.fromEntries(maps.firstMetricOfTheme)).toEqual({ a: 'a.first', c: 'c.only' });
  });

  it('the catalogue carries the theme maps and the kinds of source', () => {
    const c = catalogueOf(good, 'mediation.cases');
    expect([...c.sourceKinds]).toEqual(['annual_report']);
    expect(c.themeOfMetric.get('review.cases')).toBe('review');
    expect(Object.fromEntries(c.firstMetricOfTheme)).toEqual({
      mediation: 'mediation.cases',
      review: 'review.cases',
    });
  });
});
