// Traditional characters and text copied from web pages or PDFs: evidence stays verbatim.
import { extractFigures, inferReportYear } from '../../../src/extract/index.ts';
import { figure, figures, values } from './helpers.ts';

describe('traditional characters', () => {
  const text =
    '全市人民調解組織共受理糾紛12,345件，調解成功12,001件，調解成功率97.2％。全年共辦理法律援助案件5,678件，為當事人挽回經濟損失逾1.2億元。';

  it('matches on a simplified copy and cuts evidence from the original', () => {
    expect(figure(text, 12345)).toMatchObject({
      metric: 'mediation.cases',
      evidence: '全市人民調解組織共受理糾紛12,345件',
    });
    expect(figure(text, 12001).metric).toBe('mediation.resolved');
    expect(figure(text, 97.2)).toMatchObject({ metric: 'mediation.success_rate', unit: 'percent' });
    expect(figure(text, 5678).metric).toBe('legal_aid.cases');
    expect(figure(text, 120000000)).toMatchObject({
      metric: 'legal_aid.recovered',
      qualifier: 'lower_bound',
    });
  });

  it('reads traditional year-on-year phrases', () => {
    const d = figures('行政復議案件1,200件，較上年增長20%。').filter((c) => c.qualifier === 'derived');
    expect(d).toEqual([expect.objectContaining({ metric: 'review.cases', value: 1000 })]);
  });
});

describe('web-copied text', () => {
  const page = [
    '首页 > 政务公开 > 法治政府建设报告',
    '发布时间：2024-01-15 10:29  来源：某某县司法局  浏览次数：1234',
    '【字体：大 中 小】 【打印】 【关闭】',
    '某某县司法局2023年法治政府建设年度报告',
    '',
    '　　2023年，全县共受理人民调解案',
    '件3, 456件，调解成功3,',
    '401件，调解成功率98. 4%。',
    '- 3 -',
    '全县行政复议机关共收到行政复议申请 1 203 件，',
    '第 4 页 共 10 页',
    '同比增长 20.3%。',
    '分享到：微信 微博',
    '扫一扫在手机打开当前页',
    '联系电话：0371-12345678   ICP备12345678号',
  ].join('\n');

  it('ignores furniture and joins sentences broken across lines', () => {
    const out = figures(page, { year: 2023 });
    expect(out.map((c) => [c.metric, c.value, c.qualifier])).toEqual([
      ['mediation.cases', 3456, 'exact'],
      ['mediation.resolved', 3401, 'exact'],
      ['mediation.success_rate', 98.4, 'exact'],
      ['review.cases', 1203, 'exact'],
      ['review.cases', 20.3, 'exact'],
      ['review.cases', 1000, 'derived'],
    ]);
    expect(out.find((c) => c.value === 3401)?.evidence).toContain('\n401件');
  });

  it('infers the report year from the title', () => {
    expect(inferReportYear(page)).toBe(2023);
    expect(inferReportYear('清远市清城区人民政府2024年\n法治政府建设年度报告\n2024年,清城区…')).toBe(2024);
    expect(inferReportYear('信阳市司法局 关于2023年法治政府建设情况的报告')).toBe(2023);
    expect(inferReportYear('2024年3月1日 星期五\n关于2023年度法治政府建设情况的报告')).toBe(2023);
    expect(inferReportYear('2022年,我局坚持依法行政。')).toBe(2022);
    expect(inferReportYear('没有年份的文本')).toBeUndefined();
    const derived = extractFigures(page).find((c) => c.qualifier === 'derived');
    expect(derived?.year).toBe(2022);
  });

  it('keeps stray spaces and line breaks out of the way of numbers', () => {
    expect(values('全年受理行政复议案件 2 056 件 ,审结 1 987 件。')).toEqual([2056, 1987]);
    expect(values('调解成功率\n98.2%')).toEqual([98.2]);
  });

  it('drops pinyin glosses that pages put after characters', () => {
    expect(figure('全省办理法律援助案件3萬(wàn)余件。', 30000).metric).toBe('legal_aid.cases');
    expect(figure('區(qū)法律援助機(jī)構(gòu))辦理案件1,024件。', 1024).evidence).toContain('(qū)');
    expect(values('附件(a)列出调解案件12件。')).toEqual([12]);
  });

  it('marks figures of another year than the report', () => {
    const out = figures('2022年全市受理行政复议案件1,000件,2023年受理1,200件。', { year: 2023 });
    expect(out.map((c) => [c.value, c.year])).toEqual([
      [1000, 2022],
      [1200, 2023],
    ]);
  });
});
