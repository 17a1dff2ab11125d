// 均 before a rate's verb (…成功率均保持在98%以上): over the years of a span it is the span's rate; spread over units
// or listed years it is no one total. Sentences are written for these tests.
import { claim, metricOf } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('均 over the years of a span', () => {
  it.each([
    ['三年来,全市人民调解成功率均保持在98%以上。', 98, 'mediation.success_rate'],
    ['五年来,全市行政机关负责人出庭应诉率均保持100%。', 100, 'litigation.head_appearance_rate'],
    ['近三年,全市调解成功率均稳定在97%以上。', 97, 'mediation.success_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'cumulative']);
  });
});

describe('near misses: spread over units or listed years', () => {
  it.each([
    ['全市各县(市、区)调解成功率均达到98%以上。', 98],
    ['各乡镇人民调解成功率均保持在98%以上。', 98],
    ['2021年、2022年、2023年全市调解成功率均保持在98%以上。', 98],
  ] as const)('%s', (text, value) => {
    expect(metricOf(text, value, CITY)).toBeNull();
  });
});
