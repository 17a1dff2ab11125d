// Ordinary inputs a reviewer who had not written the thirteenth session's rules found them to break (each was read right
// before the session): a body that did something (县司法局确保…, 争取到) opens no target sentence; a year's report's title
// moves no 今年3月 or 一季度, nor a clause of the whole year; the counties' governments in a 其中 list keep what the total
// counts; a sentence naming the report's year keeps it after 截至 a later date; a sum after an average keeps the span; a span
// that ranks a figure (改革以来…最多) dates nothing; the mediators' 化解 after a 调解 count is the part resolved; a manner in the
// figure's own clause is its channel; 县政府行政机关 is the government's own; a meeting's bare year is still the 当年.
import { figure, figures } from './helpers.ts';

const COUNTY = { year: 2023, region: '411321' };
const CITY = { year: 2023, region: '411300' };

describe('a body that did something opens no target sentence', () => {
  it.each([
    ['县司法局确保法律援助案件及时指派,全年共办理法律援助案件612件。', 612, 'legal_aid.cases'],
    ['县政府确保行政复议案件按期办结,全年共收到行政复议申请86件,办结82件。', 86, 'review.cases'],
    ['县司法局争取到省级法律援助补助资金30万元,全年办理法律援助案件612件。', 612, 'legal_aid.cases'],
  ])('%s', (text, value, metric) => {
    expect(figure(text, value, COUNTY)).toMatchObject({ metric, scope: 'region', year: 2023 });
  });
});

describe('a year’s report’s title moves only 今年1—2月, and no clause of the whole year', () => {
  it('今年1月,…成立…,全年共收到…86件,办结82件', () => {
    const text =
      '南召县2023年法治政府建设年度报告\n今年1月,县政府成立行政复议委员会,全年共收到行政复议申请86件,办结82件。';
    expect(figure(text, 86, COUNTY)).toMatchObject({ scope: 'region', year: 2023 });
    expect(figure(text, 82, COUNTY)).toMatchObject({ scope: 'region', year: 2023 });
  });
  it('今年一季度 is the report’s own year', () => {
    const text = '南召县2023年法治政府建设年度报告\n今年一季度,全县行政机关负责人出庭应诉率达到100%。';
    expect(figure(text, 100, COUNTY).year).toBe(2023);
  });
});

describe('the counties’ governments in a 其中 list keep what the total counts', () => {
  it('其中市政府本级收到523件,各县(市、区)政府收到1,593件', () => {
    const text = '全市共收到行政复议申请2,116件,其中市政府本级收到523件,各县(市、区)政府收到1,593件。';
    expect(figure(text, 1593, CITY)).toMatchObject({ metric: 'review.cases', scope: 'sub_category' });
  });
});

describe('dates and spans', () => {
  it('截至a later date, then the report’s own year named: that year’s', () => {
    const text = '据统计,截至2024年1月15日,全市2023年度行政复议案件已全部审结,共审结1,098件。';
    expect(figure(text, 1098, CITY)).toMatchObject({ scope: 'region', year: 2023 });
  });
  it('a sum after an average keeps the span', () => {
    const text = '2021年以来年均受理行政复议案件1,100余件,共受理行政复议案件3,312件,行政复议纠错率14.5%。';
    expect(figure(text, 3312, CITY).scope).toBe('cumulative');
    expect(figure(text, 14.5, CITY).scope).toBe('cumulative');
  });
  it('a span that ranks a figure dates nothing after it', () => {
    const text = '全市共收到行政复议申请1,523件,是改革以来收案最多的一年,市本级收到523件。';
    expect(figure(text, 523, CITY)).toMatchObject({ metric: 'review.cases', scope: 'government_own' });
  });
  it('a meeting’s bare year still dates the 当年 after it', () => {
    const text = '2023年召开的全市人民调解工作会议上,表彰了先进集体,当年全市共调解纠纷3.2万件。';
    expect(figure(text, 32000, { year: 2024, region: '411300' })).toMatchObject({ year: 2023 });
  });
});

describe('whose and what', () => {
  it('the mediators’ 化解 after a 调解 count is the part resolved', () => {
    const text = '全年共调解矛盾纠纷5,432件,全县人民调解委员会化解5,401件,化解率99.4%。';
    expect(figure(text, 5401, COUNTY).metric).toBe('mediation.resolved');
  });
  it('a manner in the figure’s own clause is its channel', () => {
    const text = '市行政复议局通过视频连线方式促成和解调解行政复议案件56件。';
    expect(figure(text, 56, CITY).scope).toBe('sub_category');
  });
  it('县政府行政机关负责人 is the government’s own', () => {
    const text = '县政府主要负责人出庭应诉3次,县政府行政机关负责人出庭应诉率100%。';
    expect(figures(text, COUNTY).find((c) => c.value === 100)?.scope).toBe('government_own');
  });
});

// Found while sorting the mutation run's survivors (laterYears 55): a clause of a 今年 sentence that names its own year keeps
// it.
describe('a clause naming its own year is not moved to the page’s year', () => {
  it('今年1至2月…512件,2023年1至2月…420件 on a page of March 2024', () => {
    const text =
      '六安市2023年法治政府建设情况报告\n(2024年3月15日)\n今年1至2月,全市新收行政复议申请512件,2023年1至2月全市新收行政复议申请420件。';
    const options = { year: 2023, region: '341500' };
    expect(figure(text, 512, options)).toMatchObject({ scope: 'cumulative', year: 2024 });
    expect(figure(text, 420, options).year).toBe(2023);
  });
});
