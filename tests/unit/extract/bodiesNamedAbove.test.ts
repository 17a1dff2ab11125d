// Whose figures a paragraph gives when the heading line right above it is one body's name (（一）市法律援助中心 /
// 全年受理…): that body's. Sentences and layouts written for this test.
import { bodyHeadingAbove } from '../../../src/extract/headingAbove.ts';
import { figure } from './helpers.ts';

const CITY = { year: 2022, region: '341500' };
const COUNTY = { year: 2023, region: '330421' };

describe('the body a heading line right above a paragraph names', () => {
  const above = (heading: string): string => {
    const text = `${heading}\n全年受理案件120件。`;
    return bodyHeadingAbove(text, text.indexOf('\n') + 1);
  };
  it.each([
    ['(一)市法律援助中心', '市法律援助中心'],
    ['● 市行政复议局(市人民政府行政复议办公室)', '市行政复议局'],
    ['3.县人民政府', '县人民政府'],
    ['二、市医疗纠纷人民调解委员会', '市医疗纠纷人民调解委员会'],
    ['(五)城关司法所', '城关司法所'],
    ['▶ 金寨县人民法院', '金寨县人民法院'],
  ])('%s → %s', (heading, body) => {
    expect(above(heading)).toBe(body);
  });
  it.each([
    '(二)人民调解',
    '(四)全市汇总',
    '一、建设法治政府',
    '● 各县(区)人民政府',
    '(三)市、县两级法律援助中心',
    '二、行政复议和行政应诉',
  ])('near miss: %s names no one body', (heading) => {
    expect(above(heading)).toBe('');
  });
  it('a heading two lines up, over a paragraph of its own, is not this paragraph’s', () => {
    const text = '(一)市法律援助中心\n全年受理案件120件。\n\n全市共受理案件900件。';
    expect(bodyHeadingAbove(text, text.lastIndexOf('\n') + 1)).toBe('');
  });
});

describe('a paragraph under one body’s name is that body’s', () => {
  it('a city’s centre named above: its own count, not the city’s', () => {
    const text = '(一)市法律援助中心\n全年受理法律援助案件612件,为受援人挽回经济损失830万元。';
    expect(figure(text, 612, CITY).scope).toBe('government_own');
    expect(figure(text, 8300000, CITY).scope).toBe('government_own');
  });
  it('bullets of the review bodies: the city’s bureau its own, a district’s government its part', () => {
    const text = [
      '2022年,全市各级行政复议机关共收到行政复议申请1,930件,审结1,702件。',
      '● 市行政复议局',
      '收到申请706件,审结655件。',
      '● 金安区人民政府',
      '收到申请388件。',
    ].join('\n');
    expect(figure(text, 1930, CITY).scope).toBe('region');
    expect(figure(text, 706, CITY).scope).toBe('government_own');
    expect(figure(text, 655, CITY).scope).toBe('government_own');
    expect(figure(text, 388, CITY).scope).toBe('sub_category');
  });
  it('a county’s own centre named above is the county’s only one: the county’s total', () => {
    const text = '(二)县法律援助中心\n全年共办理法律援助案件486件。';
    expect(figure(text, 486, COUNTY).scope).toBe('region');
  });
  it('a sentence under the heading that names the whole region is the region’s', () => {
    const text = '(一)市法律援助中心\n全年受理法律援助案件612件。全市各级法律援助机构共办理案件4,208件。';
    expect(figure(text, 4208, CITY).scope).toBe('region');
  });
  it('near miss: a heading of a field leaves the paragraph the region’s', () => {
    const text = '(一)法律援助\n全年受理法律援助案件4,208件。';
    expect(figure(text, 4208, CITY).scope).toBe('region');
  });
  it('near miss: a heading of the whole leaves the paragraph the region’s', () => {
    const text =
      '(一)市法律援助中心\n全年受理法律援助案件612件。\n(二)全市汇总\n全年受理法律援助案件4,208件。';
    expect(figure(text, 4208, CITY).scope).toBe('region');
  });
});
