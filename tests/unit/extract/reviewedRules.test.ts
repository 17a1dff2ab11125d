// Inputs a reviewer of the eleventh session's rules found them wrong on (plans, other regions, parts): each a region total
// that must stay one. Sentences written by the reviewer and for this test.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figure } from './helpers.ts';

const COUNTY = { year: 2023, region: '330421' };

describe('results the plan rules must leave alone', () => {
  it.each([
    ['2023年,我局争取法律援助专项资金50万元,全年办理法律援助案件1,206件。', 1206, 'legal_aid.cases'],
    ['2023年,全县确保重大矛盾纠纷不出县,全年共调解纠纷1.08万件。', 10800, 'mediation.cases'],
    ['下半年,我局将人民调解工作纳入网格化管理,全县共调解纠纷5,600件。', 5600, 'mediation.cases'],
    ['今年以来重点工作推进情况\n今年以来,全县人民调解组织共调解纠纷5,600件。', 5600, 'mediation.cases'],
    ['2023年法治政府建设重点工作完成情况\n全县人民调解组织共调解纠纷1.08万件。', 10800, 'mediation.cases'],
    ['如何实现“小事不出村”的目标?\n全县人民调解组织共调解纠纷1.08万件。', 10800, 'mediation.cases'],
    [
      '记者:2023年法律援助工作完成了哪些目标?\n局长:2023年,全县共办理法律援助案件1,206件。',
      1206,
      'legal_aid.cases',
    ],
    ['(一)创新工作思路,提升调解质效\n全县人民调解组织共调解纠纷1.08万件。', 10800, 'mediation.cases'],
    [
      '一、2024年工作打算\n力争调解成功率98%。\n二、2023年主要工作成效\n全县人民调解组织共调解纠纷1.08万件。',
      10800,
      'mediation.cases',
    ],
  ] as const)('%s', (text, value, metric) => {
    expect(figure(text, value, COUNTY).metric).toBe(metric);
  });
  it('near miss: a breadcrumb above a province’s report is no plan’s title', () => {
    const text = '规划计划\n浙江省2023年法治政府建设年度报告\n全省人民调解组织共调解纠纷41.2万件。';
    expect(figure(text, 412000, { year: 2023, region: '330000' }).metric).toBe('mediation.cases');
  });
});

describe('results the other-region rules must leave alone', () => {
  const names = (own: string[], others: string[]): ExtractOptions['names'] => ({ own, lower: [], others });
  it('全州县市 is the prefecture’s counties and cities, not 全州县', () => {
    const o = {
      year: 2023,
      region: '422800',
      names: names(['恩施土家族苗族自治州', '恩施州', '恩施'], ['全州县']),
    };
    expect(figure('全州县市两级人民调解组织共调解纠纷3.2万件。', 32000, o).scope).toBe('region');
  });
  it('a short name in an earlier clause does not take the page’s 全市', () => {
    const o = { year: 2023, region: '210100', names: names(['沈阳市', '沈阳'], ['朝阳市']) };
    expect(figure('朝阳调解工作室全年调解纠纷326件,全市共调解纠纷6.5万件。', 65000, o).scope).toBe('region');
  });
  it('该市 is not a place gone to', () => {
    const o = { year: 2023, region: '330400', names: names(['嘉兴市', '嘉兴'], ['杭州市', '绍兴市']) };
    expect(figure('嘉兴组织赴绍兴市学习。2023年,该市人民调解组织共调解纠纷8.6万件。', 86000, o).scope).toBe(
      'region',
    );
    expect(
      figure('在杭州市召开的会议上,嘉兴作典型发言。2023年,该市共调解纠纷8.6万件。', 86000, o).scope,
    ).toBe('region');
  });
});

describe('results the parts rules must leave alone', () => {
  it.each([
    ['县法律援助中心指派律师事务所承办,全年共办理法律援助案件1,206件。', 1206],
    ['全县律师事务所、基层法律服务所共承办法律援助案件856件。', 856],
    ['县、乡、村各级人民调解组织共调解纠纷1.08万件。', 10800],
    ['全县人民调解组织联合法律顾问共调解纠纷1.08万件,调解成功率99.2%。', 99.2],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, COUNTY).scope).toBe('region');
  });
});
