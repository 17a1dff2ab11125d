// From sets 21 and 22, with sentences written for them: a running total to date in a paragraph opened by an open span
// (近年来…。截至目前,共受理…) sums over that span, while one after a closed span (十三五期间…。截至目前,…) is this year's;
// a page opened by “十四五”期间 or 近五年来 frames its later paragraphs; money recovered for one kind of applicant
// (为军人军属避免和挽回…) is that kind's; visits received and legal advice (接访, 法律咨询) are no mediation count.
import { claim, figure } from './helpers.ts';

describe('to date, after a span', () => {
  it('an open span before 截至目前 makes the total a sum over it', () => {
    const text =
      '近年来,市矛盾纠纷调处中心不断完善工作机制。截至目前,共受理登记矛盾纠纷4,589件,调解成功率91%。';
    expect(claim(text, 4589)).toEqual(['mediation.cases', 'cumulative']);
    expect(claim(text, 91)).toEqual(['mediation.success_rate', 'cumulative']);
  });

  it('a closed span before it leaves this year’s total to date', () => {
    const text =
      '十三五期间,全市共办理法律援助案件34,432件。截至目前,全市受理法律援助案件19,959件,同比增长26.78%。';
    expect(claim(text, 34432)).toEqual(['legal_aid.cases', 'cumulative']);
    expect(claim(text, 19959)).toEqual(['legal_aid.cases', 'region']);
  });

  it('截至目前 alone is this year’s', () => {
    expect(claim('截至目前,全市共受理矛盾纠纷4,589件。', 4589)).toEqual(['mediation.cases', 'region']);
  });
});

describe('a page opened by a span of plan years', () => {
  it.each(['“十四五”期间', '近五年来'])('%s', (opening) => {
    const text = `${opening},某市法律援助工作取得明显成效。\n全市法律援助机构共办理法律援助案件8,940件。`;
    expect(claim(text, 8940)).toEqual(['legal_aid.cases', 'cumulative']);
  });
});

describe('for one kind of applicant', () => {
  it.each([
    '全省共办理法律援助案件1,067件,为军人军属避免和挽回经济损失1,000万元。',
    '全省共办理法律援助案件1,067件,为农民工讨回欠薪1,000万元。',
    '全省共办理法律援助案件1,067件,为残疾人挽回经济损失1,000万元。',
  ])('%s: the money is a part', (text) => {
    expect(claim(text, 10_000_000)[1]).toBe('sub_category');
  });

  it.each([
    '全省共办理法律援助案件1,067件,为受援人避免和挽回经济损失1,000万元。',
    '全省共办理法律援助案件1,067件,为困难群众挽回经济损失1,000万元。',
  ])('%s: the money is the region’s', (text) => {
    expect(claim(text, 10_000_000)).toEqual(['legal_aid.recovered', 'region']);
  });
});

it('接访 and 法律咨询 are no mediation count', () => {
  expect(figure('全县聚焦矛盾纠纷调处,今年以来,已受理接访与法律咨询超1,100件次。', 1100).metric).toBeNull();
  expect(figure('全县聚焦矛盾纠纷调处,今年以来,已受理群众来访咨询1,100件次。', 1100).metric).toBeNull();
  expect(claim('全县聚焦矛盾纠纷调处,今年以来,已受理矛盾纠纷1,100件。', 1100)).toEqual([
    'mediation.cases',
    'region',
  ]);
});
