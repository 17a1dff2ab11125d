// Two readings of review and litigation sentences: a clause that measures a figure against another thing (超过法院新收一审
// 行政诉讼案件近60%, 是同期法院…的1.5倍) names that thing, not the subject of the figures after it; and the cases still in
// hand (尚有21宗案件还在审理中, 仍有3件未审结) are no count of the year's. Each with near misses. Sentences are written
// for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '510000' };

describe('a clause measured against another thing does not change the subject', () => {
  it.each([
    ['全省新收行政复议案件10059件,超过法院新收一审行政诉讼案件近60%;受理案件8250件,办结率81.3%。', 8250],
    ['全市新收行政复议案件1,200件,是同期法院一审行政诉讼案件的1.5倍,受理1,100件。', 1100],
    ['全市新收行政复议案件1,200件,高于法院一审行政诉讼收案量,受理1,100件。', 1100],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.accepted', 'region']);
  });

  it.each([
    // A clause of the other subject's own (no comparison word) does change it.
    ['全市新收行政复议案件1,200件;法院受理一审行政诉讼案件900件。', 900, 'litigation.cases'],
    ['全省办理法律援助案件3万件;全省行政复议机关受理案件8250件。', 8250, 'review.accepted'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('the cases still in hand', () => {
  it.each([
    ['我市办理行政诉讼案件31宗,审结10宗,尚有21宗案件还在审理中。', 21],
    ['全市收到行政复议申请860件,仍有3件未审结。', 3],
    ['全县行政诉讼案件中,还有12件正在审理中。', 12],
    ['经法院审理,判决驳回诉讼请求或准许撤诉的行政诉讼案件共10宗,尚有21宗案件还在审理中。', 21],
    ['全市行政诉讼案件审结率为80%,另仍有9件案件尚未审结。', 9],
    ['已有56起成功化解,另外2起也正在积极调处中。', 2],
    ['全市调解纠纷320件,其中3件正在调解中。', 3],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it.each([
    ['全市收到行政复议申请860件,已全部审结。', 860, 'review.cases'],
    ['全县受理行政诉讼案件45件,审理中发现问题12个。', 45, 'litigation.cases'],
    ['全市调解纠纷320件,调解中发现问题12个。', 320, 'mediation.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});
