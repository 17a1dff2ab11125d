// Scope: a headline metric with scope region claims the region's total for the year; parts, a body's
// own count, cumulative and court figures say what they are. Sentences are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { readPeriod } from '../../../src/extract/period.ts';
import { figure, claim as claimOf } from './helpers.ts';

const TOTAL =
  /^(mediation\.(cases|resolved|success_rate)|review\.(cases|correction_rate|resolution_rate)|litigation\.(cases|head_appearance_rate)|legal_aid\.(cases|recovered))$/;
const isTotal = (metric: string | null): boolean => metric !== null && TOTAL.test(metric);

const Y = { year: 2023 };

const claim = (text: string, value: number, options: ExtractOptions = Y) => claimOf(text, value, options);

describe('cumulative figures', () => {
  it.each([
    ['五年来,全市累计调解矛盾纠纷12.6万件,调解成功率98%。', 126000],
    ['三年来调解纠纷60189件。', 60189],
    ['近三年,全县人民调解组织共调解纠纷9,870件。', 9870],
    ['2019年以来,全市共办理法律援助案件2.3万件。', 23000],
    ['2019-2023年,全区共受理行政复议案件4,512件。', 4512],
    ['“十四五”以来,全省累计调解矛盾纠纷48万余件。', 480000],
    ['党的十八大以来,全市共办理法律援助案件8.8万件。', 88000],
    ['4年援助4000多件案件。', 4000],
    ['该中心三年共调解纠纷1,260件。', 1260],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value).scope).toBe('cumulative');
  });

  it('keeps a period stated earlier in the paragraph for the sentences after it', () => {
    const text =
      '2019年以来,全市共办理法律援助案件4714件。为受援人挽回经济损失8000余万元。\n全年调解纠纷1,200件。';
    expect(figure(text, 80000000).scope).toBe('cumulative');
    expect(figure(text, 1200).scope).toBe('region');
  });

  it('keeps a cumulative figure its metric, so a reader knows what it sums', () => {
    expect(claim('2020年以来,全县共调解矛盾纠纷1.2万件。', 12000)).toEqual(['mediation.cases', 'cumulative']);
  });

  it.each([
    ['今年以来,全市共调解矛盾纠纷8,712件。', 8712],
    ['全年累计受理法律援助案件834件。', 834],
    ['全区各级调解组织累计成功调处矛盾纠纷9505件。', 9505],
  ] as const)('a count since the start of the report year is the region’s: %s', (text, value) => {
    expect(figure(text, value).scope).toBe('region');
  });

  it('reads a vague "in recent years" as cumulative for counts, not for a rate stated once', () => {
    expect(figure('近年来,全县共调解纠纷1.5万件。', 15000).scope).toBe('cumulative');
    expect(claim('近年来,我区构建矛盾纠纷多元化解体系,调解成功率达99.04%。', 99.04)).toEqual([
      'mediation.success_rate',
      'region',
    ]);
  });

  it('reads "since 2016" as several years when the report year is unknown', () => {
    expect(readPeriod('2016年以来,市法律援助中心共办理', undefined)).toEqual({
      period: { kind: 'multi_year', from: 2016, phrase: '2016年以来' },
      cumulative: true,
    });
  });
});

describe('a body’s own count', () => {
  it.each([
    ['省政府新收行政复议申请188件。', 188, undefined],
    ['市政府作为复议机关收到行政复议申请412件。', 412, '330200'],
    ['宁波市法律援助中心共受理法律援助案件1,024件。', 1024, '330200'],
    ['自治区法律援助中心共组织办理法律援助案件355件。', 355, '450000'],
    ['市本级受理行政复议案件320件。', 320, undefined],
    ['区司法局代理区政府作为当事人的行政诉讼案件40宗。', 40, '460105'],
    // A name ending in 州 before 市政府 is no second level (市县级 would be).
    ['杭州市政府作为复议机关受理行政复议案件300件。', 300, '330100'],
    ['广州市人民政府全年收到行政复议申请520件。', 520, '440100'],
    ['郑州市法律援助中心受理法律援助案件800件。', 800, '410100'],
  ] as const)('%s', (text, value, region) => {
    const c = figure(text, value, region === undefined ? Y : { ...Y, region });
    expect(c.scope).toBe('government_own');
  });

  it.each([
    ['区政府共收到行政复议申请1113件。', 1113, '110112', 'review.cases'],
    ['县政府全年收到行政复议申请168件。', 168, '330324', 'review.cases'],
    ['襄垣县法律援助中心受理法律援助案件469件。', 469, '140423', 'legal_aid.cases'],
    ['全市各级法律援助机构共办理法律援助案件6956件。', 6956, '120000', 'legal_aid.cases'],
    ['市政府收到行政复议申请230件。', 230, '330382', 'review.cases'],
  ] as const)(
    'a county’s own review body or legal aid centre is the region’s: %s',
    (text, value, region, metric) => {
      expect(claim(text, value, { ...Y, region })).toEqual([metric, 'region']);
    },
  );
});

