// The government's lawsuits in other words: 被诉案件, and 以…为被告 naming every body (the whole) rather than one
// government (a part). Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('the region’s lawsuits', () => {
  it.each([
    ['全市行政机关被诉案件1,234件。', 1234],
    ['全市行政机关被诉案件1,234件,败诉率5%。', 1234],
    ['以全市行政机关为被告的一审行政案件1,234件。', 1234],
    ['以全市各级行政机关为被告的行政诉讼案件1,234件。', 1234],
    ['以行政机关为被告的一审行政案件1,234件。', 1234],
    ['以各级行政机关为被告的行政诉讼案件1,234件。', 1234],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['litigation.cases', 'region']);
  });
});

describe('one government as the defendant is still a part', () => {
  it.each([
    ['以市政府为被告的行政诉讼案件40件。', 40],
    ['以区政府为被申请人的复议案件共18件。', 18],
    ['以县政府为被告的案件12件。', 12],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('sub_category');
  });

  it('a review upholding the act complained of is no lawsuit', () => {
    expect(figure('全市行政复议机关维持被诉行政行为120件。', 120, CITY).metric).toBeNull();
  });
});
