// A rate of disputes settled in every way, named by its object (矛盾纠纷综合化解率), belongs to the page's subject: in
// a review report it is the review resolution rate, in a mediation report no people's-mediation metric. A count of
// disputes settled in ways that include corrections (以纠错、调解、和解等方式化解…) is no count of cases settled by
// agreement. Sentences written for these tests.
import { claim, figure } from './helpers.ts';

describe('矛盾纠纷综合化解率 takes the page’s subject', () => {
  it.each([
    ['全年共审结行政复议案件12195件，直接纠错率13.4%；矛盾纠纷综合化解率36.3%。', 36.3],
    ['全市行政复议机关共收案14898件。矛盾纠纷综合化解率达到41.5%，同比提高8.4个百分点。', 41.5],
    ['行政复议工作质效提升，矛盾纠纷综合化解率为52%。', 52],
  ])('%s: %d is the review resolution rate', (text, value) => {
    expect(claim(text, value)).toEqual(['review.resolution_rate', 'region']);
  });

  it('its change in a review report is that rate’s change', () => {
    const c = figure(
      '全市行政复议机关共收案14898件。矛盾纠纷综合化解率达到41.5%，同比提高8.4个百分点。',
      8.4,
    );
    expect([c.metric, c.scope]).toEqual(['review.resolution_rate', 'change']);
  });

  it.each([
    ['全市人民调解组织共调解纠纷3万件。矛盾纠纷综合化解率98.2%。', 98.2],
    ['全市矛盾纠纷综合化解率达到95%。', 95],
  ])('%s: %d is no people’s-mediation success rate', (text, value) => {
    expect(claim(text, value)[0]).toBeNull();
  });
});

describe('settled in ways that include corrections', () => {
  it('is no count of cases settled by agreement', () => {
    expect(claim('全市以纠错、调解、和解等方式实质性化解行政争议4426件。', 4426)[0]).not.toBe(
      'review.settled',
    );
  });

  it.each([
    ['全年以调解、和解方式结案170件。', 170],
    ['行政复议案件调解和解结案58件。', 58],
  ])('%s: %d is settled by agreement', (text, value) => {
    expect(claim(text, value)[0]).toBe('review.settled');
  });
});
