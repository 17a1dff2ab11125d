// Headline metrics in the many ways reports phrase them. Sentences are written for these tests.
import { figure, metricOf } from './helpers.ts';

describe('mediation', () => {
  it.each([
    ['2023年全县共受理人民调解案件8,562件,调解成功8,431件,调成率98.47%。', 8562, 'mediation.cases'],
    ['2023年全县共受理人民调解案件8,562件,调解成功8,431件,调成率98.47%。', 8431, 'mediation.resolved'],
    ['2023年全县共受理人民调解案件8,562件,调解成功8,431件,调成率98.47%。', 98.47, 'mediation.success_rate'],
    ['全市各级人民调解组织共调解矛盾纠纷3.2万件,调解成功率达97.5%。', 32000, 'mediation.cases'],
    ['全市各级人民调解组织共调解矛盾纠纷3.2万件,调解成功率达97.5%。', 97.5, 'mediation.success_rate'],
    ['各级调委会受理纠纷3 215件,调处成功3 180件,成功率98.9%。', 3215, 'mediation.cases'],
    ['各级调委会受理纠纷3 215件,调处成功3 180件,成功率98.9%。', 3180, 'mediation.resolved'],
    ['各级调委会受理纠纷3 215件,调处成功3 180件,成功率98.9%。', 98.9, 'mediation.success_rate'],
    ['人民调解工作扎实推进,全年调处各类矛盾纠纷12,003宗,成功化解11,876宗。', 12003, 'mediation.cases'],
    ['人民调解工作扎实推进,全年调处各类矛盾纠纷12,003宗,成功化解11,876宗。', 11876, 'mediation.resolved'],
    ['深化“枫桥经验”,调解矛盾纠纷逾2万件,调解成功率保持在98%以上。', 20000, 'mediation.cases'],
    ['深化“枫桥经验”,调解矛盾纠纷逾2万件,调解成功率保持在98%以上。', 98, 'mediation.success_rate'],
    ['全年排查纠纷3.1万次,调解案件2.6万余件。', 26000, 'mediation.cases'],
    ['人民调解组织调解纠纷5,000件,达成调解协议4,900件。', 4900, 'mediation.resolved'],
    ['开展矛盾纠纷排查化解,调解成功率为96.8%。', 96.8, 'mediation.success_rate'],
    ['全市共排查调处矛盾纠纷1.2万件,调处成功1.18万件。', 12000, 'mediation.cases'],
    ['全市调解组织共排查受理矛盾纠纷1768件,调解成功1696件。', 1768, 'mediation.cases'],
    ['共排查并调解纠纷2.7万件。', 27000, 'mediation.cases'],
    ['全市通过人民调解化解纠纷24947件,成功化解24044件,成功率96.4%。', 24947, 'mediation.cases'],
    ['全市通过人民调解化解纠纷24947件,成功化解24044件,成功率96.4%。', 24044, 'mediation.resolved'],
    ['调解矛盾纠纷360起,化解357起。', 357, 'mediation.resolved'],
  ] as const)('%s [%d]', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });
});

describe('administrative review', () => {
  it.each([
    ['全市各级行政复议机关共收到行政复议申请3,456件,审结2,987件,综合纠错率为12.5%。', 3456, 'review.cases'],
    [
      '全市各级行政复议机关共收到行政复议申请3,456件,审结2,987件,综合纠错率为12.5%。',
      2987,
      'review.concluded',
    ],
    [
      '全市各级行政复议机关共收到行政复议申请3,456件,审结2,987件,综合纠错率为12.5%。',
      12.5,
      'review.correction_rate',
    ],
    ['全年新收行政复议案件1,820件,办结1,702件。', 1820, 'review.cases'],
    ['全年新收行政复议案件1,820件,办结1,702件。', 1702, 'review.concluded'],
    ['2023年,全区行政复议案件实质化解率89.13%。', 89.13, 'review.resolution_rate'],
    ['发挥行政复议主渠道作用,行政争议实质性化解率达85.2%,直接纠错率9.6%。', 85.2, 'review.resolution_rate'],
    ['发挥行政复议主渠道作用,行政争议实质性化解率达85.2%,直接纠错率9.6%。', 9.6, 'review.correction_rate'],
    ['我市依法受理2,056件行政复议案件。', 2056, 'review.accepted'],
    ['行政复议工作:受理案件312件,纠错率15.4%。', 312, 'review.accepted'],
  ] as const)('%s [%d]', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });

  it('does not call a review mediation count a mediation figure', () => {
    expect(metricOf('加强行政复议建设;成功调解和解案件681宗。', 681)).not.toMatch(/^mediation\./);
  });
});

