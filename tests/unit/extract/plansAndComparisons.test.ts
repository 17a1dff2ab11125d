// A plan's figures are targets, a floor (不少于, 不低于) is asked for, a comparison point may stand in a bracket, and the
// cases an action was taken on are no count of the year's. Sentences and pages written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2024, region: '320500' };

describe('a page or a section that plans', () => {
  const plan = (title: string, body: string): string => `${title}\n${body}\n`;
  it.each([
    ['苏州市司法局2024年工作要点', '全市人民调解组织调解成功率稳定在98%以上。', 98],
    ['关于印发《苏州市2024年法治政府建设工作要点》的通知', '行政机关负责人出庭应诉率保持100%。', 100],
    ['苏州市2024年公共法律服务工作计划', '全年办理法律援助案件2.2万件。', 22000],
    ['苏州市行政复议规范化建设实施方案', '行政复议案件调解和解率达到30%。', 30],
  ] as const)('under the title %s, the year’s figure is a target', (title, body, value) => {
    expect(figure(plan(title, body), value, Y).metric).toBeNull();
  });

  it('in a plan, an earlier year stays that year’s and bare 去年 is the year before', () => {
    const text = plan(
      '苏州市司法局2024年工作要点',
      '2023年全市人民调解组织调解纠纷12.6万件,在此基础上提升质效。去年全市行政复议机关新收案件3,215件,今年推动案件数量与应诉案件之比达到1.5:1。',
    );
    expect(figure(text, 126000, Y)).toMatchObject({
      metric: 'mediation.cases',
      scope: 'prior_year',
      year: 2023,
    });
    expect(figure(text, 3215, Y)).toMatchObject({ metric: 'review.cases', scope: 'prior_year', year: 2023 });
  });

  it.each([
    ['二、下一步工作', '全市人民调解成功率稳定在98%以上。'],
    ['五、2025年工作打算', '全市人民调解成功率稳定在98%以上。'],
    ['下一步工作思路', '全市人民调解成功率稳定在98%以上。'],
  ] as const)('a section under %s plans', (heading, body) => {
    const text = `苏州市司法局2024年工作总结\n一、工作成效\n全市人民调解组织调解纠纷12.6万件,调解成功率98.3%。\n${heading}\n${body}\n`;
    expect(figure(text, 98, Y).metric).toBeNull();
    expect(figure(text, 98.3, Y)).toMatchObject({ metric: 'mediation.success_rate', scope: 'region' });
  });

  it('a numbered plan section ends at the next heading of its kind', () => {
    const text =
      '苏州市司法局工作情况\n一、下一步工作安排\n全年办理法律援助案件2.2万件。\n二、法律援助工作开展情况\n全年办理法律援助案件2.06万件。\n';
    expect(figure(text, 22000, Y).metric).toBeNull();
    expect(figure(text, 20600, Y)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });

  it('the answer to a question about the plans ahead plans, to the next question', () => {
    const text =
      '专访市司法局局长\n记者:下一步有哪些打算?\n局长:人民调解成功率保持在98%以上。\n记者:过去一年成效如何?\n局长:全市人民调解组织调解纠纷12.6万件,调解成功率98.4%。\n';
    expect(figure(text, 98, Y).metric).toBeNull();
    expect(figure(text, 98.4, Y)).toMatchObject({ metric: 'mediation.success_rate', scope: 'region' });
  });

  it.each([
    ['苏州市司法局2024年工作总结和2025年工作计划', '2024年全市人民调解组织调解纠纷12.6万件。', 126000],
    ['苏州市2024年法治政府建设情况报告', '全市人民调解组织调解纠纷12.6万件。', 126000],
  ] as const)('near miss: %s reports what was done', (title, body, value) => {
    expect(figure(plan(title, body), value, Y)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });

  it('near miss: a heading of what was done and what is planned is no plan’s', () => {
    const text = '苏州市司法局\n三、2024年工作完成情况和2025年工作计划\n全市人民调解组织调解纠纷12.6万件。\n';
    expect(figure(text, 126000, Y)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
});

describe('a sentence that opens with this year or a year and a target', () => {
  it.each([
    ['今年,要力争行政复议调解和解率达到25%以上,人民调解成功率保持在97%以上。', 97],
    ['2024年,确保全市行政机关负责人出庭应诉率达到95%以上,败诉率控制在6%以内。', 95],
    ['今年,我们将力争法律援助案件突破2.3万件。', 23000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });
  it.each([
    ['今年以来,全市人民调解成功率保持在97%以上。', 97, 'mediation.success_rate'],
    ['2024年,确保了全市行政机关负责人出庭应诉率达到100%。', 100, 'litigation.head_appearance_rate'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});

describe('a floor is asked for', () => {
  it.each([
    ['全年办理法律援助案件不少于2万件。', 20000],
    ['全市人民调解成功率不低于96%。', 96],
    ['全年受理行政复议申请不少于1,500件,办结率100%。', 1500],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });
  it('near miss: 以上 after the figure reports what was done', () => {
    expect(figure('全年人民调解成功率保持在96%以上。', 96, Y).metric).toBe('mediation.success_rate');
  });
});

describe('the comparison point in a bracket', () => {
  it.each([
    ['全年办理法律援助案件1,320件,较上年(1,105件)增长19.5%。', 1105, 2023, 'legal_aid.cases'],
    ['全市人民调解组织调解纠纷数量与上年(1.86万件)基本持平。', 18600, 2023, 'mediation.cases'],
    ['法律援助案件受理量较2022年(9,120件)有所增长。', 9120, 2022, 'legal_aid.cases'],
    [
      '全市行政机关负责人出庭应诉率达到98.1%,较上年（83.5%）明显提升。',
      83.5,
      2023,
      'litigation.head_appearance_rate',
    ],
  ] as const)('%s', (text, value, year, metric) => {
    expect(figure(text, value, Y)).toMatchObject({ metric, scope: 'prior_year', year });
  });
  it('near miss: a bracket that gives a part stays a part', () => {
    expect(figure('全年办理法律援助案件1,320件(其中刑事案件405件)。', 405, Y).scope).not.toBe('prior_year');
  });
});

describe('the cases an action was taken on', () => {
  it.each([
    ['2024年对结案的1,402件法律援助案件逐一电话回访。', 1402],
    ['中心对已办结的56件法律援助案件开展质量评查。', 56],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });
  it('near miss: the cases decided are the verb after’s', () => {
    expect(figure('依法对受理的386件行政复议案件作出复议决定。', 386, Y).metric).toBe('review.concluded');
  });
});

describe('the year a plan plans', () => {
  const Y23 = { year: 2023, region: '320500' };
  it('a plan for the year after the report’s quotes the report’s results: they stay the region’s', () => {
    const text =
      '苏州市2024年司法行政工作要点\n2023年,全市人民调解组织调解纠纷12.6万件;全市法律援助机构办理法律援助案件2.06万件。\n一、深化人民调解。全年调解成功率稳定在98%以上。\n';
    expect(figure(text, 126000, Y23)).toMatchObject({
      metric: 'mediation.cases',
      scope: 'region',
      year: 2023,
    });
    // (the year opens the sentence: the part after its semicolon is dated too)
    expect(figure(text, 20600, Y23)).toMatchObject({
      metric: 'legal_aid.cases',
      scope: 'region',
      year: 2023,
    });
    expect(figure(text, 98, Y23).metric).toBeNull();
  });

  it('an answer about the year ahead says 去年 of the report’s own year', () => {
    const text =
      '市司法局举行新闻发布会\n记者:今年在化解矛盾纠纷方面有哪些打算?\n答:力争全年调解纠纷30万件以上。去年全市人民调解组织共调解纠纷27.4万件,为此打下了基础。\n';
    expect(figure(text, 274000, Y23)).toMatchObject({
      metric: 'mediation.cases',
      scope: 'region',
      year: 2023,
    });
    expect(figure(text, 300000, Y23).metric).toBeNull();
  });

  it.each([
    ['记者:展望2024年,有什么新目标?\n局长:法律援助案件办理量突破3,500件。\n', 3500],
    ['二、下步工作\n2024年,市司法局将以提质增效为主线:一是全市人民调解成功率保持在98%以上。\n', 98],
    [
      '今年经济社会发展的主要预期目标是:地区生产总值增长6%左右……\n(八)建设法治苏州。行政机关负责人出庭应诉率保持100%。\n',
      100,
    ],
  ] as const)('a figure of the year planned is a target: %s', (body, value) => {
    expect(figure(`苏州市司法局\n${body}`, value, Y23).metric).toBeNull();
  });

  it('near miss: a comparison names no year of the plan’s base', () => {
    const text =
      '苏州市2023年司法行政工作要点\n全市调解纠纷数量与上年(12.6万件)基本持平,调解成功率保持在98%以上。\n';
    expect(figure(text, 98, Y23).metric).toBeNull();
  });

  it('near miss: a title of the year done and the year planned is no plan’s page', () => {
    const text =
      '苏州市司法局局长谈2023年工作和2024年打算\n问:2023年有哪些成绩?\n答:去年全市387个调委会全年调处纠纷3,945件。\n';
    expect(figure(text, 3945, Y23)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
});

describe('a sentence that opens with the time ahead', () => {
  it.each([
    [
      '下半年,我们将重点抓好三方面工作:一是力争全年调解矛盾纠纷35万件以上;二是确保复议实质性化解率达到65%,行政机关负责人出庭应诉率保持100%;三是推进快速通道建设,全年办理法律援助案件5万件左右。',
      100,
    ],
    [
      '下半年,我们将重点抓好三方面工作:一是力争全年调解矛盾纠纷35万件以上;二是确保复议实质性化解率达到65%,行政机关负责人出庭应诉率保持100%;三是推进快速通道建设,全年办理法律援助案件5万件左右。',
      50000,
    ],
    ['下一步,市司法局要推动全市人民调解成功率稳定在98%以上。', 98],
    ['下一年度拟将办案数量指标调整为≥900件。', 900],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });
  it('near miss: 下半年 reporting the second half', () => {
    expect(figure('下半年,全市人民调解组织调解纠纷6.2万件。', 62000, Y)).toMatchObject({
      metric: 'mediation.cases',
    });
  });
});

describe('a table of targets and results', () => {
  const table =
    '苏州市2024年度法治政府建设主要指标完成情况表\n序号\t指标名称\t目标值\t完成值\t完成情况\n1\t行政机关负责人出庭应诉率（%）\t≥90\t96.4\t完成\n2\t法律援助案件（件）\t3000\t2,846\t未完成\n';
  it('the results are read, the targets, ordinals and statuses left out', () => {
    expect(figure(table, 96.4, Y)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
    });
    expect(figure(table, 2846, Y)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });
  it('evidence stays verbatim, from the label through the value', () => {
    expect(figure(table, 2846, Y).evidence).toBe('法律援助案件（件）\t3000\t2,846');
  });
});

describe('more ways of saying what is to be done', () => {
  it.each([
    ['全市法律援助案件年办理量要达到6,500件。', 6500],
    [
      '今年我们要对标先进,重点抓好三件事:一是人民调解成功率稳定在98%以上;二是行政机关负责人出庭应诉率实现100%。',
      100,
    ],
    ['下一阶段,我们要推动全市人民调解成功率稳定在98%以上。', 98],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });
  it.each([
    ['今年我们共调解纠纷1.2万件。', 12000, 'mediation.cases'],
    ['主要做法是:全年办理法律援助案件1.8万件。', 18000, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});

describe('cases settled in a review', () => {
  it.each([
    ['在复议受理前通过调解化解行政争议476件。', 476],
    ['通过调解、和解及行政机关自行纠正等方式化解行政争议251件。', 251],
  ] as const)('not settled in a review: %s', (text, value) => {
    expect(figure(text, value, Y).metric).not.toBe('review.settled');
  });
  it('near miss: settled by agreement and resolved is settled', () => {
    expect(figure('全市行政复议机关通过调解和解方式实质性化解行政争议1,680件。', 1680, Y).metric).toBe(
      'review.settled',
    );
  });
});
