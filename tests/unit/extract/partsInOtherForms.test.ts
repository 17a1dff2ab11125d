// Issue 16's confusions (a kind of case, a sum over years, a body's own count, the courts' mediation, another rate)
// written the ways pages write them and the other tests do not: traditional characters, full-width digits, 万,
// a figure after a colon, 、 lists with 分别, figures in brackets, years in Chinese digits. Sentences are written
// for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { claim, figure } from './helpers.ts';

const CITY: ExtractOptions = { year: 2023, region: '330200' };
const HEADLINE =
  /^(mediation\.(cases|resolved|success_rate)|review\.(cases|accepted|concluded|settled|resolution_rate|correction_rate)|litigation\.(cases|head_appearance_rate|head_appearances|loss_rate)|legal_aid\.(cases|recovered))$/;

/** Whether the figure is claimed as a headline metric of the region's year. */
const claimsTheRegion = (text: string, value: number): boolean => {
  const c = figure(text, value, CITY);
  return c.scope === 'region' && c.metric !== null && HEADLINE.test(c.metric);
};

describe('each item of a 分别 list of kinds is a kind', () => {
  it.each([
    ['办理刑事、民事法律援助案件分别为1,209件、381件。', 1209],
    ['办理刑事、民事法律援助案件分别为1,209件、381件。', 381],
    ['化解婚姻家庭、邻里纠纷分别为1.34万件、8200件。', 13400],
    ['化解婚姻家庭、邻里纠纷分别为1.34万件、8200件。', 8200],
    ['全市涉企、涉农行政复议案件分别为300件、120件。', 300],
    ['全市调处婚姻、邻里纠纷分别为1,300件、800件。', 1300],
    ['辦理刑事、民事法律援助案件分別為1209件、381件。', 1209],
  ] as const)('%s (%d)', (text, value) => {
    expect(claimsTheRegion(text, value)).toBe(false);
  });

  it.each([
    ['全市收到、受理行政复议申请分别为1,200件、1,100件。', 1200, 'review.cases'],
    ['全市收到、受理行政复议申请分别为1,200件、1,100件。', 1100, 'review.accepted'],
    ['全市人民调解组织调解矛盾纠纷、调解成功分别为2.3万件、2.2万件。', 22000, 'mediation.resolved'],
  ] as const)('a list of stages is not a list of kinds: %s (%d)', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});

describe('a year written in Chinese digits', () => {
  it.each([
    ['二〇二一年以来,全市共收到行政复议申请9,200件。', 9200],
    ['自二〇一九年以来,全市共办理法律援助案件2.3万件。', 23000],
    ['二零一九年至二零二三年,全市共调解纠纷6万件。', 60000],
  ] as const)('opens a span of years: %s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('cumulative');
  });

  it('is the report’s year', () => {
    expect(figure('二〇二三年,全市共收到行政复议申请3,200件。', 3200, { region: '330200' }).year).toBe(2023);
    expect(claim('二〇二三年,全市共收到行政复议申请3,200件。', 3200, CITY)).toEqual(['review.cases', 'region']);
  });

  it('is not a figure', () => {
    expect(() => figure('二〇二三年,全市共收到行政复议申请3,200件。', 2023, CITY)).toThrow();
  });
});

