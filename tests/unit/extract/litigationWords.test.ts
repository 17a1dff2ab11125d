// 行政一审诉讼案件 puts the instance inside 行政诉讼: the suits are still litigation’s, the 一审 ones its headline count and
// the 二审 ones a part; a court's 非诉 cases are no lawsuits. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '411329' };

it.each([
  // (A quarter after the first months is a part of the year: see spansOfTheYear.test.ts.)
  ['2024年第三季度,新野县人民法院共新收行政一审诉讼案件24件。', 24, ['litigation.cases', 'sub_category']],
  ['全县行政机关全年办理行政一审诉讼案件56件,同比下降12%。', 56, ['litigation.cases', 'region']],
  ['全市法院受理行政二审诉讼案件120件。', 120, [null, 'sub_category']],
  ['今年上半年,全县审判机关新收行政一审案件216件。', 216, ['litigation.cases', 'region']],
  ['全县受理行政二审案件120件。', 120, [null, 'sub_category']],
  // The usual order reads as before.
  ['全县法院新收一审行政诉讼案件24件。', 24, ['litigation.cases', 'region']],
] as const)('%s', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

it.each([
  ['全市两级法院共受理一审行政诉讼案件905件。两级法院共受理行政非诉案件387件,审查386件。', 387],
  ['全区法院受理行政诉讼案件320件,受理非诉行政执行申请案件150件。', 150],
])('a court’s non-litigation cases (非诉) are no lawsuits: %s', (text, value) => {
  expect(claim(text, value, Y)[0]).not.toBe('litigation.cases');
});
