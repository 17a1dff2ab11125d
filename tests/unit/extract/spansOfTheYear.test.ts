// Spans of months, each tested with sentences written for it.
import { claim } from './helpers.ts';

describe('a clause naming only a span of the year counts what the figure before it counts', () => {
  it.each([
    ['第三季度全市人民调解组织调解纠纷5,218件,1-9月累计15,937件。', 15937, 'mediation.cases'],
    ['上半年全县办理法律援助案件620件,全年共1,310件。', 1310, 'legal_aid.cases'],
    ['今年1-5月,全市各级行政复议机关新收复议申请210件,1至10月共计488件。', 488, 'review.cases'],
  ])('%s', (text, value, metric) => {
    expect(claim(text, value, { year: 2024 })).toEqual([metric, 'region']);
  });
  it('near miss: a figure of another unit is not counted again', () => {
    expect(
      claim('上半年全县办理法律援助案件620件,1-6月累计挽回经济损失310万元。', 3_100_000, { year: 2024 })[0],
    ).toBe('legal_aid.recovered');
  });
});

describe('months that do not run from January are a part of the year', () => {
  it.each([
    ['第四季度,全县人民调解组织受理矛盾纠纷1,207件。', 1207],
    ['7-9月,全市办理法律援助案件1,342件。', 1342],
    ['下半年全区新收行政复议申请96件。', 96],
  ])('%s', (text, value) => {
    expect(claim(text, value, { year: 2024 })[1]).toBe('sub_category');
  });
  it.each([
    ['1-9月,全市办理法律援助案件4,015件。', 4015],
    ['今年以来,全县人民调解组织调解纠纷2,210件。', 2210],
    ['上半年,全区新收行政复议申请186件。', 186],
  ])('near miss: the year so far is the region’s: %s', (text, value) => {
    expect(claim(text, value, { year: 2024 })[1]).toBe('region');
  });
});

describe('months within the span a paragraph opened date their own sentence only', () => {
  it('the sentence after a quarter goes back to the half-year', () => {
    const text =
      '2024年上半年,全市行政复议机构共收到行政复议申请1,520件。其中,第二季度收案806件。受理1,344件,审结1,102件。';
    expect(claim(text, 806, { year: 2024 })[1]).toBe('sub_category');
    expect(claim(text, 1344, { year: 2024 })).toEqual(['review.accepted', 'region']);
    expect(claim(text, 1102, { year: 2024 })).toEqual(['review.concluded', 'region']);
  });
  it('near miss: a paragraph that opens with the quarter keeps it', () => {
    const text = '第三季度,全市人民调解组织调解纠纷3,010件。调解成功2,960件。';
    expect(claim(text, 2960, { year: 2024 })[1]).toBe('sub_category');
  });
});
