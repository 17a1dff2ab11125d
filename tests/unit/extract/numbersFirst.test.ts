// Year-in-numbers posts put the number first and its words after it. Posts written for the test.
import { numbersFirstAsSentences } from '../../../src/extract/numbersFirst.ts';
import { claim, figure } from './helpers.ts';

const POST =
  '数说2024丨沅陵县司法行政这一年\n▲ 1,260件\n全年办理法律援助案件,为受援群众挽回经济损失980余万元\n' +
  '【98.9%】人民调解成功率\n812件 —— 全县人民调解组织调解矛盾纠纷数\n◆ 96.5%\n行政机关负责人出庭应诉率\n';
const Y = { year: 2024, region: '431222' };

describe('a number written before its words', () => {
  it.each([
    [1260, ['legal_aid.cases', 'region']],
    [98.9, ['mediation.success_rate', 'region']],
    [812, ['mediation.cases', 'region']],
    [96.5, ['litigation.head_appearance_rate', 'region']],
  ])('%d', (value, expected) => {
    expect(claim(POST, value, Y)).toEqual(expected);
  });
  it('the evidence runs verbatim from the number through its words', () => {
    expect(figure(POST, 1260, Y).evidence).toBe('1,260件\n全年办理法律援助案件');
    expect(figure(POST, 98.9, Y).evidence).toBe('98.9%】人民调解成功率');
  });
  it('a sum of years keeps its span', () => {
    expect(claim('▲ 3,600余件\n2022年以来全县累计办理法律援助案件\n', 3600, Y)).toEqual([
      'legal_aid.cases',
      'cumulative',
    ]);
  });
});

describe('near misses: what opens a line with a number and is no such post', () => {
  it('prose a line break cut before its number', () => {
    expect(
      numbersFirstAsSentences('全年为农民工讨薪案件提供援助,为\n412名农民工追回劳动报酬1,026.8万元。'),
    ).toBeNull();
  });
  it('a list’s ordinal or a year alone on a line', () => {
    expect(numbersFirstAsSentences('01\n全市人民调解组织调解纠纷2.3万件\n2023\n年度报告')).toBeNull();
  });
  it('a number alone with no words after it', () => {
    expect(numbersFirstAsSentences('▲ 1,260件\n▲ 98.9%\n')).toBeNull();
  });
});
