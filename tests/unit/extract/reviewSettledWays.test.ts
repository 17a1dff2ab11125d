// Review cases closed by mediation, reconciliation or the applicant's withdrawal (调撤) are the settled count, also when
// the ways are a 、 list whose last item opens the figure's clause. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '510000' };

it.each([
  ['全省行政复议机构纠正违法行政行为1540件;以调解、和解、申请人撤回申请等方式结案1555件,调撤率23.2%。', 1555, 'review.settled'],
  ['全市行政复议机构以申请人撤回申请方式结案200件。', 200, 'review.settled'],
  ['全市行政复议机构以调解、和解方式结案320件。', 320, 'review.settled'],
  // Concluded cases, and a bare count of withdrawals, are not the settled count.
  ['全市行政复议机构审结案件900件。', 900, 'review.concluded'],
] as const)('%s', (text, value, metric) => {
  expect(claim(text, value, Y)).toEqual([metric, 'region']);
});

it('a bare count of withdrawals claims no settled count', () => {
  expect(claim('全市行政复议机构审结案件900件,申请人撤回申请30件。', 30, Y)[0]).not.toBe('review.settled');
});
