// Words that say a figure is not the region's total for the year: a campaign as the sentence's subject,
// a pronoun for an office, a clause of time around one episode, a span from the report's own year on.
// Sentences are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figure, claim as claimOf } from './helpers.ts';

const Y = { year: 2024 };
const HEADLINE =
  /^(mediation\.(cases|resolved|success_rate)|review\.(cases|accepted|concluded)|litigation\.cases|legal_aid\.(cases|recovered))$/;
const isHeadline = (m: string | null): boolean => m !== null && HEADLINE.test(m);

const claim = (text: string, value: number, options: ExtractOptions = Y) => claimOf(text, value, options);

describe('a campaign that is the sentence’s subject', () => {
  it.each([
    [
      '2024年“法润三湘”行动累计办理法律援助案件856件,提供法律咨询9419人次,为困难群众挽回经济损失1857.7万元。',
      18577000,
    ],
    ['“护薪”专项行动共办理农民工法律援助案件120件,为农民工追回欠薪560万元。', 5600000],
    ['“春风行动”期间共调解矛盾纠纷320件,调解成功315件。', 315],
    ['“法援惠民生”专项活动开展以来受理法律援助案件210件,挽回损失300万元。', 3000000],
    // What is done during it, whatever the verb that opens the clause (走访…, then the counts).
    ['专项行动中共走访重点家庭9万余户,排查纠纷860件、化解842件,化解率97.9%。', 842],
    ['专项行动中共走访重点家庭9万余户,排查纠纷860件、化解842件,化解率97.9%。', 97.9],
    ['“护薪”专项整治期间,各地开展普法宣传120场,办理法律援助案件95件。', 95],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value, Y);
    expect(c.scope).toBe('sub_category');
    expect(isHeadline(c.metric)).toBe(false);
  });

  it.each([
    [
      '持续开展“法援惠民生”专项行动,全年办理法律援助案件1,268件,挽回经济损失2,360万元。',
      23600000,
      'legal_aid.recovered',
    ],
    ['开展矛盾纠纷排查化解专项行动,受理矛盾纠纷8,710件。', 8710, 'mediation.cases'],
    ['“护薪”行动为农民工讨薪,全市共办理法律援助案件3,000件。', 3000, 'legal_aid.cases'],
    // A centre named 行动中心 is no time during a campaign.
    ['市矛盾纠纷调处化解行动中心统筹,全市共调解矛盾纠纷4,200件。', 4200, 'mediation.cases'],
  ] as const)('a campaign as the frame of the year’s work is not: %s', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'region']);
  });
});

describe('a pronoun for an office', () => {
  it.each([
    ['市司法局行政复议与应诉科只有4名工作人员。2024年,他们共受理行政复议案件54件,办结24件。', 54],
    ['市司法局行政复议与应诉科只有4名工作人员。2024年,他们共受理行政复议案件54件,办结24件。', 24],
    ['市法律援助中心成立于2004年。2024年该中心共办理法律援助案件1,120件。', 1120],
    ['2024年,我局共办理行政应诉案件38件。', 38],
    ['该科全年审结行政复议案件210件。', 210],
  ] as const)('%s is the government’s own at a city', (text, value) => {
    expect(figure(text, value, { ...Y, region: '540100' }).scope).toBe('government_own');
  });

  it('a pronoun for a mediation office is a part', () => {
    const text = '区交通事故纠纷调解室设在交警大队。2024年该室共调解纠纷1,560件。';
    expect(figure(text, 1560, Y).scope).toBe('sub_category');
  });

  it.each([
    ['市公共法律服务中心正式启用。中心全年共办理法律援助案件1,234件。', 1234],
    ['今年第一季度,中心现场服务窗口已提供各类咨询6000余人次,办理法律援助案件750件。', 750],
  ] as const)('a bare 中心 opening a clause is the centre the page is about: %s', (text, value) => {
    expect(figure(text, value, { ...Y, region: '540100' }).scope).toBe('government_own');
  });

  it('a bare 中心 opening a clause of mediation is a part', () => {
    expect(figure('2024年,中心共调解各类纠纷456件。', 456, Y).scope).toBe('sub_category');
  });

  it.each([
    ['全市人民调解组织共调解纠纷4,560件,中心工作扎实推进。', 4560, 'mediation.cases'],
    ['全市法律援助机构围绕中心工作,共办理法律援助案件2,340件。', 2340, 'legal_aid.cases'],
  ] as const)('中心 inside a clause is no body: %s', (text, value, metric) => {
    expect(claim(text, value, { ...Y, region: '540100' })).toEqual([metric, 'region']);
  });

  it.each([
    ['今年以来,该区办理法律援助案件87件。', 87, 'legal_aid.cases'],
    ['2024年,该市共受理行政复议案件1,320件。', 1320, 'review.accepted'],
    ['2024年,全区共调解矛盾纠纷6,540件。', 6540, 'mediation.cases'],
  ] as const)('该区/该市 is the region: %s', (text, value, metric) => {
    expect(claim(text, value, { ...Y, region: '130110' })).toEqual([metric, 'region']);
  });
});

describe('a clause of time around one episode', () => {
  it.each([
    ['2024年,自治区司法厅办结2件行政复议案件时,发现相关部门存在审核不严等问题。', 2],
    ['在办理3起法律援助案件过程中,发现农民工欠薪问题突出。', 3],
    ['调解员在调解5起邻里纠纷时,注重释法说理。', 5],
  ] as const)('%s', (text, value) => {
    expect(isHeadline(figure(text, value, Y).metric)).toBe(false);
  });

  it('a total followed by 同时 is still a total', () => {
    expect(claim('全市共办结行政复议案件420件,同时加强监督。', 420)).toEqual(['review.concluded', 'region']);
  });
});

describe('since the report’s own year', () => {
  it.each([
    ['2024年以来,全市共调解纠纷7.4万件。', 74000],
    ['2024年以来,全区调解矛盾纠纷15,664件,调解成功率98.9%。', 98.9],
    ['自2024年以来,全县累计办理法律援助案件2,000件。', 2000],
  ] as const)('%s is a sum from that year on, not the year’s total', (text, value) => {
    const c = figure(text, value, Y);
    expect(c.scope).toBe('cumulative');
    expect(c.period).toMatchObject({ kind: 'multi_year', from: 2024 });
  });

  it.each([
    ['今年以来,全市共调解纠纷7,400件。', 7400],
    ['2024年,全市共调解纠纷7,400件。', 7400],
    ['2024年1-11月,全市共调解纠纷7,400件。', 7400],
  ] as const)('the report year itself stays the region’s: %s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('region');
  });
});
