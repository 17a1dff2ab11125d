// 均 before a rate's verb (…成功率均保持在98%以上): over the years of a span it is the span's rate; spread over units
// or listed years it is no one total. Sentences are written for these tests.
import { claim, figure, metricOf } from './helpers.ts';

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

describe('near misses: spread over listed years', () => {
  it.each([['2021年、2022年、2023年全市调解成功率均保持在98%以上。', 98]] as const)('%s', (text, value) => {
    expect(metricOf(text, value, CITY)).toBeNull();
  });
});

// Merged with the review phrasings: every unit's rate at least X makes the region's at least X (a lower bound).
describe('spread over every unit of the region: the region’s rate, a lower bound with 以上', () => {
  it.each([
    ['全市各县(市、区)调解成功率均达到98%以上。', 98],
    ['各乡镇人民调解成功率均保持在98%以上。', 98],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value, CITY);
    expect([c.metric, c.scope, c.qualifier]).toEqual(['mediation.success_rate', 'region', 'lower_bound']);
  });
});
