// The period a figure's sentence states, and its year. Sentences are written for these tests.
import { figure, figures } from './helpers.ts';

const Y = { year: 2023 };

describe('period', () => {
  it.each([
    ['今年以来,全市共调解矛盾纠纷8,712件。', 8712, { kind: 'partial_year', phrase: '今年以来' }],
    ['1-11月,全县受理行政复议申请215件。', 215, { kind: 'partial_year', months: [1, 11], phrase: '1-11月' }],
    [
      '今年1至9月,全区办理法律援助案件880件。',
      880,
      { kind: 'partial_year', months: [1, 9], phrase: '1至9月' },
    ],
    ['上半年,全市新收行政复议申请739宗。', 739, { kind: 'partial_year', months: [1, 6], phrase: '上半年' }],
    ['一季度,全省调解案件21840件。', 21840, { kind: 'partial_year', months: [1, 3], phrase: '一季度' }],
    ['前三季度,全市调解纠纷6,001件。', 6001, { kind: 'partial_year', months: [1, 9], phrase: '前三季度' }],
    [
      '截至11月底,全市办理法律援助案件2,791件。',
      2791,
      { kind: 'partial_year', months: [1, 11], phrase: '截至11月底' },
    ],
    ['全年共办理法律援助案件5,678件。', 5678, { kind: 'full_year', phrase: '全年' }],
    [
      '2023年,全县共受理人民调解案件8,562件。',
      8562,
      { kind: 'full_year', from: 2023, to: 2023, phrase: '2023年' },
    ],
    [
      '1-12月,全市共受理行政复议申请1,002件。',
      1002,
      { kind: 'full_year', months: [1, 12], phrase: '1-12月' },
    ],
    [
      '2021年以来,全区累计调解矛盾纠纷227191件。',
      227191,
      { kind: 'multi_year', from: 2021, to: 2023, phrase: '2021年以来' },
    ],
    ['五年来,全市共办理法律援助案件4.1万件。', 41000, { kind: 'multi_year', phrase: '五年来' }],
  ] as const)('%s', (text, value, period) => {
    expect(figure(text, value, Y).period).toEqual(period);
  });

  it('takes the phrase nearest the figure', () => {
    const text = '2021年以来,我市深化改革,今年以来共调解纠纷3,100件。';
    expect(figure(text, 3100, Y).period?.kind).toBe('partial_year');
  });

  it('leaves the period off when the text states none', () => {
    expect(figure('共调解矛盾纠纷3,921件。', 3921, Y).period).toBeUndefined();
  });
});

describe('year', () => {
  it('gives every figure the report year unless the text names another', () => {
    const out = figures('全县调解纠纷2,243件。2022年共调解纠纷2,001件。', Y);
    expect(out.map((c) => [c.value, c.year, c.scope])).toEqual([
      [2243, 2023, 'region'],
      [2001, 2022, 'prior_year'],
    ]);
  });

  it('marks an earlier year’s figure quoted for comparison as prior_year', () => {
    const text = '区政府收到行政复议申请558件,较上一年281件增加277件。';
    expect(figure(text, 281, { ...Y, region: '110112' })).toMatchObject({ year: 2022, scope: 'prior_year' });
    expect(figure(text, 277, { ...Y, region: '110112' })).toMatchObject({ metric: 'review.cases', scope: 'change' });
  });

  it('takes a year-by-year list as one metric, each in its year', () => {
    const text = '2021年行政机关败诉率为20.2%,2022年为15.5%,2023年为12.1%。';
    expect(figure(text, 15.5, Y)).toMatchObject({
      metric: 'litigation.loss_rate',
      year: 2022,
      scope: 'prior_year',
    });
    expect(figure(text, 12.1, Y)).toMatchObject({
      metric: 'litigation.loss_rate',
      year: 2023,
      scope: 'region',
    });
  });
});
