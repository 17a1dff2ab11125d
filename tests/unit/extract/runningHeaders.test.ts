// A PDF's text repeats its running header or footer where each page ended. Texts written for the test.
import { runningHeaderLines } from '../../../src/extract/furniture.ts';
import { normalizeText } from '../../../src/extract/normalizeText.ts';
import { claim } from './helpers.ts';

const TITLE = '宁乡市2023年法治政府建设年度报告';

describe('the running header between two pages is no part of the sentence it cuts', () => {
  it.each([
    [
      `${TITLE}\n一、主要成效\n全年全市共办理法律援助案件\n— 2 —\n${TITLE}\n1,204件,挽回经济损失1,610万元。\n`,
      1204,
    ],
    [
      `${TITLE}\n全市人民调解组织共调解\n第 3 页 共 8 页\n宁乡市人民政府文件\n纠纷6,215件。\n宁乡市人民政府文件\n`,
      6215,
    ],
  ])('%s', (text, value) => {
    expect(claim(text, value, { year: 2023, region: '430182' })).toEqual([
      value === 1204 ? 'legal_aid.cases' : 'mediation.cases',
      'region',
    ]);
  });
});

describe('which lines are running headers', () => {
  it('a repeat of the title, or of a short line next to a page number', () => {
    expect([
      ...runningHeaderLines([
        TITLE,
        '正文一',
        '-2-',
        '宁乡市人民政府',
        '正文二',
        '-3-',
        '宁乡市人民政府',
        TITLE,
      ]),
    ]).toEqual([6, 7]);
  });
  it('near miss: a heading used twice, away from any page number, stays', () => {
    expect(runningHeaderLines([TITLE, '主要做法', '正文一', '主要做法', '正文二']).size).toBe(0);
  });
  it('near miss: the first occurrence stays', () => {
    expect(runningHeaderLines(['-1-', '宁乡市人民政府', '正文']).size).toBe(0);
  });
});

describe('a count on the line after its words is joined to them', () => {
  it('near miss: a title before a line opening with a year stays a line of its own', () => {
    expect(normalizeText(`${TITLE}\n2023年全市调解纠纷6,215件。`).text).toContain('报告\n2023年');
  });
  it('near miss: a line ending in a full stop is not joined', () => {
    expect(normalizeText('全年共办理法律援助案件。\n1,204件为刑事案件。').text).toContain('。\n1,204');
  });
});
