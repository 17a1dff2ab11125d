// A page that opens with one department of the government (its title, its first sentence, an article's byline after □)
// tells that department's reviews and suits: its own, not the region's. One field's departments as a clause's subject
// (公安部门作为被申请人的…, 人力资源和社会保障部门败诉…) count their part. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '320404' };
const DEPARTMENT_PAGE =
  '2023年,钟楼区人社局以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。全年行政复议20件、行政诉讼33件,出庭率100%。';

it.each([
  [DEPARTMENT_PAGE, 20, ['review.cases', 'government_own']],
  [DEPARTMENT_PAGE, 33, ['litigation.cases', 'government_own']],
  [DEPARTMENT_PAGE, 100, ['litigation.head_appearance_rate', 'government_own']],
  [
    '□某市自然资源和规划局 王某\n自然资源部门承担着资源保护等多重职能。2023年行政诉讼败诉率降至5.8%。',
    5.8,
    ['litigation.loss_rate', 'government_own'],
  ],
  ['近年来,某省人社厅坚持依法行政。2023年收到行政复议申请64件。', 64, ['review.cases', 'government_own']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

it.each([
  ['全市收到的行政复议案件中,公安部门作为被申请人的案件有842件。', 842],
  ['人力资源和社会保障部门败诉22件,败诉率13.1%。', 13.1],
])('%s: %d is one field’s departments’', (text, value) => {
  expect(claim(text, value, Y)[1]).toBe('sub_category');
});

// Near misses: the justice bureau and the government are the region's review office; the whole region named in the
// sentence on a department's page is the region's.
it.each([
  ['2023年,钟楼区司法局深入推进依法行政。全年收到行政复议申请20件。', 20, 'review.cases'],
  ['2023年,钟楼区人社局深入推进依法行政。全区全年收到行政复议申请860件。', 860, 'review.cases'],
  ['优化区域布局,行政复议案件全年共收到860件。', 860, 'review.cases'],
] as const)('%s: %d stays the region’s', (text, value, metric) => {
  expect(claim(text, value, Y)).toEqual([metric, 'region']);
});

// A department's page: the whole region named in another sentence does not reach the figure's, and legal aid or
// mediation, no work of the department's reviews or suits, stays the region's.
it.each([
  [
    '2023年,钟楼区人社局深入推进依法行政。全区法治建设成效明显。全年行政复议20件。',
    20,
    ['review.cases', 'government_own'],
  ],
  ['2023年,钟楼区人社局深入推进依法行政。全年办理法律援助案件320件。', 320, ['legal_aid.cases', 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});
