// A government's own share under 其中 is its own count; the figure of some of the region's units (有18个
// 市州…) is not the region's. Sentences are written for these tests.
import { figure } from './helpers.ts';

const PROVINCE = { year: 2023, region: '510000' };
const CITY = { year: 2023, region: '360700' };

describe('a government’s own share of a total', () => {
  it.each([
    [
      '全省共收到行政复议申请5.2万件。其中,省政府本级收到行政复议申请1,260件。',
      1260,
      PROVINCE,
      'review.cases',
    ],
    ['全市收到行政复议申请3,100件,其中市本级收到行政复议申请893件。', 893, CITY, 'review.cases'],
    ['全市办理法律援助案件6,000件,其中市本级办理法律援助案件1,100件。', 1100, CITY, 'legal_aid.cases'],
  ] as const)('%s', (text, value, options, metric) => {
    expect(figure(text, value, options)).toMatchObject({ metric, scope: 'government_own' });
  });

  it('a kind of case under 其中 stays a part', () => {
    const text = '全市收到行政复议申请3,100件,其中涉企行政复议申请410件。';
    expect(figure(text, 410, CITY).scope).toBe('sub_category');
  });
});

describe('some of the region’s units', () => {
  it.each([
    ['省内21个市州中,有18个市州的出庭应诉率达到100%。', 100, PROVINCE],
    ['全市有5个县区的调解成功率达到99%以上。', 99, CITY],
    ['其中3个乡镇共调解纠纷420件。', 420, CITY],
  ] as const)('%s', (text, value, options) => {
    expect(figure(text, value, options).scope).toBe('sub_category');
  });

  it.each([
    ['全县218个村(社区)人民调解委员会共调解矛盾纠纷4,215件。', 4215, 'mediation.cases'],
    ['全市11个县(市、区)全部建立调解中心,全年调解纠纷2.3万件。', 23000, 'mediation.cases'],
  ] as const)('all of them stay the region’s: %s', (text, value, metric) => {
    expect(figure(text, value, CITY)).toMatchObject({ metric, scope: 'region' });
  });
});

// scope.ts SOME_UNITS (等N个州市, 两地) and RANKED_ONE: units named by a list and a count, and the top of a ranking.
describe('some units named, and the one ranked first', () => {
  it.each([
    ['红河、玉溪两地行政机关负责人出庭应诉率已达100%。', 100, 'litigation.head_appearance_rate'],
    ['昆明、曲靖等5个州市行政机关负责人出庭应诉率已达100%。', 100, 'litigation.head_appearance_rate'],
    ['成都、绵阳三地调解成功率均达99%。', 99, 'mediation.success_rate'],
    ['行政机关败诉率持续上升。败诉率最高的是乡镇政府,败诉率为31.2%。', 31.2, 'litigation.loss_rate'],
    ['调解成功率最低的是物业纠纷,为92%。', 92, null],
  ] as const)('%s', (text, value, metric) => {
    const c = figure(text, value, PROVINCE);
    expect([c.metric, c.scope]).toEqual([metric, 'sub_category']);
  });

  it.each([
    ['全省行政机关负责人出庭应诉率已达100%,居全国前列。', 100, 'litigation.head_appearance_rate'],
    ['全省调解成功率为99%,为近五年最高。', 99, 'mediation.success_rate'],
  ] as const)('near miss, the region’s: %s', (text, value, metric) => {
    const c = figure(text, value, PROVINCE);
    expect([c.metric, c.scope]).toEqual([metric, 'region']);
  });
});

// RANKED_ONE: the kinds that grew fastest (增长较快的主要有…) are parts too.
describe('the kinds that grew fastest', () => {
  it('增长较快的主要有…案件(2885件…)', () => {
    const c = figure(
      '其他增长较快的主要有涉农村集体经济组织成员资格行政确认案件(2885件,同比增长50.7%)。',
      2885,
      PROVINCE,
    );
    expect(c.scope).toBe('sub_category');
  });
});
