// Two kinds of count that are no year's total. The period of a campaign named before (活动期间, 攻坚期间) is the campaign's
// own; the cases an action was taken on, the object of 对 (对38件案件组织召开听证会), are no count of the year's cases.
// Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '440100' };

describe('the period of a campaign', () => {
  it.each([
    ['全市开展“春风调解”专项活动。活动期间共调解纠纷1,320件,调解成功率达97%。', 1320],
    ['全市开展“春风调解”专项活动。活动期间共调解纠纷1,320件,调解成功率达97%。', 97],
    ['县司法局组织“百日攻坚”,攻坚期间化解矛盾纠纷286件。', 286],
    ['开展法律援助进企业活动,活动期间办理法律援助案件45件。', 45],
  ] as const)('%s: %d is the campaign’s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it('the year with a campaign in it stays the region’s', () => {
    expect(claim('全年共调解纠纷8,320件,活动开展期间群众满意度高。', 8320, Y)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('the object of 对', () => {
  it.each([
    ['全年累计开展案件调解56次,对38件案件组织召开听证会。', 38],
    ['市司法局对120件行政复议案件开展回访。', 120],
    ['全县共对65件法律援助案件进行质量评估。', 65],
    ['先后对12件行政诉讼案件开展庭审旁听。', 12],
  ] as const)('%s: %d names no metric', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it.each([
    ['全市依法对1,012件行政复议案件作出复议决定。', 1012, 'review.concluded'],
    ['全市收到行政复议申请900件,对其中的80件开展回访。', 900, 'review.cases'],
    ['全市对口帮扶地区办理法律援助案件320件。', 320, 'legal_aid.cases'],
  ] as const)('%s: %d keeps its metric', (text, value, metric) => {
    expect(claim(text, value, Y)[0]).toBe(metric);
  });
});
