// A report published early in the next year may close with that year's first weeks: a count to date of a later year, no
// total of any year. Pages written for this test.
import { publishedOn } from '../../../src/extract/laterYears.ts';
import { figure } from './helpers.ts';

const CITY = { year: 2023, region: '341500' };

describe('the year a page was published', () => {
  it.each([
    ['六安市2023年法治政府建设情况报告\n(2024年3月15日)\n全市…', 2024],
    ['市政府新闻发布会\n2024年1月18日,市政府新闻办举行发布会。', 2024],
    ['六安市2023年法治政府建设情况报告\n全市共调解纠纷…', undefined],
  ])('%s', (text, year) => {
    expect(publishedOn(text)?.year).toBe(year);
  });
});

describe('a part of the year after the report’s is a count to date of that year', () => {
  it('今年 on a page published the next year is that year', () => {
    const text =
      '六安市2023年法治政府建设情况报告\n(2024年3月15日)\n全市共收到行政复议申请2,406件。今年1至2月,全市新收行政复议申请512件。';
    expect(figure(text, 2406, CITY)).toMatchObject({ scope: 'region', year: 2023 });
    expect(figure(text, 512, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('a later year named, with its months, is that year’s count to date', () => {
    const text = '全市共收到行政复议申请2,406件。2024年1—2月,全市新收行政复议申请512件。';
    expect(figure(text, 512, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('进入2024年, 1月份…又办理: the later year’s first month', () => {
    const text = '全市办理法律援助案件5,120件。进入2024年,1月份全市又办理法律援助案件388件。';
    expect(figure(text, 388, CITY)).toMatchObject({ scope: 'cumulative', year: 2024 });
  });
  it('near miss: 今年 on a page published in its own year is the report’s year to date, the region’s', () => {
    const text = '六安市司法局2023年前三季度工作总结\n(2023年10月9日)\n今年1至9月,全市共调解纠纷1.86万件。';
    expect(figure(text, 18600, CITY)).toMatchObject({ scope: 'region', year: 2023 });
  });
  it('near miss: the report’s own year, named, on a page published the next year, stays the region’s', () => {
    const text = '六安市2023年法治政府建设情况报告\n(2024年3月15日)\n2023年,全市共收到行政复议申请2,406件。';
    expect(figure(text, 2406, CITY)).toMatchObject({ scope: 'region', year: 2023 });
  });
});
