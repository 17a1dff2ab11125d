// A report's title line and publication date, from its first lines. Texts written for these tests.
import { publishedDate, reportTitleLine } from '../../../src/ingest/reportHeader.ts';

describe('reportTitleLine', () => {
  it.each([
    ['清远市2023年法治政府建设年度报告\n2023年，全市…', '清远市2023年法治政府建设年度报告'],
    ['首页 > 政务公开 > 法治政府\n佛山市司法局 2023年 工作总结\n正文', '佛山市司法局 2023年 工作总结'],
    ['发布时间：2024年01月15日 来源：清远市司法局\n清远市2023年法治政府建设年度报告', '清远市2023年法治政府建设年度报告'],
    ['全市共调解纠纷1,200件。\n没有标题的一段。', '全市共调解纠纷1,200件。'],
    ['', ''],
  ])('%j → %j', (text, title) => {
    expect(reportTitleLine(text)).toBe(title);
  });
});

describe('publishedDate', () => {
  it.each([
    ['标题\n发布时间：2024-01-15 来源：清远市司法局', '2024-01-15'],
    ['标题\n发布日期:2023年3月5日', '2023-03-05'],
    ['标题\n时间： 2022/12/30', '2022-12-30'],
    ['标题\n日期：2022.7.1 浏览次数：100', '2022-07-01'],
    // A line that is only a date under the title.
    ['某县2023年法治政府建设年度报告\n2024年2月28日\n2023年，全县…', '2024-02-28'],
    ['某县2023年法治政府建设年度报告\n（2024年1月30日）', '2024-01-30'],
  ])('%j → %s', (text, date) => {
    expect(publishedDate(text)).toBe(date);
  });

  it.each([
    ['标题\n2023年，全市调解纠纷1,200件。'],
    ['标题\n2024年2月28日，全市召开会议。'],
    ['标题\n发布时间：2024-13-15'],
    ['标题\n发布时间：2024-02-40'],
    [`${'一行\n'.repeat(12)}发布时间：2024-01-15`],
  ])('no date in %j', (text) => {
    expect(publishedDate(text)).toBeNull();
  });
});
