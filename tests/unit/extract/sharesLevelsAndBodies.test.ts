// A rate written as a share (纠错案件占审结数的8%, 82%的案件…案结事了), a rate after 已/已经, the short change 比增/同比降,
// the nation's average quoted as the nation's, the government's own departments (省直部门) as review bodies, mediation
// docked to legal aid (调援对接), one level of committees named in the clause before, trade committees (行专调委会),
// litigation legal aid (法律援助诉讼案件) and cases graded by quality. Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const Y = { year: 2023, region: '330100' };

describe('a share of the concluded cases that were corrected is the correction rate', () => {
  it.each([
    ['全市行政复议纠错案件占审结数的7.96%。', 7.96],
    ['全年审结行政复议案件1,200件,纠错案件占审结案件总数的12.5%。', 12.5],
    ['全年审结复议案件640件,其中撤销、变更等纠错案件占审结总数的9.8%。', 9.8],
    ['直接纠错的案件占办结案件的11%。', 11],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.correction_rate', 'region']);
  });

  it.each([
    ['纠错案件占受理总数的6%。', 6],
    ['维持的案件占审结总数的70%。', 70],
  ] as const)('a share of another base is not: %s', (text, value) => {
    expect(figure(text, value, Y).metric).not.toBe('review.correction_rate');
  });
});

describe('the share of cases settled, written before its cases, is the resolution rate', () => {
  it.each([
    ['全市82%的案件在行政复议程序中“案结事了”。', 82],
    ['全市有90.1%的行政复议案件实现“定分止争”。', 90.1],
    ['全区76%的行政复议申请在复议环节得到实质性化解。', 76],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.resolution_rate', 'region']);
  });

  it('a share of cases of one kind is not', () => {
    expect(figure('全市行政复议案件中,45%的案件涉及行政处罚。', 45, Y).metric).toBeNull();
  });
});

describe('a rate after 已 or 已经', () => {
  it.each([
    ['全区行政机关负责人出庭率已达到100%。', 100, 'litigation.head_appearance_rate'],
    ['全市行政机关负责人出庭应诉率已经达到98%。', 98, 'litigation.head_appearance_rate'],
    ['全县人民调解成功率已达99.2%。', 99.2, 'mediation.success_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('the short change words', () => {
  it.each([
    ['全市共办理法律援助案件1,503件,比增19.1%。', 19.1],
    ['全市调解纠纷3,000件,同比增8%。', 8],
    ['全市调解纠纷3,000件,同比降5%。', -5],
    ['全市新收行政复议案件900件,比降3.2%。', -3.2],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value, Y);
    expect([c.scope, c.value]).toEqual(['change', value]);
  });

  it('比 before a noun is no change', () => {
    expect(figure('全市调解纠纷3,000件,比例为12%。', 12, Y).scope).not.toBe('change');
  });
});

describe('the nation’s average is the nation’s figure', () => {
  it('quoted on a city’s page it claims nothing for the city', () => {
    const text = '行政机关全国平均败诉率为30%,而我市败诉率仅为8%。';
    expect(figure(text, 30, Y).metric).toBeNull();
    expect(claim(text, 8, Y)).toEqual(['litigation.loss_rate', 'region']);
  });

  it.each([
    '我市行政机关败诉率为8%,低于全国平均水平。',
    '我市行政机关败诉率为8%,比全国平均低22个百分点。',
    '我市服判息诉率超出全省平均值近30个百分点,行政机关败诉率为8%。',
    '我市败诉率低于全国平均败诉率,行政机关败诉率为8%。',
  ])('compared against, the city’s own stays: %s', (text) => {
    expect(claim(text, 8, Y)).toEqual(['litigation.loss_rate', 'region']);
  });
});

describe('the departments of the government’s own level count their own review cases', () => {
  it.each([
    ['省直部门共收到行政复议申请376件,受理250件。', 376, { year: 2023, region: '420000' }],
    ['市直各部门收到行政复议申请96件。', 96, Y],
  ] as const)('%s', (text, value, options) => {
    expect(claim(text, value, options)[1]).toBe('government_own');
  });

  it('the heads of the departments stay a part of the appearances, as before', () => {
    expect(claim('市直部门负责人出庭应诉率达到100%。', 100, Y)[0]).not.toBe(
      'litigation.head_appearance_rate',
    );
  });
});

describe('mediation docked to legal aid is a channel', () => {
  it.each([
    ['全区通过调援对接成功化解矛盾纠纷867宗。', 867],
    ['全县通过援调衔接调解纠纷120件。', 120],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });
});

describe('one level of committees named in the clause before', () => {
  it.each([
    ['今年社区(居委会)调解组织化解纠纷能力进一步提升,调解12,266宗。', 12266],
    ['村调委会作用充分发挥,调解成功3,400件。', 3400],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it.each([
    ['全市村(社区)调解委员会作用进一步发挥,共调解纠纷5,600件。', 5600, 'mediation.cases'],
    [
      '成立县乡镇(街道)、村(社区)三级调解委员会364个,受理矛盾纠纷8,710件,成功化解8,693件。',
      8693,
      'mediation.resolved',
    ],
  ] as const)('all levels, or the whole region, stay the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });

  it.each([
    ['全区行专调委会调解纠纷1,200件。', 1200],
    ['劳动争议等领域行专调委会累计调处8,833件矛盾纠纷。', 8833],
  ] as const)('trade committees (行专) are one kind: %s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });
});

describe('litigation legal aid and cases graded by quality are parts', () => {
  it.each([
    ['全省办理法律援助诉讼案件93,950件。', 93950],
    ['全市办理非诉讼法律援助案件1,200件。', 1200],
    ['区法律援助中心从已结案案件中抽取100宗法律援助案件进行质量评估,其中优秀案件14宗、良好案件20宗。', 14],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it('a sample drawn for a quality check is no count of the year’s cases', () => {
    const text = '区法律援助中心从已结案案件中抽取100宗法律援助案件进行质量评估。';
    expect(figure(text, 100, Y).metric).toBeNull();
  });

  it('all of the year’s cases stay the region’s', () => {
    expect(claim('全市共办理法律援助案件1,503件,其中诉讼案件1,100件。', 1503, Y)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});

describe('after the cases handled, a 受理 count is the accepted count', () => {
  it.each([
    ['全市各级行政复议机关共办理行政复议案件4,148件,受理3,246件,办结3,086件。', 3246],
    ['全年共办理行政复议案件860件。受理720件,审结690件。', 720],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.accepted', 'region']);
  });

  it('after the cases concluded too, as 受理 alone always is; 受理…申请 after them is the applications', () => {
    expect(claim('全年审结行政复议案件860件,受理720件。', 720, Y)[0]).toBe('review.accepted');
    expect(claim('全年审结行政复议案件860件,受理行政复议申请720件。', 720, Y)[0]).toBe('review.cases');
  });
});

describe('the fees legal aid waives are legal aid’s topic', () => {
  it.each([
    '全市为受援人免收法律服务费用348.7万元、挽回经济损失3,064.46万元。',
    '全县共为受援人免收法律服务费120万元,挽回经济损失3,064.46万元。',
  ])('%s', (text) => {
    expect(claim(text, 30644600, Y)).toEqual(['legal_aid.recovered', 'region']);
  });
});
