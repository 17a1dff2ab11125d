// Figures of one case told as a story (在一起…纠纷中, 该案…) are not the region's totals. Sentences
// are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

describe('one case told as a story', () => {
  it.each([
    ['在一起工伤赔偿纠纷中,法律援助律师为受援人挽回经济损失20万元。', 200000],
    ['该案经调解,双方达成协议,为当事人挽回损失12万元。', 120000],
    ['本案中,复议机关审结案件2件。', 2],
    ['这起交通事故纠纷历经3次调解,最终调解成功1件。', 1],
    ['在此案例中,法律援助中心为农民工追回工资8.6万元。', 86000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });

  it.each([
    ['与社区干部一起化解矛盾纠纷300余件。', 300, 'mediation.cases'],
    ['全市共审结行政复议案件1,200件,选编典型案例10个。', 1200, 'review.concluded'],
    ['全年为受援人挽回经济损失2,360万元。', 23600000, 'legal_aid.recovered'],
  ] as const)('a total stays one: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});
