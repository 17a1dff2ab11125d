// Two readings of what opens a sentence: a span since an event (党的二十大以来, 自2022年行政复议体制改革以来) makes the
// figures after it cumulative, and a comparison that opens it with 较/比 and a comma (较2022年,…增加了231件) makes a
// count ending in a change verb a change, as 与2022年相比, does. Each with near misses. Sentences are written for these
// tests.
import { claim, figure, figures } from './helpers.ts';

const Y = { year: 2023, region: '330100' };

describe('a span since an event', () => {
  it.each([
    ['党的二十大以来,全市共办理法律援助案件1.1万件。', 11000],
    ['自2022年行政复议体制改革以来,全市共收到行政复议申请3,012件。', 3012],
    ['从2021年“八五”普法启动以来,全市共调解纠纷6.3万件。', 63000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('cumulative');
  });

  it.each([
    // An event of the report's year, or no span at all, leaves the year's figure.
    ['2023年,全市共收到行政复议申请1,012件,自体制改革以来首次突破千件。', 1012, 'review.cases'],
    ['2023年行政复议体制改革后,全市共收到行政复议申请1,012件。', 1012, 'review.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('a comparison with 较/比 that opens the sentence', () => {
  it.each([
    ['较2022年,全市行政复议案件增加了231件。', 231, 1],
    ['比上年同期,全市调解纠纷减少1,200件。', 1200, -1],
    ['较上年,全县法律援助案件增长12%。', 12, 1],
  ] as const)('%s', (text, value, sign) => {
    const c = figures(text, Y).find((f) => f.value === sign * value);
    expect(c?.scope).toBe('change');
  });

  it.each([
    // No change verb closes the clause: a level, with the year the sentence says.
    ['较2022年的基础上,全市调解纠纷3,200件。', 3200, 'mediation.cases'],
    ['较2022年,全市共受理行政复议案件1,012件。', 1012, 'review.accepted'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('the first months of the year (今年前8个月, 前两个月)', () => {
  it.each([
    ['自2012年以来,全市共办理法律援助案件近2.6万件。仅今年前8个月,全市就受理法律援助案件6670件。', 6670, 8],
    ['前8个月全市受理法律援助案件6670件。', 6670, 8],
    ['2023年前两个月,全市受理法律援助案件1,200件。', 1200, 2],
  ] as const)('%s', (text, value, to) => {
    const c = figure(text, value, Y);
    expect([c.scope, c.period?.kind, c.period?.months]).toEqual(['region', 'partial_year', [1, to]]);
  });

  it('the sum since a year before it stays cumulative', () => {
    const text = '自2012年以来,全市共办理法律援助案件近2.6万件。仅今年前8个月,全市就受理法律援助案件6670件。';
    expect(figure(text, 26000, Y).scope).toBe('cumulative');
  });
});
