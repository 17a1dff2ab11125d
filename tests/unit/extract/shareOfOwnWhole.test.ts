// A count followed by its share of the page's own whole (…1,248件,占全市总量的72%) is a part of the region's total; its
// share of a higher region (a city's 占全省总量的12%) leaves it the region's own, and so does a share of another thing
// (占全市矛盾纠纷总量的85%). Sentences are written for these tests.
import { claim } from './helpers.ts';

const CITY = { year: 2023, region: '330100' };
const DISTRICT = { year: 2023, region: '330106' };
const PROVINCE = { year: 2023, region: '330000' };
const BEIJING = { year: 2023, region: '110000' };

describe('a share of the page’s own whole is a part', () => {
  it.each([
    ['各区县(市)共受理行政复议案件1,248件,占全市总量的72%。', 1248, CITY],
    ['区县两级共受理行政复议案件1,248件,占全市的72%。', 1248, CITY],
    ['各区县(市)共受理行政复议案件1,248件,占全市案件总数的72%。', 1248, CITY],
    ['设区市共受理行政复议案件9,480件,占全省总量的76%。', 9480, PROVINCE],
    ['各区共受理行政复议案件9,480件,约占全市总量的76%。', 9480, BEIJING],
    ['街道办理法律援助案件320件,占全区的40%。', 320, DISTRICT],
  ] as const)('%s', (text, value, options) => {
    expect(claim(text, value, options)[1]).toBe('sub_category');
  });
});

describe('near misses stay the region’s', () => {
  it.each([
    ['全市共受理行政复议案件1,248件,占全省总量的12%。', 1248, 'review.accepted', CITY],
    ['全区共受理行政复议案件248件,占全市的12%。', 248, 'review.accepted', DISTRICT],
    ['全省共受理行政复议案件12480件,占全国的3%。', 12480, 'review.accepted', PROVINCE],
    ['全市人民调解组织调解纠纷3.2万件,占全市矛盾纠纷总量的85%。', 32000, 'mediation.cases', CITY],
    ['全市共受理行政复议案件1,248件,同比增长12%。', 1248, 'review.accepted', CITY],
  ] as const)('%s', (text, value, metric, options) => {
    expect(claim(text, value, options)).toEqual([metric, 'region']);
  });

  it('without the page’s region no share is read as a part', () => {
    expect(claim('各区县共受理行政复议案件1,248件,占全市总量的72%。', 1248, { year: 2023 })[1]).toBe('region');
  });
});
