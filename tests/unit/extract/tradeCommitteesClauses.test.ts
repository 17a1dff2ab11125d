// Committees of one trade (行业性专业性调解组织) across clauses: a clause without its own object counts the clause
// before it, and trades listed after the other levels (村(社区)、乡镇(街道)、行业性…) make all of them.
// Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a clause without its own object after committees of one trade', () => {
  it.each([
    ['全市行业性专业性人民调解组织调解纠纷2,345件,调解成功2,300件。', 2300],
    ['全市企业人民调解委员会调解纠纷500件,调解成功480件。', 480],
    ['专业性调委会受理纠纷900件,调结880件。', 880],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('sub_category');
  });
});

describe('trades listed after the other levels are all committees', () => {
  it.each([
    ['全市村(社区)、乡镇(街道)、行业性专业性调解组织共调解纠纷1.2万件,调解成功1.18万件。', 12000, 'mediation.cases'],
    ['全市村(社区)、乡镇(街道)、行业性专业性调解组织共调解纠纷1.2万件,调解成功1.18万件。', 11800, 'mediation.resolved'],
    ['村(社区)、乡镇(街道)和行业性专业性人民调解委员会全年调解纠纷6,400件。', 6400, 'mediation.cases'],
  ] as const)('%s (%s)', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});

describe('near misses', () => {
  it('committees of trades named in a clause before another with its own object do not carry over', () => {
    const text = '全市建立行业性专业性人民调解组织120个,全年调解矛盾纠纷1.2万件,调解成功1.18万件。';
    expect(claim(text, 11800, CITY)).toEqual(['mediation.resolved', 'region']);
  });

  it('two grassroots levels alone are still a part', () => {
    expect(figure('村(社区)、街道调解组织化解矛盾纠纷2.9万余件。', 29000, CITY).scope).toBe('sub_category');
  });
});
