// From set 20 (a city's review summary), with sentences written for them: a closed aside on what a count takes in
// (审结422件(包括2018年结转案件)) dates no figure after it; a breakdown framed by the answering body or its level
// (从应诉机关来看, 从应诉机关级别看) lists parts.
import { claim, figure } from './helpers.ts';

describe('an aside on what a count takes in', () => {
  it.each([
    '全年共审结422件(包括2018年结转案件),纠错65件,综合纠错率为20.1%。',
    '全年共审结422件(含2018年结转案件),综合纠错率为20.1%。',
    '全年共审结422件（不含2018年结转案件）,综合纠错率为20.1%。',
  ])('%s: the rate is this year’s', (text) => {
    expect(figure(text, 20.1, { year: 2019 })).toMatchObject({ scope: 'region', year: 2019 });
  });

  it('a figure inside the aside keeps the aside’s year', () => {
    expect(figure('全市法院共新收行政案件2531件(不含2011年度未结案件87件)。', 87, { year: 2012 }).year).toBe(
      2011,
    );
  });
});

describe('a breakdown framed by the answering body', () => {
  it.each([
    ['2019年,全市法院共受理行政诉讼案件377件。从应诉机关来看,原行政行为机关单独应诉的有120件。', 120],
    [
      '2019年,全市法院共受理行政诉讼案件377件。从应诉机关级别看,乡镇政府出庭应诉1件,县级政府出庭应诉190件。',
      190,
    ],
  ])('%s: %d is a part', (text, value) => {
    expect(claim(text, value, { year: 2019 })[1]).toBe('sub_category');
  });
});
