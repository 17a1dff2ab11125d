// 全州 and 全盟 on a county's page name the autonomous prefecture or the league above it. Sentences written for the test.
import { claim } from './helpers.ts';

describe('the whole prefecture or league quoted on a county’s page claims nothing for the county', () => {
  it.each([
    [
      '昌吉市2023年法治政府建设年度报告\n全市调解纠纷5,610件。昌吉州全州2023年行政复议收案数为470件。',
      470,
      '652301',
    ],
    ['库尔勒市司法局2024年工作总结\n全市调解纠纷4,510件;巴州全州调解纠纷约1.6万件。', 16000, '652801'],
    ['阿荣旗2022年法治政府建设情况报告\n全旗调解纠纷2,300件,全盟共调解纠纷3.1万件。', 31000, '150721'],
  ])('%s', (text, value, region) => {
    expect(claim(text, value, { year: 2023, region })[0]).toBeNull();
  });
  it.each([
    ['昌吉回族自治州2023年法治政府建设年度报告\n全州调解纠纷1.6万件。', 16000, '652300'],
    ['全州县2023年法治政府建设年度报告\n全州县全年办理法律援助案件812件。', 812, '450324'],
  ])('near miss: the prefecture’s own page, a county named 全州: %s', (text, value, region) => {
    expect(claim(text, value, { year: 2023, region })[1]).toBe('region');
  });
});
