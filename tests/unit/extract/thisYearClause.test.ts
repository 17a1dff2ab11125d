// A clause opened by 今年 speaks of the report's year, whatever year its sentence named before. Sentences written for it.
import { figure } from './helpers.ts';

describe('a clause opened by this year', () => {
  it.each([
    ['县法律援助中心2022年办理法律援助案件742件,今年前三季度办理589件。', 589, 2023],
    ['2022年全市调解纠纷1.2万件,今年1-6月调解纠纷6,310件。', 6310, 2023],
    ['全区2021年新收行政复议申请88件,本年度新收102件。', 102, 2022],
  ])('%s', (text, value, year) => {
    const c = figure(text, value, { year });
    expect([c.year, c.scope]).toEqual([year, 'region']);
  });
  it.each([
    ['县法律援助中心2022年办理法律援助案件742件,今年同期为700件。', 742, 2022],
    ['2022年全市调解纠纷1.2万件,比今年多1,000件。', 12000, 2022],
  ])('near miss: %s', (text, value, year) => {
    expect(figure(text, value, { year: 2023 }).year).toBe(year);
  });
});
