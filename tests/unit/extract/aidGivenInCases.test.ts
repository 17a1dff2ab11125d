// 提供法律援助3,000件: aid given, counted in cases, is the legal aid case count. Sentences are written for these tests.
import { claim, metricOf } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('aid given, counted in cases', () => {
  it.each([
    ['全年提供法律援助3,000件。', 3000],
    ['全市共为困难群众提供法律援助3,000件,挽回经济损失500万元。', 3000],
    ['全县依法给予法律援助860件。', 860],
    ['全市实施法律援助共计3,000件。', 3000],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['legal_aid.cases', 'region']);
  });
});

describe('near misses', () => {
  it.each([
    ['全市群众申请法律援助3,000件。', 3000, null],
    ['为农民工提供法律援助300件。', 300, 'legal_aid.migrant_worker_cases'],
    ['全年提供法律援助咨询2.1万人次。', 21000, null],
  ] as const)('%s', (text, value, metric) => {
    expect(metricOf(text, value, CITY)).toBe(metric);
  });
});
