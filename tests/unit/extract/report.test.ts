// End to end on a whole report written for this test: web furniture, full-width punctuation,
// sub-units and breakdowns, year-on-year phrases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../../src/extract/index.ts';

const dir = join(import.meta.dirname, '../../fixtures/extract');
const text = readFileSync(join(dir, 'county-report.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, 'county-report.expected.json'), 'utf8')) as {
  reportYear: number;
  headline: Array<{ metric: string; value: number; year: number; qualifier: string }>;
};
const HEADLINE =
  /^(mediation\.(cases|resolved|success_rate)|review\.(cases|accepted|concluded|settled|resolution_rate|correction_rate)|litigation\.(cases|head_appearances|head_appearance_rate|loss_rate)|legal_aid\.(cases|recovered))$/;

describe('a whole report', () => {
  const out = extractFigures(text);

  it('finds exactly the headline figures, with the year taken from the title', () => {
    const headline = out
      .filter(
        (c) => c.metric !== null && HEADLINE.test(c.metric) && ['region', 'prior_year'].includes(c.scope),
      )
      .map((c) => ({
        metric: c.metric,
        value: c.value,
        year: c.year ?? expected.reportYear,
        qualifier: c.qualifier,
      }));
    expect(headline).toEqual(expected.headline);
  });

  it('cuts every evidence verbatim from the page', () => {
    for (const c of out) expect(text.slice(c.offset, c.offset + c.evidence.length)).toBe(c.evidence);
  });

  it('takes nothing from the page furniture, dates or slogans', () => {
    expect(out.map((c) => c.value)).not.toContain(356);
    expect(out.every((c) => c.offset > text.indexOf('现将有关情况'))).toBe(true);
    expect(out.filter((c) => c.offset > text.indexOf('二、存在的不足'))).toEqual([]);
  });
});
