// Two readings that keep a number from being the year's headline total: a count per head of population is a ratio
// (每万人, 件/万人, 万人成讼率); a sum since a pilot or a way of working began (试点工作开展以来, 启动以来, 推行以来) is a
// cumulative figure. Each with the near misses that keep their claim. Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const Y = { year: 2022, region: '350000' };

describe('a count per head of population is no total', () => {
  it.each([
    ['全省一审行政案件万人成讼率为1.81件/万人。', 1.81],
    ['每万人行政诉讼案件数为2.3件。', 2.3],
    ['全市每十万人法律援助案件数达到45件。', 45],
    ['全区行政复议案件受理量为3.2件/万人。', 3.2],
    ['全市万人发案数为12件。', 12],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it.each([
    ['全省受理一审行政诉讼案件1.81万件。', 18100, 'litigation.cases'],
    ['全市办理法律援助案件1.2万件,惠及群众2万人。', 12000, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('a sum since a piece of work began is cumulative', () => {
  it.each([
    ['试点工作开展以来,北京市人民调解组织共调解各类矛盾纠纷30191件。', 30191],
    ['该机制启动以来,全市共调解纠纷3000件。', 3000],
    ['“援调对接”模式推行以来,全县共办理法律援助案件860件。', 860],
    ['公调对接试点以来,全区共调解纠纷1,520件。', 1520],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('cumulative');
  });

  it.each([
    // Work carried out in the year is the frame of the year's figures, not a span of its own.
    ['全市开展矛盾纠纷排查化解专项行动,共调解纠纷3000件。', 3000],
    ['2022年,全市启动“法援惠民生”活动,办理法律援助案件860件。', 860],
    // 开展以来 is left: a campaign of the year says it as often as work of several years does.
    ['矛盾纠纷大排查活动开展以来,全市共调解纠纷2,400件。', 2400],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, Y).scope).not.toBe('cumulative');
  });
});
