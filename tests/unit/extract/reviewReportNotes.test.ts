// The batch review lists, beside the headline table, what was recognised but is not the region's total (parts, bodies'
// own counts, changes — never values derived from a change), names the numbers it could not read, and its summary tells
// a file that could not be read from one without figures.
import { batchSummary, reviewReport } from '../../../scripts/extract/reviewReport.ts';
import type { FileResult } from '../../../scripts/extract/runBatch.ts';
import type { Candidate } from '../../../src/extract/index.ts';

const base = { unit: 'count', qualifier: 'exact', evidence: 'x', offset: 0, year: 2023 } as const;
const cand = (over: Partial<Candidate>): Candidate => ({ ...base, metric: 'mediation.cases', value: 1, scope: 'region', ...over });
const file = (over: Partial<FileResult>): FileResult => ({
  file: 'a.txt',
  format: 'txt',
  region: { code: '330200', how: 'option' },
  year: 2023,
  yearFrom: 'option',
  problems: [],
  candidates: [],
  ...over,
});

it('lists parts, bodies’ counts and changes apart from the headline table, never a derived value', () => {
  const md = reviewReport([
    file({
      candidates: [
        cand({ value: 12345, evidence: '全市调解纠纷12,345件' }),
        cand({ value: -3.5, unit: 'percent', scope: 'change', evidence: '同比下降3.5%' }),
        cand({ value: 12793, qualifier: 'derived', scope: 'prior_year', year: 2022 }),
        cand({ value: 2341, scope: 'sub_category', evidence: '其中婚姻家庭纠纷2341件', period: { kind: 'full_year', phrase: '全年' } }),
        cand({ metric: 'review.cases', value: 486, scope: 'government_own', evidence: '市政府收到复议申请486件' }),
        cand({ metric: null, value: 300, evidence: '开展普法活动300场' }),
      ],
    }),
  ]);
  expect(md).toContain('| mediation.cases | 12345 | count | exact | 2023 | 全市调解纠纷12,345件 |');
  expect(md).toContain('| mediation.cases | -3.5 | change |  | 2023 | 同比下降3.5% |');
  expect(md).toContain('| mediation.cases | 2341 | sub_category | full_year | 2023 | 其中婚姻家庭纠纷2341件 |');
  expect(md).toContain('| review.cases | 486 | government_own |  | 2023 | 市政府收到复议申请486件 |');
  expect(md).not.toContain('12793 |');
  expect(md).toContain('- 1 prior-year value was worked out from year-on-year changes');
  expect(md).toContain('- 1 number was not recognised as any metric: «开展普法活动300场»');
});

it('tells files that could not be read from files without figures', () => {
  const results = [
    file({ candidates: [cand({})] }),
    file({ problems: [{ code: 'no_figures', message: '' }, { code: 'region_unknown', message: '' }] }),
    file({ format: null, problems: [{ code: 'wrong_type', message: '' }] }),
    file({ format: null, problems: [{ code: 'binary', message: '' }] }),
  ];
  expect(batchSummary(results)).toBe('4 files: 1 with candidates, 1 without figures, 2 unreadable');
  expect(batchSummary(results.slice(0, 1))).toBe('1 file: 1 with candidates, 0 without figures, 0 unreadable');
  expect(reviewReport(results)).toContain('# Extraction review: 4 files\n\n4 files: 1 with candidates, 1 without figures, 2 unreadable.');
});
