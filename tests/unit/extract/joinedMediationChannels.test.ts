// Mediation joined with other kinds (三调对接, 三调联动, 两调衔接: people's, administrative and judicial mediation
// together) is one channel, not people's mediation as a whole: its count is a part, with no headline metric.
// The region's own count beside it still is the headline. Sentences written for these tests.
import { claim } from './helpers.ts';

describe('a count through joined mediation', () => {
  it.each([
    ['今年通过“三调对接”累计化解矛盾纠纷达到7.18万件。', 71_800],
    ['全市通过三调联动化解矛盾纠纷1.2万件。', 12_000],
    ['通过两调衔接调解纠纷860件。', 860],
    ['多调联动化解疑难纠纷320件。', 320],
  ])('%s: %d is a part', (text, value) => {
    expect(claim(text, value)).toEqual([null, 'sub_category']);
  });

  it('the region’s count beside it is the headline', () => {
    const text = '全市各级调解组织共调解纠纷3.6万件，其中通过三调对接化解7200件。';
    expect(claim(text, 36_000)).toEqual(['mediation.cases', 'region']);
    expect(claim(text, 7200)[1]).toBe('sub_category');
  });
});