describe('administrative litigation', () => {
  it.each([
    ['2023年全市行政诉讼行政机关负责人出庭应诉率达100%。', 100, 'litigation.head_appearance_rate'],
    ['各级行政机关负责人出庭应诉1,488宗,行政机关负责人出庭率75.46%。', 1488, 'litigation.head_appearances'],
    [
      '各级行政机关负责人出庭应诉1,488宗,行政机关负责人出庭率75.46%。',
      75.46,
      'litigation.head_appearance_rate',
    ],
    ['行政机关负责人出庭应诉案件623件,出庭应诉率99.2%。', 623, 'litigation.head_appearances'],
    ['行政诉讼案件败诉率为13.83%。', 13.83, 'litigation.loss_rate'],
    ['全市共发生行政应诉案件1,024件,败诉率6.1%。', 1024, 'litigation.cases'],
    ['全市共发生行政应诉案件1,024件,败诉率6.1%。', 6.1, 'litigation.loss_rate'],
    ['全市一审行政诉讼案件856件。', 856, 'litigation.cases'],
  ] as const)('%s [%d]', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });

  it('keeps cases against the government itself apart from all litigation', () => {
    expect(metricOf('承办以市政府为被告的行政诉讼案件1402宗。', 1402)).not.toBe('litigation.cases');
    expect(metricOf('行政诉讼败诉案件45件,败诉率4.4%。', 45)).not.toBe('litigation.cases');
  });
});

describe('legal aid', () => {
  it.each([
    ['全年共办理法律援助案件5,678件,为受援人挽回经济损失3,456.7万元。', 5678, 'legal_aid.cases'],
    ['全年共办理法律援助案件5,678件,为受援人挽回经济损失3,456.7万元。', 34567000, 'legal_aid.recovered'],
    ['法律援助机构共受理案件2,300余件,提供法律咨询1.5万人次。', 2300, 'legal_aid.cases'],
    ['全年受理法律援助案件10034宗,为当事人挽回经济损失逾1.1亿元。', 110000000, 'legal_aid.recovered'],
    ['组织办理法援案件3456件,追回经济损失1200万元。', 3456, 'legal_aid.cases'],
    ['法律援助受案量达2,345件,同比增长12%。', 2345, 'legal_aid.cases'],
    ['组织办理法援案件3456件,追回经济损失1200万元。', 12000000, 'legal_aid.recovered'],
  ] as const)('%s [%d]', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });

  it('does not count consultations or money recovered by lawyers outside legal aid', () => {
    expect(metricOf('法律援助机构共受理案件2,300余件,提供法律咨询1.5万人次。', 15000)).toBeNull();
    expect(metricOf('组织律师事务所提供法律服务2.8万件次,挽回经济损失11亿元。', 1100000000)).not.toBe(
      'legal_aid.recovered',
    );
  });
});

describe('unrelated figures keep metric null or a non-headline metric', () => {
  it.each([
    ['线上办理行政执法案件共4.32万件。', 43200],
    ['全市235家行政执法主体100%上线。', 100],
    ['办事群众满意率达100%。', 100],
    ['落实标识规范的司法所243个,占比93.8%。', 93.8],
    ['组织全体干部职工政治轮训16期。', 16],
  ] as const)('%s [%d]', (text, value) => {
    const m = metricOf(text, value);
    expect(m === null || !/^(mediation|review|litigation|legal_aid)\./.test(m)).toBe(true);
  });
});

it('does not count disputes only screened as disputes mediated', () => {
  expect(metricOf('全年排查矛盾纠纷1.5万件。', 15000)).not.toBe('mediation.cases');
});

describe('counting bases of administrative review', () => {
  it.each([
    ['全区新收行政复议案件88件,受理59件。', 88, 'review.cases', 'received'],
    ['全区新收行政复议案件88件,受理59件。', 59, 'review.accepted', 'accepted'],
    [
      '区政府共收到行政复议申请1113件,同比增长99.5%。受理1033件,审结1001件。',
      1033,
      'review.accepted',
      'accepted',
    ],
    [
      '区政府共收到行政复议申请1113件,同比增长99.5%。受理1033件,审结1001件。',
      1001,
      'review.concluded',
      'concluded',
    ],
    ['受理行政复议案件88件,审结64件。', 88, 'review.accepted', 'accepted'],
    ['全省共办理行政复议案件19212件。', 19212, 'review.cases', 'handled'],
    ['以调解、和解等方式结案170件。', 170, 'review.settled', 'mediated'],
    ['通过调解终止行政复议案件19件。', 19, 'review.settled', 'mediated'],
    ['以调解和解方式化解行政争议4500件。', 4500, 'review.settled', 'mediated'],
    ['全年办结行政复议案件2805宗。', 2805, 'review.concluded', 'concluded'],
    [
      '全区新收行政复议案件88件。全年结案(包括案前调解、不予受理及受理后审结)86件。',
      86,
      'review.concluded',
      'concluded',
    ],
  ] as const)('%s [%d]', (text, value, metric, basis) => {
    const c = figure(text, value);
    expect([c.metric, c.basis]).toEqual([metric, basis]);
  });

  it('carries the paragraph’s topic into a sentence without one', () => {
    const text =
      '一、行政复议工作\n2023年,区政府共收到行政复议申请1113件。受理1033件,其中,决定维持435件。直接纠错236件,纠错率24.2%,调解率17.4%,综合化解率达到42%。';
    expect(metricOf(text, 1033)).toBe('review.accepted');
    expect(metricOf(text, 42)).toBe('review.resolution_rate');
    expect(metricOf('人民调解工作稳步推进。\n受理1033件,调解成功1000件。', 1033)).toBeNull();
  });

  it('reads a 综合化解率 after review figures as the review resolution rate', () => {
    const text =
      '区政府共收到行政复议申请1113件。直接纠错236件,以调解、和解等方式结案170件,综合化解率达到42%。';
    expect(metricOf(text, 42)).toBe('review.resolution_rate');
  });
});
