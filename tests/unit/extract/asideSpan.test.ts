// A span of years told in passing, after a clause of the year's own figures (全年…;近三年累计…), sums that clause's
// figure only: the sentences after it go back to the year.
import { claim } from './helpers.ts';

describe('a span of years after a clause of the year dates its own sentence only', () => {
  it.each([
    [
      '全年全市人民调解组织调解纠纷8,210件,调解成功率98.6%;近三年累计调解2.3万件。全市行政机关负责人出庭应诉率100%。',
      100,
      ['litigation.head_appearance_rate', 'region'],
    ],
    [
      '2022年,全区办理法律援助案件1,560件,五年来累计办理6,800件。全区各级人民调解组织调处纠纷4,420件。',
      4420,
      ['mediation.cases', 'region'],
    ],
    [
      '今年县行政复议局收到复议申请286件,审结271件,近三年共收案702件。全县一审行政诉讼案件103件,败诉率4.9%。',
      4.9,
      ['litigation.loss_rate', 'region'],
    ],
  ])('%s', (text, value, expected) => {
    expect(claim(text, value, { year: 2022 })).toEqual(expected);
  });
  it('the span’s own figure is still a sum', () => {
    expect(
      claim(
        '全年全市人民调解组织调解纠纷8,210件,调解成功率98.6%;近三年累计调解2.3万件。全市行政机关负责人出庭应诉率100%。',
        23000,
        { year: 2022 },
      ),
    ).toEqual(['mediation.cases', 'cumulative']);
  });
  it.each([
    ['近五年来,市法律援助中心不断提升服务质量。全市共办理法律援助案件1.8万件,挽回经济损失3.2亿元。', 18000],
    ['2019年以来,全县坚持发展“枫桥经验”,织密调解网络。全县累计化解矛盾纠纷1.2万件。', 12000],
  ])('near miss: a span that opens its paragraph still frames what follows: %s', (text, value) => {
    expect(claim(text, value, { year: 2023 })[1]).toBe('cumulative');
  });
});

describe('a span whose phrase holds a year is no aside of that year', () => {
  it('自去年…组建以来 still frames the sentence after it', () => {
    expect(
      claim(
        '自去年区司法分局组建以来,人民调解工作一直是重中之重。全区共调解纠纷1,260件,调解成功率98.1%。',
        1260,
        { year: 2019 },
      )[1],
    ).toBe('cumulative');
  });
});

describe('a sentence opened by a span and summed in itself, amid the year’s figures, dates its own sentence only', () => {
  const text =
    '(三)行政复议。全县行政复议机关共收到申请318件,审结296件。2021年以来全县累计收到复议申请870余件。全县行政机关负责人出庭应诉率99.1%。全县办理法律援助案件1,204件。';
  it.each([
    [99.1, ['litigation.head_appearance_rate', 'region']],
    [1204, ['legal_aid.cases', 'region']],
    [870, ['review.cases', 'cumulative']],
  ])('%d', (value, expected) => {
    expect(claim(text, value, { year: 2023 })).toEqual(expected);
  });
  it.each([
    [
      '十年来,全省法律援助事业快速发展。2013年以来,全省累计办理法律援助案件52万件。全省法律援助机构共挽回经济损失38亿元。',
      3_800_000_000,
    ],
    ['党的十八大以来,全市坚持发展“枫桥经验”。全市累计调解矛盾纠纷12.6万件,调解成功率保持在98%以上。', 98],
  ])('near miss: a paragraph of years, no year’s figure before the span: %s', (text, value) => {
    expect(claim(text, value, { year: 2022 })[1]).toBe('cumulative');
  });
});
