// A year in a bracket right after a figure (由7,352件(2015年)增至11,086件(2020年)) dates that figure and no other.
// Sentences written for this test.
import { figure } from './helpers.ts';

const CITY = { year: 2023, region: '411300' };

describe('a year in a bracket right after a figure dates that figure', () => {
  it('a rise told with each level’s year: the start is the earlier year’s, the end the report’s', () => {
    const text = '全市人民调解组织调解纠纷由7,352件(2019年)增至11,086件(2023年),调解成功率保持在98%以上。';
    expect(figure(text, 7352, CITY)).toMatchObject({
      metric: 'mediation.cases',
      scope: 'prior_year',
      year: 2019,
    });
    expect(figure(text, 11086, CITY)).toMatchObject({
      metric: 'mediation.cases',
      scope: 'region',
      year: 2023,
    });
    expect(figure(text, 98, CITY)).toMatchObject({
      metric: 'mediation.success_rate',
      scope: 'region',
      year: 2023,
    });
  });
  it('full-width brackets and a rate: 由65%（2019年）提高到100%（2023年）', () => {
    const text = '行政机关负责人出庭应诉率由65%（2019年）提高到100%（2023年）。';
    expect(figure(text, 65, CITY)).toMatchObject({ scope: 'prior_year', year: 2019 });
    expect(figure(text, 100, CITY)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
      year: 2023,
    });
  });
  it('both levels of earlier years: neither is the report’s', () => {
    const text = '全县办理法律援助案件从2,105件(2018年)上升到2,860件(2021年)。';
    expect(figure(text, 2105, CITY)).toMatchObject({ scope: 'prior_year', year: 2018 });
    expect(figure(text, 2860, CITY)).toMatchObject({ scope: 'prior_year', year: 2021 });
  });
  it('the bracket dates no figure after it', () => {
    const text = '全市共调解纠纷9,800件(2022年),今年共调解纠纷10,420件。';
    expect(figure(text, 9800, CITY)).toMatchObject({ scope: 'prior_year', year: 2022 });
    expect(figure(text, 10420, CITY)).toMatchObject({
      metric: 'mediation.cases',
      scope: 'region',
      year: 2023,
    });
  });
  it('near miss: a year alone in a bracket after a name still dates what follows', () => {
    const text = '全市(2023年度)共调解纠纷3,200件。';
    expect(figure(text, 3200, CITY)).toMatchObject({ scope: 'region', year: 2023 });
  });
  it('near miss: a bracket of another year’s figure dates that figure only', () => {
    const text = '全年办理法律援助案件1,200件(2022年为1,100件),挽回经济损失860万元。';
    expect(figure(text, 1200, CITY)).toMatchObject({ scope: 'region', year: 2023 });
    expect(figure(text, 1100, CITY)).toMatchObject({ scope: 'prior_year', year: 2022 });
  });
});
