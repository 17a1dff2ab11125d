// A count whose own words name it the total (出庭应诉总数为131件, 合计200件, 总计) sums the counts of the same work before
// it in its sentence: it is the region's figure, and they are its parts, whoever the clauses before name. Sentences are
// written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '440100' };
const LH = 'litigation.head_appearances';

it.each([
  // The total after its parts.
  ['全市行政首长出庭应诉30件,委托副职出庭应诉70件,负责人出庭应诉总数为100件。', 100, [LH, 'region']],
  ['全市行政首长出庭应诉30件,委托副职出庭应诉70件,负责人出庭应诉总数为100件。', 30, [null, 'sub_category']],
  ['全区调委会调解纠纷300件,各社区调解纠纷500件,调解纠纷总数为800件。', 800, ['mediation.cases', 'region']],
  ['全区调委会调解纠纷300件,各社区调解纠纷500件,调解纠纷总数为800件。', 300, [null, 'sub_category']],
  [
    '县法律援助中心受理案件120件,各乡镇工作站受理案件80件,受理法律援助案件合计200件。',
    200,
    ['legal_aid.cases', 'region'],
  ],
  [
    '市本级收到行政复议申请90件,各区收到310件,全年收到行政复议申请总计400件。',
    400,
    ['review.cases', 'region'],
  ],
  // A total alone is the total.
  ['全市行政机关负责人出庭应诉总数为1,523件。', 1523, [LH, 'region']],
  // Near misses: a total named by a part's own clause is still that part's; a share of the total is no total.
  ['全区调委会调解纠纷300件,各社区调委会调解纠纷总数为500件。', 500, [null, 'sub_category']],
  ['全区调解纠纷800件,其中婚姻家庭纠纷300件,占总数的37.5%。', 800, ['mediation.cases', 'region']],
  // A larger count of the same work before the total is none of its parts.
  ['全市收到行政复议申请500件,受理申请合计450件。', 500, ['review.cases', 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

// The parts are the same work's counts of the same year before the total, in its sentence: a change, an earlier year's
// count or one of the sentence before is none of them.
it.each([
  ['全区调解纠纷较上年增加120件,调解纠纷总数为800件。', 120, 'change'],
  ['2022年全区调解纠纷700件,2023年调解纠纷总数为800件。', 700, 'prior_year'],
  ['全区调解纠纷760件。各社区调解纠纷300件,调解纠纷总数为800件。', 760, 'region'],
] as const)('%s: %d stays %s', (text, value, scope) => {
  expect(claim(text, value, Y)[1]).toBe(scope);
});
