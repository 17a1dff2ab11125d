// More ways a figure is not the region's total for the year: a running sum to a day (截至目前,累计…), a review
// organ of one level (市行政复议机关), committees of one trade across the region, mediation docked to another
// body (访调对接), a procuratorate's supervision; and 分别 lists whose items hold 和 or 及 inside a word.
// Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a running sum to a day', () => {
  it.each([
    ['截至目前,累计调解矛盾纠纷12.6万件。', 126000],
    ['截至2023年底,全市累计办理法律援助案件8.8万件。', 88000],
    ['截至2023年末,全市已累计调解纠纷12.6万件。', 126000],
    ['截至目前,全市累计收到行政复议申请9,200件。', 9200],
    ['截至當前,全市累計調解糾紛12.6萬件。', 126000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('cumulative');
  });

  it.each([
    ['截至12月底,全市累计调解纠纷2.3万件。', 23000],
    ['今年以来,全市累计调解纠纷2.3万件。', 23000],
    ['全年累计调解纠纷2.3万件,截至目前无一起民转刑案件。', 23000],
    ['截至目前,全市共调解纠纷2.3万件。', 23000],
  ] as const)('is not every 累计 or 截至: %s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['mediation.cases', 'region']);
  });
});

describe('a review organ of one level', () => {
  it.each([
    ['市行政复议机关收到行政复议申请412件。', 412],
    ['市级行政复议机关收到行政复议申请412件。', 412],
  ] as const)('%s is the city’s own', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['review.cases', 'government_own']);
  });

  it.each([
    ['全市各级行政复议机关共收到行政复议申请3,456件。', 3456],
    ['全市行政复议机关共收到行政复议申请3,456件。', 3456],
    ['市县两级行政复议机关收到行政复议申请3,456件。', 3456],
  ] as const)('%s is the region’s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['review.cases', 'region']);
  });
});

describe('committees of one trade, and mediation docked to another body', () => {
  it.each([
    ['全市行业性专业性人民调解组织调解纠纷3,200件。', 3200],
    ['全市行业性、专业性调委会共调解矛盾纠纷3,200件。', 3200],
    ['全市企业人民调解委员会调解纠纷3,200件。', 3200],
    ['访调对接调解纠纷1,200件。', 1200],
    ['全市通过警调对接调处纠纷1,200件。', 1200],
    ['警民联调化解矛盾纠纷1,200件。', 1200],
    ['检调对接调解纠纷120件。', 120],
  ] as const)('%s is a part', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('sub_category');
  });

  it.each([
    ['全市人民调解组织共调解纠纷2.3万件,其中行业性专业性调解组织调解3,200件。', 23000],
    ['全市各类调解组织共调解纠纷2.3万件。', 23000],
    ['全市调解纠纷2.3万件,开展访调对接工作。', 23000],
  ] as const)('%s is the region’s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['mediation.cases', 'region']);
  });
});

describe('a procuratorate’s supervision is not the government’s litigation', () => {
  it.each([
    ['检察机关办理行政诉讼监督案件120件。', 120],
    ['全市检察院受理行政诉讼监督案件120件。', 120],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).metric).not.toBe('litigation.cases');
  });

  it('the government’s own litigation stays', () => {
    expect(claim('全市行政机关共办理行政诉讼案件1,234件。', 1234, CITY)).toEqual(['litigation.cases', 'region']);
  });
});

describe('分别 list items with 和 or 及 inside a word', () => {
  it.each([
    ['行政复议案件调解和解率与实质性化解率分别为35%、85%。', 85, 'review.resolution_rate'],
    ['行政复议调解和解率和纠错率分别为35%、12%。', 12, 'review.correction_rate'],
    ['人民调解和解率、调解成功率分别为35%、98%。', 98, 'mediation.success_rate'],
    ['规范性文件报备率、及时率分别为100%、98%。', 98, 'legislation.filing_timeliness_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});
