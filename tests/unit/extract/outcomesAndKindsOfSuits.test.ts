// Rules from the failures of sets 45–50 (each first scored unseen); each sentence written for this file, each expected
// claim by hand, with the near misses each rule must leave alone.
import { claim, figure } from './helpers.ts';

describe('cases that did not go on to court are no count of suits', () => {
  it.each([
    ['2024年,全省审结行政复议案件9,800件,经复议后,8,200件案件未再进入行政诉讼。', 8200],
    ['2024年,复议办结案件中有860件未再提起行政诉讼。', 860],
    ['2024年,经复议的案件中,1,230件不再进入诉讼程序。', 1230],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, { year: 2024 }).metric).not.toBe('litigation.cases');
  });

  it('near miss: the suits brought after review are counted', () => {
    expect(claim('2024年,全市行政机关被提起行政诉讼案件620件。', 620, { year: 2024 })).toEqual([
      'litigation.cases',
      'region',
    ]);
  });
});

describe('suits mediated jointly, or dismissed, are no count of the suits brought', () => {
  it.each([
    ['2024年,区法院与区司法局共联调行政诉讼案件86宗。', 86],
    ['2018年,法院裁定驳回原告起诉案件19件。', 19],
    [
      '2018年我院受理一审行政诉讼案件123件。按裁判结果划分,判决行政机关败诉案件26件,裁定驳回原告起诉案件19件。',
      19,
    ],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value, { year: 2024 });
    expect(c.metric === 'litigation.cases' && c.scope === 'region').toBe(false);
  });

  it.each([
    ['2018年我院受理一审行政诉讼案件123件。', 123],
    ['2024年,全市一审行政诉讼案件新收1,050件,调解撤诉率12%。', 1050],
  ] as const)('near miss: %s', (text, value) => {
    expect(claim(text, value, { year: text.startsWith('2018') ? 2018 : 2024 })).toEqual([
      'litigation.cases',
      'region',
    ]);
  });
});

describe('cases about livelihoods, private firms or review first (涉民生, 复议前置) are one kind', () => {
  it.each([
    ['2024年,全省法院审结工伤、社保、医疗等涉民生行政案件13,815件。', 13815],
    ['2024年,全市法院共受理涉民生一审行政案件2,745件。', 2745],
    ['2024年,办理行政复议前置案件978件。', 978],
    ['2024年,办理涉民营企业行政复议案件312件。', 312],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, { year: 2024 }).scope).toBe('sub_category');
  });

  it.each([
    ['2024年,全市法院共受理一审行政案件2,745件,涉及民生领域的占四成。', 2745, 'litigation.cases'],
    ['2024年,全县调解婚姻、邻里、医疗等各类纠纷1,380件。', 1380, 'mediation.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, { year: 2024 })).toEqual([metric, 'region']);
  });
});

describe('a report on information disclosure known by its set heading', () => {
  it('the heading of its fifth part opens the page', () => {
    const text =
      '申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况。\n一、总体情况\n2023年,答复后被行政复议9件,被提起行政诉讼1件。';
    expect(figure(text, 9).scope).toBe('sub_category');
  });

  it('near miss: a rule-of-law report that names disclosure among its work is not one', () => {
    const text = '2023年,全区推进政府信息公开,收到行政复议申请290件。';
    expect(claim(text, 290)).toEqual(['review.cases', 'region']);
  });
});

describe('suits withdrawn are an outcome, no count of suits brought', () => {
  it('…,18宗案件当事人撤回起诉', () => {
    const c = figure('2024年,区法院共联调行政诉讼案件112宗,18宗案件当事人撤回起诉。', 18, { year: 2024 });
    expect(c.metric).not.toBe('litigation.cases');
  });
});

describe('a rate’s streak of years and its 态势 stand between the rate and its figure', () => {
  it.each([
    [
      '2024年,全省行政机关负责人出庭应诉率连续三年呈增长态势,达99.71%。',
      99.71,
      'litigation.head_appearance_rate',
    ],
    ['2024年,全市行政机关负责人出庭应诉率连续两年上升,达到96.5%。', 96.5, 'litigation.head_appearance_rate'],
    ['2024年,全市行政诉讼败诉率呈下降趋势,降至4.2%。', 4.2, 'litigation.loss_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, { year: 2024 })).toEqual([metric, 'region']);
  });

  it('near miss: a clause with a subject of its own between is not the rate’s', () => {
    expect(
      figure('2024年,全市行政机关负责人出庭应诉率连续三年呈增长态势,群众满意度达99.71%。', 99.71, {
        year: 2024,
      }).metric,
    ).toBeNull();
  });
});

describe('a campaign named as the means of the year’s work frames it', () => {
  it.each([
    ['2023年,全省开展五大行动,以五大行动为有力抓手,全年共办理法律援助案件4.7万余件。', 47000],
    ['2023年,以“法援惠民生”专项行动为载体,全年共办理法律援助案件3,200件。', 3200],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value)).toEqual(['legal_aid.cases', 'region']);
  });

  it.each([
    ['2023年,“护薪”专项行动共办理法律援助案件120件。', 120],
    ['2023年,以专项行动为抓手,“护薪”专项行动期间共办理法律援助案件120件。', 120],
  ] as const)('near miss: the campaign that counts is still a part: %s', (text, value) => {
    expect(figure(text, value).scope).toBe('sub_category');
  });
});

describe('cases closed by mediation listed after corrections counted apart are the settled cases', () => {
  it.each([
    ['2021年,全市办结复议案件326件,直接纠错25件、调解结案177件。', 177],
    ['2021年,全市办结复议案件326件,其中纠错25件、调解和解结案177件。', 177],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, { year: 2021 })).toEqual(['review.settled', 'region']);
  });

  it('near miss: a count that takes in corrections is none', () => {
    expect(figure('2021年,以纠错、调解、和解等方式化解行政争议388件。', 388, { year: 2021 }).metric).toBeNull();
  });
});

describe('cases a court settles by coordination (协调化解…案件) are no people’s mediation', () => {
  it.each([
    [
      '全省法院依托“网格法官+调解员”联动机制,加快行政争议调处机制建设。2021年共协调化解案件3,904件,近四分之一的一审行政诉讼案件得以实质化解。',
      3904,
    ],
    ['2021年,全省法院共协调化解行政案件3,904件。', 3904],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, { year: 2021 }).metric).not.toBe('mediation.cases');
  });

  it.each([
    ['2021年,全县共协调化解矛盾纠纷1,200件。', 1200],
    ['2021年,全县人民调解组织共调解案件1,200件。', 1200],
  ] as const)('near miss: %s', (text, value) => {
    expect(claim(text, value, { year: 2021 })).toEqual(['mediation.cases', 'region']);
  });
});

describe('suits against the departments or the streets (以各工作部门、各街道为被告) are theirs, not every agency’s', () => {
  it.each([
    ['2024年,全区以各工作部门、各街道为被告的行政诉讼案件共86宗。', 86],
    ['2024年,全市以各区县政府为被告的行政诉讼案件共120件。', 120],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, { year: 2024 }).scope).toBe('sub_category');
  });

  it.each([
    ['2024年,全市以各级行政机关为被告的行政诉讼案件共1,086件。', 1086],
    ['2024年,全市以各行政机关为被告的一审行政诉讼案件共1,086件。', 1086],
  ] as const)('near miss: %s', (text, value) => {
    expect(claim(text, value, { year: 2024 })).toEqual(['litigation.cases', 'region']);
  });
});
