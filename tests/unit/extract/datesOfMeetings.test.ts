// The date of a meeting or a press conference (在2024年1月召开的…会议上) dates the meeting, not the figures it reported.
// Sentences written for this test.
import { figure } from './helpers.ts';

const CITY = { year: 2023, region: '371300' };

describe('a meeting’s date is no figure’s year', () => {
  it.each([
    '在2024年1月召开的全市政法工作会议上,市司法局介绍,去年全市共办理法律援助案件4,512件。',
    '2024年1月18日举行的新闻发布会上,市司法局负责人介绍,去年全市共办理法律援助案件4,512件。',
    '在2024年2月6日召开的市十八届人大常委会第十二次会议上,市司法局报告,去年全市共办理法律援助案件4,512件。',
    '2024年1月的全市司法行政工作会议上,去年全市共办理法律援助案件4,512件的成绩得到肯定。',
  ])('%s', (text) => {
    expect(figure(text, 4512, CITY)).toMatchObject({
      metric: 'legal_aid.cases',
      scope: 'region',
      year: 2023,
    });
  });
  it('near miss: a year that dates the figures still does', () => {
    const text = '在全市政法工作会议上,市司法局介绍,2022年全市共办理法律援助案件4,210件。';
    expect(figure(text, 4210, CITY)).toMatchObject({ scope: 'prior_year', year: 2022 });
  });
  it('near miss: a year before a meeting’s name without 上 dates what follows', () => {
    const text = '2022年全市召开调解工作会议3次,全年共调解纠纷1.2万件。';
    expect(figure(text, 12000, CITY)).toMatchObject({ scope: 'prior_year', year: 2022 });
  });
});
