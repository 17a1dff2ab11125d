// One committee, one trade's committees, or a centre writing of itself (我中心): whose count it is. Sentences written for
// this test.
import { figure } from './helpers.ts';

const COUNTY = { year: 2023, region: '341523' };
const CITY = { year: 2021, region: '360700' };

describe('the committee of one level is one body', () => {
  it.each([
    ['县人民调解委员会(挂县矛盾纠纷调处中心牌子)全年直接受理纠纷415件,调解成功398件。', [415, 398], COUNTY],
    ['2021年,市人民调解委员会受理疑难复杂纠纷86件,调解成功79件。', [86, 79], CITY],
    ['全县各类调解组织共调解纠纷6,120件;县级人民调解委员会直接调处纠纷233件。', [233], COUNTY],
  ] as const)('%s', (text, values, options) => {
    for (const value of values) expect(figure(text, value, options).scope).toBe('sub_category');
  });
  it.each([
    ['全县人民调解委员会共调解纠纷6,120件。', 6120],
    ['县、乡、村三级人民调解委员会共调解纠纷6,120件。', 6120],
    ['2023年,全县各级人民调解委员会调解纠纷6,120件,调解成功6,008件。', 6008],
  ])('near miss: %s is every committee', (text, value) => {
    expect(figure(text, value, COUNTY).scope).toBe('region');
  });
});

describe('a trade’s committees are one kind, with or without 性', () => {
  it.each([
    ['市级医疗、交通、劳动争议等5个专业调委会调处纠纷1,316件。', 1316],
    ['全市物业、婚姻家庭等行业调委会共调解纠纷2,045件。', 2045],
  ])('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('sub_category');
  });
  it('a committee’s short name holds for the clause after it that names no object', () => {
    const text = '2021年,市医调委受理医疗纠纷188件,调解成功171件,涉及金额2,100万元。';
    expect(figure(text, 188, CITY).scope).toBe('sub_category');
    expect(figure(text, 171, CITY).scope).toBe('sub_category');
  });
  it('near miss: a clause with the whole region after the short name is the region’s', () => {
    const text = '2021年,市交调委受理纠纷640件,全市人民调解组织共调解纠纷2.4万件。';
    expect(figure(text, 24000, CITY).scope).toBe('region');
  });
});

describe('我中心 is the centre, not a person', () => {
  const COUNTY_CITY = { year: 2017, region: '231283' };
  it('a county-level city’s own centre, writing of itself, counts the region’s legal aid', () => {
    const text = '海伦市法律援助中心2017年度工作总结\n2017年,我中心全年共办理法律援助案件412件。';
    expect(figure(text, 412, COUNTY_CITY).scope).toBe('region');
  });
  it('near miss: 我 of one person telling a story counts that person’s cases', () => {
    const text = '“这些年,我调解了300多起纠纷。”老周笑着说。';
    expect(figure(text, 300, COUNTY).scope).toBe('sub_category');
  });
});

describe('mediation organisations screening and resolving disputes are mediating', () => {
  it.each([
    ['全区各街道调委会、社区调委会共排查化解各类矛盾纠纷2,316件。', 2316],
    ['全县各类调解组织共排查化解矛盾纠纷5,204件,调解成功率98.2%。', 5204],
  ])('%s', (text, value) => {
    expect(figure(text, value, COUNTY).metric).toBe('mediation.cases');
  });
  it('near miss: a screening with no mediation organisation counts no mediation', () => {
    const text = '全县开展矛盾纠纷大排查,共排查矛盾纠纷5,204件。';
    expect(figure(text, 5204, COUNTY).metric).not.toBe('mediation.cases');
  });
});
