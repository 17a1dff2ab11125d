// 其中市本级1,300件: the government's own share named by its level alone counts what the total it breaks down
// counts. Sentences are written for these tests.
import { claim } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('the own level’s share of a total, named by the level alone', () => {
  it.each([
    ['全市各级法律援助机构办理法律援助案件5,600件,其中市本级1,300件。', 1300, 'legal_aid.cases'],
    ['全市共收到行政复议申请1,200件,其中市本级450件。', 450, 'review.cases'],
    ['全市行政机关共应诉行政诉讼案件800件,其中市本级120件。', 120, 'litigation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'government_own']);
  });
});

describe('near misses', () => {
  it('a kind of case under 其中 is no body’s count', () => {
    expect(claim('全市各级法律援助机构办理法律援助案件5,600件,其中民事案件3,000件。', 3000, CITY)).toEqual([
      null,
      'sub_category',
    ]);
  });

  it('the own level without a 其中 takes no metric from a figure before it', () => {
    expect(claim('全市办理法律援助案件5,600件,挽回损失300万元,市本级1,300件。', 1300, CITY)).toEqual([
      null,
      'government_own',
    ]);
  });
});
