// Counts near the work that are not the work: disputes that occurred (发生), harms prevented or stopped (防止, 制止),
// review cases still to be handled including those carried over (需办理, 应办理), and disputes settled before a review
// application was accepted (受理前). None is the headline count; the count of the work beside each still is.
// A change against 上年度 (同期) is a change like one against 上年. Sentences written for these tests.
import { claim, figure } from './helpers.ts';

describe('counts that are not the work', () => {
  it.each([
    ['至年底，全县发生各类矛盾纠纷490件，调处488件。', 490],
    ['全年辖区内发生矛盾纠纷1200起，其中调解1150起。', 1200],
    ['防止因民间纠纷可能引起的自杀12件。', 12],
    ['全年共调解纠纷3000件，防止民转刑案件22件。', 22],
    ['全年共调解纠纷3000件，制止群体性械斗5起。', 5],
    ['2024年总共需办理复议案件151件，其中上年结转15件。', 151],
    ['全年应办理行政复议案件96件，已办结90件。', 96],
    ['2024年复议受理前协商化解案件17件。', 17],
  ])('%s: %d is no headline count', (text, value) => {
    expect(claim(text, value)[0]).toBeNull();
  });
});

describe('the work beside them still counts', () => {
  it.each([
    ['至年底，全县发生各类矛盾纠纷490件，调处488件。', 488, 'mediation.cases'],
    ['全年共调解纠纷3000件，防止民转刑案件22件。', 3000, 'mediation.cases'],
    ['全年应办理行政复议案件96件，已办结90件。', 90, 'review.concluded'],
    ['全年新收行政复议案件151件，依法受理140件。', 151, 'review.cases'],
    ['全年调解婚姻家庭纠纷发生前的隐患排查后，共调解纠纷2000件。', 2000, 'mediation.cases'],
  ])('%s: %d is %s', (text, value, metric) => {
    expect(claim(text, value)[0]).toBe(metric);
  });
});

describe('a change against 上年度', () => {
  it.each([
    ['行政机关负责人出庭应诉率为38%，比上年度同期增加28个百分点。', 28, 'litigation.head_appearance_rate'],
    ['全市共调解纠纷3000件，较上年度增长12%。', 12, 'mediation.cases'],
    ['全年办理法律援助案件1500件，与上年度相比减少60件。', -60, 'legal_aid.cases'],
  ])('%s: %d is a change of %s', (text, value, metric) => {
    const c = figure(text, value);
    expect([c.metric, c.scope]).toEqual([metric, 'change']);
  });
});
