// Disputes counted in 次 right after the verb and its object (调处矛盾纠纷3,200余次) are mediation cases; a
// meeting or a screening counted in 次 is not. Sentences are written for these tests.
import { claim, metricOf } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('disputes counted in 次', () => {
  it.each([
    ['全年共调处矛盾纠纷3,200余次。', 3200],
    ['全市人民调解组织调解矛盾纠纷1.2万余次,调解成功率98%。', 12000],
    ['全市各级调解组织受理纠纷共计5,400次。', 5400],
    ['全县调解各类纠纷860次。', 860],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['mediation.cases', 'region']);
  });
});

describe('near misses', () => {
  it.each([
    ['召开人民调解工作会议3次。', 3, null],
    ['开展人民调解业务培训12次。', 12, null],
    ['开展矛盾纠纷排查3,000次。', 3000, 'mediation.screenings'],
    ['开展矛盾纠纷排查调处3,000次。', 3000, 'mediation.screenings'],
    ['人民调解员参与调解纠纷活动20次。', 20, null],
  ] as const)('%s', (text, value, metric) => {
    expect(metricOf(text, value, CITY)).toBe(metric);
  });
});
