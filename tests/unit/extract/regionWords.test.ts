// Whose region and which year the words of a sentence point at: a district named on a city's page, a
// city on a province's, 我市 after 全省. Sentences are written for these tests.
import { figure, claim } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };
const PROVINCE = { year: 2023, region: '440000' };
const BEIJING = { year: 2023, region: '110000' };
const COUNTY = { year: 2023, region: '330212' };


describe('a lower region named on a higher region’s page', () => {
  it.each([
    ['东城区共调解矛盾纠纷2,341件。', 2341, CITY],
    ['鄞州区法律援助中心全年办理法律援助案件1,260件。', 1260, CITY],
    ['宁海县全年受理行政复议案件215件。', 215, CITY],
    ['两江新区共调解纠纷4,100件。', 4100, CITY],
    ['达拉特旗人民调解组织调解纠纷2,800件。', 2800, CITY],
    ['广州市全年共办理法律援助案件2.1万件。', 21000, PROVINCE],
    ['黔东南州共调解矛盾纠纷3.6万件。', 36000, PROVINCE],
    ['朝阳区新收行政复议申请3,260件。', 3260, BEIJING],
  ] as const)('%s', (text, value, options) => {
    expect(figure(text, value, options).scope).toBe('sub_category');
  });

  it.each([
    ['全市共调解矛盾纠纷2.3万件。', 23000, CITY, 'mediation.cases'],
    ['宁波市全年共办理法律援助案件8,200件。', 8200, CITY, 'legal_aid.cases'],
    ['各县(市、区)共调解纠纷1.2万件。', 12000, CITY, 'mediation.cases'],
    ['全市各区县收到行政复议申请1,320件。', 1320, CITY, 'review.cases'],
    ['在各社区开展矛盾纠纷排查,全市共调解纠纷5,600件。', 5600, CITY, 'mediation.cases'],
    ['广东省各级法律援助机构共办理法律援助案件12.6万件。', 126000, PROVINCE, 'legal_aid.cases'],
    ['北京市共收到行政复议申请2.6万件。', 26000, BEIJING, 'review.cases'],
    ['鄞州区共调解矛盾纠纷6,300件。', 6300, COUNTY, 'mediation.cases'],
    ['全省21个地级以上市共调解矛盾纠纷40万件。', 400000, PROVINCE, 'mediation.cases'],
    ['各地级市共办理法律援助案件12万件。', 120000, PROVINCE, 'legal_aid.cases'],
  ] as const)('the page’s own region is not a lower one: %s', (text, value, options, metric) => {
    expect(claim(text, value, options)).toEqual([metric, 'region']);
  });
});

describe('我市 and 本区 are the page’s region', () => {
  it.each([
    ['全省共调解矛盾纠纷45.6万件,我市共调解纠纷3.2万件。', 32000, 'mediation.cases'],
    ['全省法律援助机构办理案件15万件,本市办理法律援助案件8,200件。', 8200, 'legal_aid.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it('我省 on a city’s page is the province, not the city', () => {
    expect(figure('我省法律援助机构共办理法律援助案件15万件。', 150000, CITY).metric).toBeNull();
  });
});

describe('the accepted count after a body’s received count', () => {
  it('is review.accepted, and the body’s own', () => {
    const text = '市政府作为复议机关共收到行政复议申请486件,受理452件,审结430件。';
    expect(claim(text, 452, CITY)).toEqual(['review.accepted', 'government_own']);
    expect(claim(text, 486, CITY)).toEqual(['review.cases', 'government_own']);
  });
});

describe('该县 on a city’s page, 该市 on a province’s', () => {
  it.each([
    ['2023年,该县行政机关负责人出庭应诉率实现100%。', 100, CITY],
    ['该区全年共调解矛盾纠纷3,260件。', 3260, CITY],
    ['该市共办理法律援助案件6,100件。', 6100, PROVINCE],
  ] as const)('%s is a part', (text, value, options) => {
    expect(figure(text, value, options).scope).toBe('sub_category');
  });

  it('该区 on the district’s own page is the region', () => {
    expect(claim('该区全年共调解矛盾纠纷3,260件。', 3260, COUNTY)).toEqual(['mediation.cases', 'region']);
  });

  it('reads 实现 before a rate as its verb', () => {
    expect(claim('全市行政机关负责人出庭应诉率实现100%。', 100, CITY)).toEqual([
      'litigation.head_appearance_rate',
      'region',
    ]);
  });
});

describe('全市 on a district’s or county’s page', () => {
  const DISTRICT = { year: 2023, region: '441802' };
  const COUNTY_CITY = { year: 2023, region: '370281' };
  const PROVINCE_CITY = { year: 2023, region: '419001' };

  it.each([
    ['全市共调解矛盾纠纷2.3万件。', 23000],
    ['我市共办理法律援助案件5,100件。', 5100],
    ['全市行政机关负责人出庭应诉率为98%。', 98],
  ] as const)('is the city above it: %s', (text, value) => {
    expect(figure(text, value, DISTRICT).metric).toBeNull();
  });

  it('leaves the district’s own figure after the city’s', () => {
    expect(claim('全市共调解纠纷2.3万件,全区共调解纠纷3,100件。', 3100, DISTRICT)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });

  it.each([
    ['a county-level city', COUNTY_CITY],
    ['a county-level city under the province', PROVINCE_CITY],
  ] as const)('is the region itself on %s’s page', (_, options) => {
    expect(claim('全市共调解矛盾纠纷2.3万件。', 23000, options)).toEqual(['mediation.cases', 'region']);
  });
});

describe('bodies of every level together', () => {
  it.each([
    ['市法律援助中心、各县(市、区)法律援助中心共办理法律援助案件3,960件。', 3960, 'legal_aid.cases'],
    ['市县两级法律援助中心共办理法律援助案件2,800件。', 2800, 'legal_aid.cases'],
    ['市、区两级政府共收到行政复议申请1,900件。', 1900, 'review.cases'],
  ] as const)('are the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it('one body alone is still its own', () => {
    expect(figure('市法律援助中心共办理法律援助案件960件。', 960, CITY).scope).toBe('government_own');
  });
});

describe('a date before a level word is no place name', () => {
  it.each([
    ['2023年度县法律援助中心共办理法律援助案件460件。', 460, 'legal_aid.cases', '330225'],
    ['2023年县政府共收到行政复议申请120件。', 120, 'review.cases', '330225'],
    ['12月区调解组织共调解纠纷300件。', 300, 'mediation.cases', '330212'],
  ] as const)('%s', (text, value, metric, region) => {
    expect(claim(text, value, { year: 2023, region })).toEqual([metric, 'region']);
  });

  it('on a city’s page, 年度 before 区县 names no district', () => {
    expect(claim('2023年度区县两级调解组织共调解纠纷1.2万件。', 12000, CITY)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });

  it('on a city’s page, a district after a date is still a district', () => {
    expect(figure('2023年东城区共调解矛盾纠纷2,341件。', 2341, CITY).scope).toBe('sub_category');
  });
});