describe('parts: one kind of case, one level of committees, one campaign', () => {
  it.each([
    ['全年办理民事法律援助案件381宗。', 381],
    ['办理刑事法律援助案件1,209件。', 1209],
    ['化解婚姻家庭纠纷13414起。', 13414],
    ['调处邻里纠纷2,315件,成功2,300件。', 2315],
    ['全年办理涉企行政复议案件947件。', 947],
    ['以区政府为被申请人的复议案件共18件。', 18],
    ['新收二审行政案件361件。', 361],
    ['全市法院跨区域受理行政案件78件。', 78],
    ['在参与调解涉及疫情的2470件案件中,成功率98%。', 2470],
    ['疫情期间共排查涉疫矛盾纠纷568件,调解成功564件。', 564],
    ['村(社区)、街道调解组织化解矛盾纠纷2.9万余件。', 29000],
    ['2024年“法润三湘”行动累计办理法律援助案件856件。', 856],
    ['全县法律援助机构为脱贫对象挽回经济损失420万元。', 4200000],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value);
    expect(c.scope).toBe('sub_category');
    expect(isTotal(c.metric)).toBe(false);
  });

  it('reads later figures of the same metric in a sentence as parts of the first', () => {
    const text = '全市共调解案件11063件,其它调解委员会调解案件3418件,乡镇(街道)调委会调解案件2231件。';
    expect(claim(text, 11063)).toEqual(['mediation.cases', 'region']);
    expect(figure(text, 3418).scope).toBe('sub_category');
    expect(figure(text, 2231).scope).toBe('sub_category');
  });

  it.each([
    ['调解婚姻家庭、邻里、土地等各类矛盾纠纷5,000件。', 5000, 'mediation.cases'],
    ['持续开展多元调解专项行动,受理矛盾纠纷8,710件。', 8710, 'mediation.cases'],
    ['全年办理各类法律援助案件3,198件,其中民事案件2,100件。', 3198, 'legal_aid.cases'],
    ['全县218个村(社区)人民调解委员会共调解矛盾纠纷4,215件。', 4215, 'mediation.cases'],
    [
      '全年共办理法律援助案件1,268件,其中农民工讨薪案件302件,为受援人挽回经济损失2,360余万元。',
      23600000,
      'legal_aid.recovered',
    ],
  ] as const)('a total that gathers every kind stays the region’s: %s', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'region']);
  });
});

describe('the courts’ mediation', () => {
  it.each([
    ['全市法院诉前调解成功率70.88%。', 70.88],
    ['诉前调解成功案件3,402件。', 3402],
    ['人民法院委派调解成功纠纷1,205件。', 1205],
    // Cases taken on the court's behalf (接受委托, 接受法院委托) are the court's referrals too.
    ['驻庭调解员接受委托参与调处,化解纠纷2,100余起。', 2100],
    ['接受委托参与矛盾纠纷调处,妥善化解矛盾纠纷860起。', 860],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value);
    expect(c.scope).toBe('court');
    expect(isTotal(c.metric)).toBe(false);
  });
});

describe('other rates are not the headline rate', () => {
  it.each([
    ['矛盾纠纷基层一线化解率88.2%。', 88.2],
    ['矛盾纠纷就地化解率达95%。', 95],
    ['人民调解工作扎实推进,矛盾纠纷综合化解率达97%。', 97],
    ['行政复议综合纠错化解率为35.6%。', 35.6],
    ['今年上半年主要负责人出庭率达49.5%。', 49.5],
  ] as const)('%s', (text, value) => {
    expect(isTotal(figure(text, value).metric)).toBe(false);
  });
});

describe('figures that are not a count of the year’s cases', () => {
  it.each([
    ['区法律援助机构抽取评估案件383件。', 383],
    ['市司法局下达大观区2019年法律援助案件任务数为268件。', 268],
    ['接收流转调解案件631件。', 631],
    ['协助村(社区)处理矛盾纠纷400余件次。', 400],
    ['第一季度行政复议工作人员每个人平均办结8起案件。', 8],
    ['其中因超法定期限作出不予受理决定3件。', 3],
  ] as const)('%s', (text, value) => {
    const m = figure(text, value).metric;
    expect(
      m === null || !/^(mediation|review|litigation|legal_aid)\.(cases|concluded|resolved)$/.test(m),
    ).toBe(true);
  });
});

describe('another region’s total quoted on a page', () => {
  it.each([
    ['全省共调解矛盾纠纷19.2万件,我市调解纠纷1.1万件。', 192000, '370200'],
    ['全省行政机关负责人出庭应诉率为85.5%。', 85.5, '370285'],
    ['全国法律援助机构共办理法律援助案件150万件。', 1500000, '370200'],
  ] as const)('%s makes no claim for the city or county', (text, value, region) => {
    expect(figure(text, value, { ...Y, region }).metric).toBeNull();
  });

  it('keeps the province’s own page, and the city’s figure after it', () => {
    expect(claim('全省共调解矛盾纠纷19.2万件。', 192000, { ...Y, region: '370000' })).toEqual([
      'mediation.cases',
      'region',
    ]);
    expect(
      claim('全省共调解矛盾纠纷19.2万件,全市调解纠纷1.1万件。', 11000, { ...Y, region: '370200' }),
    ).toEqual(['mediation.cases', 'region']);
  });
});
