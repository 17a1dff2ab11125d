// Counts that are not the region's total for the year though their words name a headline metric: a named class
// of cases (行政处罚类), some fields (物业、金融等领域), a cause (因征地引发的), an aside in brackets after a
// class's figure, one channel (在线调解平台, 说事点, 工作室), a breakdown by respondent, cases heard or carried over
// (审理, 结转), and a figure capped from above (不足, 不到, 不超过). Each with the near misses that stay the
// region's. Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const Y = { year: 2023, region: '330100' };
const NOT_A_CLAIM = (text: string, value: number): void => {
  const [metric, scope] = claim(text, value, Y);
  expect(metric !== null && scope === 'region').toBe(false);
};

describe('a named class of cases is a part', () => {
  it.each([
    ['全市审结政府信息公开类行政复议案件320件。', 320],
    ['全年新收行政处罚类行政复议申请860件。', 860],
    ['全区受理行政协议类复议案件共计45件。', 45],
    ['全县法律援助机构办理刑事类法律援助案件210件。', 210],
    ['全市调解婚姻家庭类纠纷1,200件。', 1200],
    ['全市因征地拆迁引发的行政复议案件共112件。', 112],
    ['全年因物业服务产生的矛盾纠纷调解成功680件。', 680],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it.each([
    ['全市受理各类行政复议案件2,100件。', 2100, 'review.accepted'],
    ['全市各类调解组织共调解纠纷3.2万件。', 32000, 'mediation.cases'],
    ['全年共受理此类以外的行政复议案件和其他案件在内共1,050件。', 1050, 'review.accepted'],
    ['全市共受理两类以上事项的行政复议申请1,300件。', 1300, 'review.cases'],
  ] as const)('all classes stay the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('some fields or a counted set of classes is a part; examples of every kind are not', () => {
  it.each([
    ['全市化解物业、金融和劳资等领域矛盾纠纷5,800件。', 5800],
    ['全年调处重点领域矛盾纠纷2,400件。', 2400],
    ['全区化解家事、物业、劳资等三类纠纷3,600件。', 3600],
    ['全县调解征地、拆迁等两种纠纷410件。', 410],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it.each([
    ['全市各级调解组织化解婚姻家庭、邻里、损害赔偿等矛盾纠纷3.2万件。', 32000, 'mediation.cases'],
    ['全年调解各领域矛盾纠纷1.8万件。', 18000, 'mediation.cases'],
    ['全县共调解邻里、婚姻家庭、土地等各类纠纷4,200件。', 4200, 'mediation.cases'],
  ] as const)('%s stays the region’s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('an aside in brackets counts what its clause counts', () => {
  it.each([
    ['交通处罚类行政复议案件数量增幅超2倍(新收758件)。', 758],
    ['涉企行政复议案件同比增长35%(新收214件)。', 214],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it('an aside after a total stays the total’s', () => {
    expect(claim('全市新收行政复议案件同比增长12%(新收2,100件)。', 2100, Y)).toEqual([
      'review.cases',
      'region',
    ]);
  });
});

describe('one channel is a part', () => {
  it.each([
    ['全市在线矛盾纠纷化解平台受理调解申请10.5万件,调解成功7.8万件。', 78000],
    ['全区网上调解平台共调解纠纷960件。', 960],
    ['全市“百姓说事点”共化解矛盾纠纷7,500件。', 7500],
    ['全县12348热线共受理法律援助申请380件。', 380],
    ['该镇“老娘舅”调解室全年调解纠纷230件。', 230],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).not.toBe('region');
  });

  it.each([
    ['今年以来,全市通过三级网络平台办理法律援助案件870件。', 870, 'legal_aid.cases'],
    ['全市依托市县乡三级调解平台调解纠纷3,600件。', 3600, 'mediation.cases'],
  ] as const)('a network of every level stays the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('a breakdown by respondent is no count of the year’s cases', () => {
  it.each([
    ['全市共收到行政复议申请1,860件;以区县政府为被申请人的782件,占42%。', 782],
    ['全市共收到行政复议申请1,860件,被申请人为市政府部门的案件421件。', 421],
  ] as const)('%s', (text, value) => NOT_A_CLAIM(text, value));
});

describe('cases heard or carried over are no count of the year’s applications', () => {
  it.each([
    ['全市行政复议机关共审理行政复议案件860件,审结802件。', 860],
    ['全年审理的行政复议案件1,120件中,已审结1,010件。', 1120],
    ['上年结转行政复议案件110件。', 110],
  ] as const)('%s', (text, value) => NOT_A_CLAIM(text, value));

  it.each([
    ['全市依法受理并审理行政复议案件860件。', 860],
    ['全年共受理和审理行政复议案件640件。', 640],
  ] as const)('received and heard together stays the intake: %s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.accepted', 'region']);
  });

  it('the concluded count beside them keeps its metric', () => {
    expect(claim('全市行政复议机关共审理行政复议案件860件,审结802件。', 802, Y)).toEqual([
      'review.concluded',
      'region',
    ]);
  });
});

describe('a figure capped from above claims no metric', () => {
  it.each([
    ['全市法律援助案件不到3,000件。', 3000],
    ['全年行政复议案件不足200件。', 200],
    ['全县行政诉讼案件不超过50件。', 50],
    ['全市行政复议纠错率未超过5%。', 5],
    ['全区行政诉讼案件没有超过40件。', 40],
    ['全市行政机关败诉率不高于8%。', 8],
    ['全市行政机关败诉率低于5%。', 5],
    ['全市行政复议纠错率控制在10%以下。', 10],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });

  it.each([
    ['全市法律援助案件超过3,000件。', 3000, 'legal_aid.cases', 'lower_bound'],
    // (不低于90% is what a plan asks for: plansAndComparisons.test.ts.)
    ['行政机关负责人出庭应诉率逾90%。', 90, 'litigation.head_appearance_rate', 'lower_bound'],
    ['全年行政复议案件近200件。', 200, 'review.cases', 'approx'],
  ] as const)('a floor or a hedge still claims: %s', (text, value, metric, qualifier) => {
    const c = figure(text, value, Y);
    expect([c.metric, c.qualifier]).toEqual([metric, qualifier]);
  });
});
