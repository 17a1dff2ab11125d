// A rate word can follow its figure after 的 (临海市99.97%的调解成功率显著高于…, 以99.2%的出庭应诉率位居…); a share of
// cases or disputes (90%的矛盾纠纷在村级化解) names no rate. A kind of dispute named by a death (非正常死亡纠纷) is a
// part. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '331082' };

it.each([
  ['值得注意的是,临海市99.97%的调解成功率显著高于全国平均水平。', 99.97, 'mediation.success_rate'],
  ['全市以99.2%的出庭应诉率位居全省第一。', 99.2, 'litigation.head_appearance_rate'],
  ['全县以3.5%的行政机关败诉率创历史新低。', 3.5, 'litigation.loss_rate'],
] as const)('%s', (text, value, metric) => {
  expect(claim(text, value, Y)).toEqual([metric, 'region']);
});

it.each([
  ['全市90%的矛盾纠纷在村级化解。', 90],
  ['全市95%的调解员接受了培训。', 95],
] as const)('a share of things, not a rate: %s', (text, value) => {
  expect(claim(text, value, Y)[0]).toBeNull();
});

it('非正常死亡纠纷 is one kind of dispute', () => {
  const text = '各级人民调解组织共调解矛盾纠纷8451件,调解成功7913件;其他非正常死亡纠纷67件。';
  expect(claim(text, 67, Y)[1]).toBe('sub_category');
  expect(claim('全市调解非正常死亡纠纷67件。', 67, Y)[1]).toBe('sub_category');
});
