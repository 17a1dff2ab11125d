// Legal aid in other words: 办案 is handling legal aid cases, and 行政案件 listed with criminal and civil cases is one
// kind of legal aid's cases, not litigation's subject for the clauses after it (topics.ts KIND_AFTER_OTHER_KINDS).
// Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '431381' };

describe('legal aid’s own words', () => {
  it.each([
    ['全市法律援助机构全年共计办案9,069件。', 9069, 'legal_aid.cases'],
    ['法律援助民生工程原定目标8万件。全年共计办案90,691件。', 90_691, 'legal_aid.cases'],
    [
      '共办理法律援助案件236件,其中刑事案件36件,民事案件107件,行政案件93件,提供法律咨询1000人次,挽回经济损失460万元。',
      4_600_000,
      'legal_aid.recovered',
    ],
    [
      '受理法律援助案件520件,其中刑事、民事、行政案件分别为120件、380件、20件,为受援人挽回经济损失300万元。',
      3_000_000,
      'legal_aid.recovered',
    ],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });

  it('行政案件 alone still opens litigation', () => {
    expect(claim('全县发生行政案件93件,行政机关负责人出庭应诉率100%。', 100, Y)).toEqual([
      'litigation.head_appearance_rate',
      'region',
    ]);
  });
});

// metricRules: wages recovered (追回劳动报酬, 讨回欠薪) are the workers' part of what legal aid recovered, no headline.
describe('wages recovered', () => {
  it.each([
    ['办理法律援助案件2.2万件,其中涉及农民工讨薪6,700余件,追回劳动报酬5,700余万元。', 57_000_000],
    ['全年通过法律援助为劳动者挽回劳动报酬3,200万元。', 32_000_000],
    ['法律援助机构为农民工讨回欠薪1.2亿元。', 120_000_000],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBe('legal_aid.migrant_worker_recovered');
  });

  it('the money recovered for all who were aided stays the headline', () => {
    expect(claim('全市法律援助机构为受援人挽回经济损失5.7亿元。', 570_000_000, Y)).toEqual([
      'legal_aid.recovered',
      'region',
    ]);
  });
});

// category.ts KIND_AT_END: a kind word closing the clause before a 、 names the figure's kind too.
describe('kinds listed across a 、', () => {
  it.each([
    ['全市法律援助机构处理群体性、敏感性案件116宗。', 116],
    ['全年办理农民工、残疾人法律援助案件560件。', 560],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual([null, 'sub_category']);
  });

  it('a list that gathers every kind stays the total', () => {
    expect(claim('全市共调解婚姻家庭、邻里等各类纠纷2,300件。', 2300, Y)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});
