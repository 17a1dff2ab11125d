// The year before, written as a clause of its own after the year's figure: 上年同期为…, (上年…), (2022年为…),
// 而2022年仅为…. Bare 去年 is not read so (a page published early in the next year says 去年 of the year it reports).
// Sentences are written for these tests.
import { claim } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a clause of only the year before', () => {
  it.each([
    ['全市调解纠纷2.3万件,上年同期为2.1万件。', 21000, 'mediation.cases'],
    ['全市调解纠纷2.3万件,上年为2.1万件。', 21000, 'mediation.cases'],
    ['全市调解纠纷2.3万件,上年度为2.1万件,增长9.5%。', 21000, 'mediation.cases'],
    ['全市调解纠纷2.3万件,去年同期为2.1万件。', 21000, 'mediation.cases'],
    ['全市调解纠纷2.3万件,同比增加2,000件(上年2.1万件)。', 21000, 'mediation.cases'],
    ['全市调解纠纷2.3万件(2022年为2.1万件)。', 21000, 'mediation.cases'],
    ['全市收到行政复议申请1,200件,而2022年仅为800件。', 800, 'review.cases'],
    ['全市行政诉讼败诉率为5%,上年同期為7%。', 7, 'litigation.loss_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'prior_year']);
  });

  it.each([
    ['全市调解纠纷2.3万件,上年同期为2.1万件。', 23000, 'mediation.cases'],
    ['去年,全市共调解纠纷2.3万件。', 23000, 'mediation.cases'],
    ['全市调解纠纷2.3万件,去年调解纠纷2.1万件。', 23000, 'mediation.cases'],
  ] as const)('the year’s own figure stays the region’s: %s (%d)', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});
