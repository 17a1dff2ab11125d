// 自1999年行政复议法颁布至2012年, 从2015年新法实施到2023年底: a span from an event of one year to a later year sums the
// years between. Sentences are written for these tests.
import { figure } from './helpers.ts';

describe('a span from an event of one year to a later one', () => {
  it.each([
    ['自1999年行政复议法颁布至2012年,全区各级行政复议机关共收到行政复议申请17,649件。', 2012, 17649, 1999],
    ['自2015年新行政诉讼法实施至2023年,全市行政机关负责人出庭应诉1,200人次。', 2023, 1200, 2015],
    ['自2019年机构改革至2023年底,全县共办理法律援助案件2,400件。', 2023, 2400, 2019],
    ['从2018年“访调对接”机制建立到2022年,全区人民调解组织调解纠纷1.6万件。', 2022, 16000, 2018],
  ] as const)('%s', (text, year, value, from) => {
    const c = figure(text, value, { year, region: '650000' });
    expect(c.scope).toBe('cumulative');
    expect(c.period).toMatchObject({ kind: 'multi_year', from, to: year });
  });

  it.each([
    // Near misses: months of the report year, an event's year alone, a span to the same year.
    ['自2023年1月至12月,全市共调解纠纷3,000件。', 3000],
    ['2023年,自新行政复议法施行至年底,全市共受理行政复议案件520件。', 520],
    ['自2023年3月新机制运行至2023年底,全市共调解纠纷3,000件。', 3000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, { year: 2023, region: '650000' }).scope).toBe('region');
  });
});