describe('a figure after a colon is named by the words before it', () => {
  it.each([
    ['全市办理法律援助案件:12,345件。', 12345, 'legal_aid.cases'],
    ['全市人民调解成功率:98.5%。', 98.5, 'mediation.success_rate'],
    ['全市行政机关负责人出庭应诉率:100%。', 100, 'litigation.head_appearance_rate'],
    ['全市收到行政复议申请：３２００件。', 3200, 'review.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });

  it.each([
    ['民事法律援助案件:381件。', 381],
    ['其中:民事法律援助案件381件。', 381],
    ['诉前调解:成功率70.88%。', 70.88],
    ['五年来:共调解矛盾纠纷12.6万件。', 126000],
    ['市法律援助中心:受理法律援助案件1,024件。', 1024],
  ] as const)('and a part stays a part: %s', (text, value) => {
    expect(claimsTheRegion(text, value)).toBe(false);
  });
});

describe('a body’s own count, in other words', () => {
  it.each([
    ['市法援中心受理法律援助案件1,024件。', 1024, 'legal_aid.cases'],
    ['市级法律援助机构办理法律援助案件1,024件。', 1024, 'legal_aid.cases'],
    ['市法律援助中心受理法律援助案件１０２４件。', 1024, 'legal_aid.cases'],
    ['省人民政府新收行政复议申请188件。', 188, 'review.cases'],
    ['市政府作为行政复议机关:新收行政复议申请188件。', 188, 'review.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'government_own']);
  });

  it.each([
    ['市县两级法律援助机构办理法律援助案件5,024件。', 5024],
    ['市县级法律援助机构共办理法律援助案件5,024件。', 5024],
    ['全市各级法律援助机构共办理法律援助案件5,024件。', 5024],
  ] as const)('bodies of several levels are the region’s: %s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['legal_aid.cases', 'region']);
  });
});

describe('the confusions in forms already handled, kept so', () => {
  it.each([
    ['全年辦理民事法律援助案件381宗。', 381],
    ['全年办理民事法律援助案件３８１宗。', 381],
    ['法律援助案件中,民事案件381件,刑事案件1209件。', 381],
    ['民事类法律援助案件达381件。', 381],
    ['调解矛盾纠纷2.3万件(其中婚姻家庭纠纷8,000件)。', 8000],
    ['調處婚姻家庭糾紛13414起。', 13414],
    ['化解婚姻家庭纠纷13414起,占纠纷总数的35%。', 13414],
    ['辦理涉企行政復議案件947件。', 947],
    ['受理涉及企业的行政复议案件947件。', 947],
    ['新收涉企行政复议申请947件,同比增长12%。', 947],
    ['三年來調解糾紛60189件。', 60189],
    ['五年來累計調解糾紛12.6萬件。', 126000],
    ['“十四五”以来累计办理法律援助案件8.8万件。', 88000],
    ['三年来,全市共调解纠纷6万余件(60189件)。', 60189],
    ['2021—2023年全市累计调解纠纷6万件。', 60000],
    ['自2021年起,全市累计调解纠纷6万件。', 60000],
    ['市政府本级新收行政复议申请188件。', 188],
    ['市政府(本级)收到行政复议申请300件。', 300],
    ['市法律援助中心、各县区法律援助中心分别受理法律援助案件1,024件、5,000件。', 1024],
    ['訴前調解成功率70.88%。', 70.88],
    ['全市法院诉前调解纠纷1.2万件,成功率70.88%。', 70.88],
    ['全市人民调解成功率98%,诉前调解成功率70.88%。', 70.88],
    ['人民法院委派调解纠纷3,400件,成功2,100件。', 2100],
    ['基层一线化解率达到88.2%。', 88.2],
    ['全市调解矛盾纠纷2.3万件,一线化解率98.5%。', 98.5],
    ['矛盾纠纷源头化解率达95%。', 95],
    ['综合纠错化解率35.6%。', 35.6],
    ['行政复议纠错化解率为35.6%。', 35.6],
    ['審結304件。', 304],
  ] as const)('%s (%d) is no claim on the region', (text, value) => {
    expect(claimsTheRegion(text, value)).toBe(false);
  });

  it.each([
    ['全市共办理法律援助案件１２,３４５件。', 12345, 'legal_aid.cases'],
    ['全市辦理法律援助案件1.2萬件。', 12000, 'legal_aid.cases'],
    ['全市办理法律援助案件12,345件(其中民事案件8,000件)。', 12345, 'legal_aid.cases'],
    ['全市办理刑事、民事、行政等各类法律援助案件12,345件。', 12345, 'legal_aid.cases'],
    ['全市共调解矛盾纠纷2.3万件,其中婚姻家庭纠纷8,000件。', 23000, 'mediation.cases'],
    ['全市調解成功率達98.5%。', 98.5, 'mediation.success_rate'],
    ['全市人民调解成功率98%,诉前调解成功率70.88%。', 98, 'mediation.success_rate'],
    ['全市行政机关负责人出庭应诉率达１００%。', 100, 'litigation.head_appearance_rate'],
    ['全市(含各区县)共调解纠纷2.3万件。', 23000, 'mediation.cases'],
  ] as const)('%s stays the region’s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});

describe('brackets, colons and lists around a part', () => {
  it.each([
    ['办理民事法律援助案件（381件）。', 381],
    ['化解婚姻家庭纠纷（13414起）。', 13414],
    ['诉前调解（成功率70.88%）。', 70.88],
    ['省政府新收行政复议申请（188件）。', 188],
    ['办理刑事、民事法律援助案件分别为1,209件,381件。', 1209],
    ['办理刑事、民事法律援助案件分别是1209件和381件。', 1209],
    ['办理刑事、民事法律援助案件分别达1209件、381件。', 381],
    ['全市调解纠纷2.3万件,其中：婚姻家庭纠纷8000件、邻里纠纷5000件。', 5000],
    ['全市调解纠纷2.3万件。其中,婚姻家庭纠纷8000件。', 8000],
    ['全市调解纠纷2.3万件,包括婚姻家庭纠纷8000件。', 8000],
    ['法律援助案件中民事类381件。', 381],
    ['全市办理法律援助案件1.2万件,其中民事3,000件、刑事4,000件。', 4000],
    ['行政复议案件中涉企案件947件。', 947],
    ['三年來，全市調解糾紛６０１８９件。', 60189],
    ['自2019年以來,累計辦理法律援助案件2.3萬件。', 23000],
    ['省政府作为复议机关,共新收行政复议申请188件,受理170件。', 170],
    ['市法律援助中心（本级）受理法律援助案件1,024件。', 1024],
    ['法院诉前调解成功纠纷1.2萬件,調解成功率70.88%。', 70.88],
    ['矛盾纠纷“一线化解率”达88.2%。', 88.2],
    ['矛盾纠纷基层一线化解率(88.2%)。', 88.2],
    ['行政复议“综合纠错化解率”为35.6%。', 35.6],
    ['综合纠错化解率：35.6%。', 35.6],
  ] as const)('%s (%d) is no claim on the region', (text, value) => {
    expect(claimsTheRegion(text, value)).toBe(false);
  });

  it.each([
    ['全市办理法律援助案件1.2万件,其中民事3,000件、刑事4,000件。', 12000],
    ['全市办理法律援助案件1.2万件,涉及民事、刑事等领域。', 12000],
  ] as const)('the total stays the region’s: %s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['legal_aid.cases', 'region']);
  });
});
