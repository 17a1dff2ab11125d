// Since a year, in the words reports use besides 以来: 至今, 起, 到现在. Sentences are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

describe('since a year', () => {
  it.each([
    ['2019年至今,全市共办理法律援助案件2.3万件。', 23000, 2019, '2019年至今'],
    ['自2020年起,全县累计调解纠纷9,000件。', 9000, 2020, '自2020年起'],
    ['从2021年到现在,全区共受理行政复议案件860件。', 860, 2021, '从2021年到现在'],
    ['自2020年6月起至今,全市共调解矛盾纠纷3.1万件。', 31000, 2020, '自2020年6月起至今'],
    ['2018年底至今,县法律援助中心累计办理法律援助案件1,500件。', 1500, 2018, '2018年底至今'],
  ] as const)('%s', (text, value, from, phrase) => {
    const c = figure(text, value, Y);
    expect(c.scope).toBe('cumulative');
    expect(c.year).toBe(2023);
    expect(c.period).toEqual({ kind: 'multi_year', from, to: 2023, phrase });
  });

  it.each([
    ['2023年,全市共办理法律援助案件2,300件。', 2300],
    ['2023年1-11月,全市共调解纠纷8,000件。', 8000],
    ['全市共调解纠纷8,000件,至今无一起民转刑案件。', 8000],
  ] as const)('the report year, or 至今 after the figure, is no span: %s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('region');
  });
});
