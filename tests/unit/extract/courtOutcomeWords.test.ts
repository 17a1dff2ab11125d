// Words of a court's or a review office's outcomes are no counts of people's mediation, of suits or of concluded reviews:
// a suit withdrawn or mediated in court (以撤诉和调解方式结案), one kind of decision (终止决定), cases gone over again
// (复盘案件). Sentences are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '500000' };

it.each([
  ['以撤诉和调解方式结案1,200件。', 1200],
  ['全年以撤诉、调解方式结案的数量同比增长8.67%。', 8.67],
  ['全市行政复议机关作出终止决定13件。', 13],
  ['作出维持决定46件,驳回决定7件。', 46],
  ['建立重点案件复盘机制,复盘行政诉讼案件78件次。', 78],
] as const)('%s: %d has no metric', (text, value) => {
  expect(figure(text, value, Y).metric).toBeNull();
});

it.each([
  ['全市人民调解组织调解纠纷1,200件。', 1200, 'mediation.cases'],
  ['全市行政复议机关审结行政复议案件1,300件。', 1300, 'review.concluded'],
  ['全年共作出行政复议决定1,300件。', 1300, 'review.concluded'],
  ['全市共发生行政诉讼案件780件。', 780, 'litigation.cases'],
] as const)('near miss: %s', (text, value, metric) => {
  expect(figure(text, value, Y).metric).toBe(metric);
});

// metricRules: agreements fulfilled (调解履行, 履行案件) are no count of the disputes mediated.
it.each([
  ['调解成功率达到98%,调解履行2,443件。', 2443],
  ['全年调解成功率97.65%,履行案件5,466宗。', 5466],
  ['全市调解成功率达到98%,形成人民调解协议书449件。', 449],
  ['全年签订人民调解协议1,200件。', 1200],
] as const)('%s: %d is no mediation count', (text, value) => {
  expect(figure(text, value, Y).metric).not.toBe('mediation.cases');
});

// category.ts KINDS: disputes over a death (突发死亡纠纷, 死亡赔偿纠纷) are one kind.
it.each([
  ['今年6月,全市突发死亡纠纷10起,当月调结7起。', 10],
  ['全市调解死亡赔偿纠纷46起。', 46],
] as const)('%s: %d is a kind', (text, value) => {
  expect(figure(text, value, Y).scope).toBe('sub_category');
});

// metricRules: the cases put forward for a per-case subsidy (申报…个案补贴案件) are no count of the disputes mediated.
it('2018年全县共申报人民调解个案补贴案件1,882件。', () => {
  expect(figure('2018年全县共申报人民调解个案补贴案件1,882件。', 1882, Y).metric).toBeNull();
});
