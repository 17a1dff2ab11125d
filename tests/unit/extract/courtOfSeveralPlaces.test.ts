// A court that hears the administrative suits of several places (集中管辖) counts all of them: no one region's total.
// Sentences written for this test.
import { figure, figures } from './helpers.ts';

const COUNTY = { year: 2022, region: '411722' };
const CITY = { year: 2022, region: '411700' };

const claimsRegion = (text: string, value: number, options = COUNTY): boolean =>
  figures(text, options).some((c) => c.value === value && c.scope === 'region' && c.metric !== null);

describe('a court of several places counts no one region’s suits', () => {
  it.each([
    '作为驻马店市行政案件集中管辖法院之一,该院2022年共受理一审行政案件617件,审结590件。',
    '该院自2019年起集中管辖4个县区的一审行政案件,2022年新收一审行政案件617件。',
    '全年县人民法院受理一审行政案件617件(含集中管辖的外县案件)。',
    '该院实行行政案件跨区域管辖,全年共受理一审行政案件617件;在该院开庭审理的案件中,行政机关负责人出庭应诉率为58.3%。',
  ])('%s', (text) => {
    expect(claimsRegion(text, 617)).toBe(false);
  });
  it('its hearings’ appearance rate, after a semicolon, is the court’s too', () => {
    const text =
      '该院实行行政案件跨区域管辖,全年共受理一审行政案件617件;在该院开庭审理的案件中,行政机关负责人出庭应诉率为58.3%。';
    expect(claimsRegion(text, 58.3)).toBe(false);
  });
  it('the region’s own suits named after the court’s count are the region’s', () => {
    const text =
      '该院作为集中管辖法院共受理一审行政案件617件,其中,以上蔡县行政机关为被告的案件92件;全县行政机关负责人出庭应诉88件,出庭率95.7%。';
    expect(figure(text, 88, COUNTY)).toMatchObject({
      metric: 'litigation.head_appearances',
      scope: 'region',
    });
    expect(figure(text, 95.7, COUNTY)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
    });
  });
  it('near miss: the courts of a city, no word of several places, count the city’s suits', () => {
    const text = '2022年,全市两级法院共受理一审行政案件1,468件,行政机关负责人出庭应诉率98.1%。';
    expect(figure(text, 1468, CITY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
  it('near miss: a court of several places named in the next sentence leaves this one alone', () => {
    const text =
      '2022年,全市行政机关负责人出庭应诉率为97.4%。驻马店铁路运输法院集中管辖部分行政案件,另行统计。';
    expect(figure(text, 97.4, CITY)).toMatchObject({ scope: 'region' });
  });
  it('near miss: where a count is heard, said after it, does not make it the court’s', () => {
    const text = '以驻马店市人民政府为被告的一审案件43件,由驻马店中院集中管辖。';
    expect(claimsRegion(text, 43, CITY)).toBe(false);
    expect(figure(text, 43, CITY).scope).not.toBe('court');
  });
});
