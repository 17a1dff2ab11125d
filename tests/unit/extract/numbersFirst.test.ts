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

describe('review of 3 December: layouts the first version misread', () => {
  it.each([
    ['办理法律援助案件\n5,431件\n调解矛盾纠纷\n1.2万件\n', 5431, 'legal_aid.cases'],
    ['行政机关总败诉率为\n14.2%\n全年共收到行政复议申请1,204件。', 14.2, 'litigation.loss_rate'],
    ['行政机关总败诉率为\n14.2%\n全年共收到行政复议申请1,204件。', 1204, 'review.cases'],
    ['全市行政机关负责人出庭应诉率达到\n100%\n全市共办理法律援助案件5,431件。', 5431, 'legal_aid.cases'],
  ])('a label above its number, or a sentence cut before it: %s', (text, value, metric) => {
    expect(figure(text, value, { year: 2023 }).metric).toBe(metric);
  });
  it('a figure is never pasted beside another number', () => {
    expect(numbersFirstAsSentences('● 412名农民工通过法律援助追回欠薪1,000万元')).toBeNull();
    expect(numbersFirstAsSentences('【5,431件】全年办理法律援助案件1,200件')).toBeNull();
  });
  it('indented lines and CRLF line ends', () => {
    expect(numbersFirstAsSentences('　　【98.3%】人民调解成功率\r\n')?.text).toBe(
      '人民调解成功率98.3%。\r\n',
    );
  });
  it('lines of spaces are passed over', () => {
    expect(figure('全年共办理法律援助案件1,204件。' + '\n '.repeat(500), 1204, { year: 2023 }).metric).toBe(
      'legal_aid.cases',
    );
  });
});
