// The batch review's note on figures that are not the region's total counts parts, bodies' own counts
// and cumulative figures, not year-on-year changes nor values derived from them.
import { reviewReport } from '../../../scripts/extract/reviewReport.ts';
import type { Candidate } from '../../../src/extract/index.ts';

const base = { unit: 'count', qualifier: 'exact', evidence: 'x', offset: 0, year: 2023 } as const;
const cand = (over: Partial<Candidate>): Candidate => ({ ...base, metric: 'mediation.cases', value: 1, scope: 'region', ...over });

it('counts a part and a body’s count, not a change or a derived value', () => {
  const md = reviewReport([
    {
      file: 'a.txt',
      format: 'txt',
      region: { code: '330200', how: 'option' },
      year: 2023,
      yearFrom: 'option',
      problems: [],
      candidates: [
        cand({ value: 12345 }),
        cand({ value: -3.5, unit: 'percent', scope: 'change' }),
        cand({ value: 12793, qualifier: 'derived', scope: 'prior_year', year: 2022 }),
        cand({ value: 2341, scope: 'sub_category' }),
        cand({ metric: 'review.cases', value: 486, scope: 'government_own' }),
      ],
    },
  ]);
  expect(md).toContain('2 recognised figures are not the region');
});
