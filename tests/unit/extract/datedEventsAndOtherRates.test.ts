// Two readings from set 19 (pages of 综治中心 and 一站式 centres), tested with sentences written for them:
// - 自2022年11月全区“一站式”…工作开展以来: a span from a month of a year, with an event between the date and 以来, sums from
//   that month on (several years when it began before the report's year), as 自2022年行政复议体制改革以来 does;
// - 命案发生率同比下降57%: a percent change whose subject is a rate the catalogue does not know changes that rate, not the
//   count before it — so it gives that count no change and no prior-year value.
import { derived, claim, figure } from './helpers.ts';

describe('a span from a dated event', () => {
  it.each([
    ['自2022年11月我区“一站式”矛盾纠纷多元化解工作开展以来,共受理矛盾纠纷410件。', 410, 'mediation.cases'],
    ['自2021年3月8日市法律援助“春风行动”铺开以来,全市共办理法律援助案件900件。', 900, 'legal_aid.cases'],
    ['从2020年6月全县村村配齐法律顾问以来,共调解矛盾纠纷1,320件。', 1320, 'mediation.cases'],
  ])('%s: a sum over the years since', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'cumulative']);
  });

  it('a month of the report year opens no span of years', () => {
    expect(claim('2023年3月以来,全市共调解矛盾纠纷3,200件。', 3200, { year: 2024 })).toEqual([
      'mediation.cases',
      'cumulative',
    ]);
    expect(claim('2023年,全市共调解矛盾纠纷3,200件。', 3200)).toEqual(['mediation.cases', 'region']);
  });

  it('an event too long or broken by a comma is no span', () => {
    expect(claim('自2022年11月起,全区开展矛盾纠纷排查,2023年共调解纠纷760件。', 760)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('a change of another rate', () => {
  it('命案发生率同比下降: no change of the count before it', () => {
    const text = '全市化解矛盾纠纷12,000件,平均化解周期缩短40%,命案发生率同比下降20%。';
    expect(figure(text, 12000).metric).toBe('mediation.cases');
    expect(figure(text, -20).metric).toBeNull();
    expect(derived(text)).toEqual([]);
  });

  it('成功率同比提高 changes no count', () => {
    const text = '全县调解纠纷1,200件,调解成功率98%,成功率同比提高2%。';
    expect(figure(text, 2).metric).toBeNull();
    expect(derived(text)).toEqual([]);
  });

  it('a change with no subject of its own still changes the count before it', () => {
    const text = '全市化解矛盾纠纷12,000件,同比下降20%。';
    expect(figure(text, -20).metric).toBe('mediation.cases');
    expect(derived(text).map((c) => c.value)).toEqual([15000]);
  });
});
