// Edges of the rules of sessions 9–12 that their mutation runs found untested (tests/MUTATION.md, "The thirteenth
// session"), each expected value worked out by hand on sentences and pages written for them.
import { bodyHeadingAbove } from '../../../src/extract/headingAbove.ts';
import { figure } from './helpers.ts';

const CITY = { year: 2023, region: '341500' };
const CITY_2022 = { year: 2022, region: '411700' };
const COUNTY = { year: 2022, region: '411722' };

describe('a count of the first months of the year after the report’s', () => {
  const REPORT = '六安市2023年法治政府建设情况报告\n';
  it('months that end in the very month the page was published are that year’s count to date', () => {
    const text = `${REPORT}(2024年2月26日发布)\n全市共收到行政复议申请2,406件。今年1至2月,全市新收行政复议申请512件。`;
    expect(figure(text, 512, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('今年1月 on a page of February is the later year’s January', () => {
    const text = `${REPORT}(2024年2月26日发布)\n全市共收到行政复议申请2,406件。今年1月,全市新收行政复议申请231件。`;
    expect(figure(text, 231, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
    expect(figure(text, 2406, CITY)).toMatchObject({ scope: 'region', year: 2023 });
  });
  it('今年上半年 on a page of July is the later year’s first half', () => {
    const text = `${REPORT}(2024年7月10日)\n全市共收到行政复议申请2,406件。今年上半年,全市新收行政复议申请1,130件。`;
    expect(figure(text, 1130, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('今年一季度 on a page of April is the later year’s first quarter', () => {
    const text = `${REPORT}(2024年4月12日)\n全市共收到行政复议申请2,406件。今年一季度,全市新收行政复议申请530件。`;
    expect(figure(text, 530, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('the dateline of a press conference dates the page, not a document it cites further on', () => {
    const long =
      '市司法局坚持以习近平法治思想为指导,紧紧围绕全市工作大局,充分发挥行政复议化解行政争议的主渠道作用,不断完善行政复议工作机制,推动法治政府建设取得新成效。'.repeat(
        3,
      );
    const text = `2024年1月18日,市政府新闻办举行2023年全市法治政府建设新闻发布会。${long}会上介绍,市司法局制定的《六安市行政复议案件办理规程》(2023年12月28日印发)已正式实施。今年1月,全市新收行政复议申请231件。`;
    expect(figure(text, 231, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('near miss: a document of an earlier year cited in the opening does not date the page', () => {
    const text =
      '六安市2023年上半年行政复议工作总结\n根据《六安市行政复议体制改革实施方案》(2022年9月印发),全市行政复议工作由市政府统一行使。今年1至6月,全市新收行政复议申请1,130件。';
    expect(figure(text, 1130, CITY)).toMatchObject({ scope: 'region', year: 2023 });
  });
  it('near miss: the same months of an earlier year, named, keep their year', () => {
    const text = `${REPORT}(2024年3月15日)\n今年1月,全市新收行政复议申请98件,2022年同期为76件。`;
    expect(figure(text, 98, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
    expect(figure(text, 76, CITY).year).toBe(2022);
  });
  it('near miss: one body’s count of the later year’s months stays that body’s', () => {
    const text = `${REPORT}(2024年3月15日)\n全市共收到行政复议申请2,406件。今年1至2月,市法律援助中心受理法律援助案件61件。`;
    expect(figure(text, 61, CITY)).toMatchObject({ scope: 'government_own', year: 2024 });
  });
});

describe('a court that hears several places’ suits, at the edges of its rule', () => {
  it('a court named by its jurisdiction alone, opening the sentence, counts its own suits', () => {
    const text = '异地管辖后,全年共受理一审行政案件617件,审结590件。';
    expect(figure(text, 617, COUNTY).scope).toBe('court');
    expect(figure(text, 590, COUNTY).scope).toBe('court');
  });
  it('a court’s count with its several places in a bracket right after it is the court’s', () => {
    const text = '全年县人民法院受理一审行政案件617件(含集中管辖的外县案件)。';
    expect(figure(text, 617, COUNTY).scope).toBe('court');
  });
  it('the bracket after the next count is that count’s, not this one’s', () => {
    const text = '县人民法院全年受理一审行政案件86件,审结80件(含集中管辖的外县案件12件)。';
    expect(figure(text, 86, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
    expect(figure(text, 80, COUNTY).scope).toBe('court');
  });
  it('a court’s count that keeps the other places’ cases out is the region’s', () => {
    const text = '全县法院共受理一审行政案件86件(不含集中管辖案件)。';
    expect(figure(text, 86, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
  it('the reform of jurisdiction as a cause leaves the court’s count the region’s', () => {
    const text = '受行政案件集中管辖改革影响,全年县法院仅受理一审行政案件86件。';
    expect(figure(text, 86, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
  it('without a court’s own words, the region’s appearance rate stays the region’s', () => {
    const text = '我县行政案件由金安区人民法院集中管辖,行政机关负责人出庭应诉率100%。';
    expect(figure(text, 100, COUNTY)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
    });
  });
  it('a court’s word far back in a long sentence does not make the figure the court’s', () => {
    const text =
      '我县行政案件由遂平县人民法院集中管辖以来,审理机制不断完善,府院联动持续加强,行政机关负责人出庭应诉工作扎实推进,行政机关负责人出庭应诉率达到100%。';
    expect(figure(text, 100, COUNTY)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
    });
  });
  it('the region’s own appearances named after the court are the region’s', () => {
    const text = '该院作为集中管辖法院共受理一审行政案件617件,全县行政机关负责人出庭应诉88件。';
    expect(figure(text, 617, COUNTY).scope).toBe('court');
    expect(figure(text, 88, COUNTY)).toMatchObject({
      metric: 'litigation.head_appearances',
      scope: 'region',
    });
  });
  it('a court of several places in the next sentence leaves the region’s suits alone', () => {
    const text = '2022年,全县一审行政诉讼案件86件。县法院还受理异地管辖案件31件。';
    expect(figure(text, 86, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
  it('a court’s sentence opening a long page is read back to the page’s start', () => {
    const more =
      '该院坚持以习近平法治思想为指导,紧紧围绕全市工作大局,充分发挥行政审判职能作用,监督支持行政机关依法行政,不断完善行政争议实质性化解机制,推动行政审判工作高质量发展。'.repeat(
        5,
      );
    const text = `作为全市行政案件集中管辖法院,该院2022年共受理一审行政案件617件,审结590件。${more}`;
    expect(figure(text, 617, COUNTY).scope).toBe('court');
  });
  it('near miss: reviews heard together by one review body are no court’s', () => {
    const text = '全市行政复议案件实行集中管辖,市行政复议局全年共受理行政复议申请1,046件。';
    expect(figure(text, 1046, CITY_2022)).toMatchObject({ metric: 'review.cases', scope: 'government_own' });
  });
});

describe('a disclosure report’s whole-region sentence under a paragraph of prose', () => {
  it('with no heading line above it, the county’s suits are the county’s', () => {
    const text =
      '上蔡县2022年政府信息公开工作年度报告\n本机关认真贯彻落实政府信息公开条例。\n2022年,全县行政机关一审应诉案件87件,行政机关负责人出庭应诉率100%。';
    expect(figure(text, 87, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
});

describe('a heading line of the whole or of several bodies names no one body', () => {
  it.each(['(一)全市法律援助中心', '● 各县人民政府'])('%s', (heading) => {
    const text = `${heading}\n全年受理案件120件。`;
    expect(bodyHeadingAbove(text, text.indexOf('\n') + 1)).toBe('');
  });
  it('the paragraph under it stays the region’s', () => {
    const text = '(一)全市法律援助中心\n全年受理法律援助案件612件。';
    expect(figure(text, 612, CITY_2022)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });
});
