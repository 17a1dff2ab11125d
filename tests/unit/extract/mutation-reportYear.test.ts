// reportYear.ts and units.ts stage by stage (found by npm run test:mutation): the report year from a title, the year a
// sentence states, the year a comparison point belongs to, and the counter word after a number. Written by hand.
import { comparedYear, inferReportYear, listedYear, statedYear } from '../../../src/extract/reportYear.ts';
import { matchCounter } from '../../../src/extract/units.ts';

describe('inferReportYear', () => {
  it.each([
    ['关于2023年度法治政府建设情况的报告\n正文', 2023],
    ['2024年法治政府建设年度报告', 2024],
    ['某某市人民政府2022年\n法治政府建设年度报告\n一、', 2022],
    ['2021 年 法 治 政 府 建 设 年 报', 2021],
    ['\n\n\n2020年法治政府建设工作报告', 2020],
    ['标题\n2019年,全市深入推进法治政府建设。', 2019],
    ['2018年、2019年两年间', 2018],
    ['法治政府建设工作情况\n没有年份的正文。', undefined],
    ['2023年12月工作报告', undefined],
    ['2016年以来,全市持续推进依法行政。', undefined],
    // An opening year cut from its comma by a line break still opens the text: the lines are joined with nothing between.
    ['法治政府建设情况\n2019年\n,全市深入推进依法行政。', 2019],
    ['法治政府建设情况\n2019\n年,全市深入推进依法行政。', 2019],
  ])('%j → %s', (text, year) => {
    expect(inferReportYear(text)).toBe(year);
  });

  it('reads the title among the first 20 non-empty lines only', () => {
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i) => `第${'一二三四五六七八九十'[i % 10]}行正文`).join('\n');
    expect(inferReportYear(`${filler(19)}\n2024年法治政府建设年度报告`)).toBe(2024);
    expect(inferReportYear(`${filler(20)}\n2024年法治政府建设年度报告`)).toBeUndefined();
    expect(inferReportYear(`${filler(19)}\n\n\n\n2024年法治政府建设年度报告`)).toBe(2024);
  });

  // The title is 15 characters: after 2985 it ends at character 3000, after 2986 its 告 is cut off.
  it('reads the first 3000 characters only', () => {
    expect(inferReportYear(`${'文'.repeat(2986)}2024年法治政府建设年度报告`)).toBeUndefined();
    expect(inferReportYear(`${'文'.repeat(2985)}2024年法治政府建设年度报告`)).toBe(2024);
  });
});

describe('statedYear', () => {
  it.each([
    ['2023年全市共受理', 2023],
    ['2023年度全市共受理', 2023],
    ['2022年全市…2023年全市共受理', 2023],
    ['2023年全市,较2022年增长', 2023],
    ['较2022年增长', undefined],
    ['比2022年增加', undefined],
    ['与2022年相比', undefined],
    ['同2022年持平', undefined],
    ['由2022年的', undefined],
    ['从2022年的', undefined],
    ['2021年以来', undefined],
    ['2021年至2023年', undefined],
    ['2021年起', undefined],
    ['2021年-2023年', undefined],
    // A year that opens a span written after its month (9月底…以来, 3月起) does not date the figure.
    ['自2021年9月底运作以来,共受理', undefined],
    ['2020年3月起,全市共受理', undefined],
    ['2023年9月全市共受理', 2023],
    ['《2022年工作方案》印发后共受理', undefined],
    ['《关于2022年工作的方案》印发后共受理', undefined],
    ['', undefined],
  ])('%j → %s', (prefix, year) => {
    expect(statedYear(prefix)).toBe(year);
  });
});

describe('listedYear', () => {
  it('the k-th year of the list before 分别', () => {
    expect(listedYear('2021年、2022年、2023年,全市分别调解纠纷', 0)).toBe(2021);
    expect(listedYear('2021年、2022年、2023年,全市分别调解纠纷1.1万件、', 1)).toBe(2022);
    expect(listedYear('2021年、2022年、2023年,全市分别调解纠纷1.1万件、1.2万件、', 2)).toBe(2023);
    expect(listedYear('2021年、2022年,全市分别调解纠纷1.1万件、1.2万件、', 2)).toBeUndefined();
  });

  it('only years written before 分别 make the list', () => {
    expect(listedYear('2022年、2023年,全市分别化解2020年、2021年遗留的信访积案', 0)).toBe(2022);
    expect(listedYear('全市分别化解2020年、2021年遗留的信访积案', 0)).toBeUndefined();
  });

  it('no 分别, no listed year', () => {
    expect(listedYear('2021年、2022年全市调解纠纷', 0)).toBeUndefined();
    expect(listedYear('2021年全市调解纠纷', 0)).toBeUndefined();
  });
});

describe('comparedYear', () => {
  it.each([
    ['较上年的', 2023, 2023],
    ['比去年同期的', 2023, 2023],
    ['由2021年的', 2023, 2021],
    ['从2020年度', 2023, 2020],
    ['较上年的', undefined, undefined],
    ['全年受理', 2023, null],
    ['较上年的数字是', 2023, null],
  ] as const)('%j (previous %s) → %s', (local, previous, year) => {
    expect(comparedYear(local, previous)).toBe(year);
  });

  it('finds the comparison at the end of a long clause', () => {
    expect(comparedYear(`${'调'.repeat(20)}较上年的`, 2023)).toBe(2023);
  });
});

describe('matchCounter', () => {
  it.each([
    ['件', 0, '件'],
    ['万件', 1, '件'],
    ['个工作日', 0, '个工作日'],
    ['个人民调解委员会', 0, '个'],
    ['人次', 0, '人次'],
    ['人参加', 0, '人'],
  ])('%s at %d → %s', (text, at, word) => {
    expect(matchCounter(text, at)?.word).toBe(word);
  });

  it.each([
    ['人民调解', 0],
    ['个人', 0],
    ['处理', 0],
    ['项目', 0],
    ['万', 0],
    ['件', 1],
    ['', 0],
    // A Latin word is none either, even one that spells a property name.
    ['undefined', 0],
  ])('%s at %d is no counter word', (text, at) => {
    expect(matchCounter(text, at)).toBeNull();
  });

  it('looks at the three characters after the word only', () => {
    // 个 is not a counter before 人 (个人) unless 人民 follows: the window must reach the 民.
    expect(matchCounter('个人民', 0)?.word).toBe('个');
    expect(matchCounter('件处理', 0)?.word).toBe('件');
  });

  it('a measure without a unit is returned with unit null', () => {
    expect(matchCounter('个月', 0)).toEqual({ word: '个月', unit: null });
  });
});
