// A court's confirmation of mediation agreements (司法确认) and the police's mediation of public-order cases
// (调解治安案件) are no people's mediation count. Sentences are written for these tests.
import { claim, metricOf } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('other bodies’ counts', () => {
  it.each([
    ['人民调解协议司法确认案件1,200件。', 1200],
    ['全市申请司法确认人民调解协议案件860件。', 860],
    ['经司法确认的调解案件860件,调解成功率100%。', 860],
    ['全市公安机关调解治安案件3,400起。', 3400],
    ['全市公安机关调解治安纠纷1,200起。', 1200],
  ] as const)('%s', (text, value) => {
    expect(metricOf(text, value, CITY)).toBeNull();
  });
});

describe('near misses: the year’s mediation beside them', () => {
  it.each([
    ['全市调解矛盾纠纷1.2万件,申请司法确认调解协议860件。', 12000, 'mediation.cases'],
    ['全市调解矛盾纠纷1.2万件,调解成功1.18万件,其中司法确认860件。', 11800, 'mediation.resolved'],
    ['全市人民调解组织调解涉及社会治安的矛盾纠纷外,共调解纠纷1.2万件。', 12000, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});
