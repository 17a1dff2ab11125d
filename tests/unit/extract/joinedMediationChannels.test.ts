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

// A total of all kinds of mediation broken down by kind: its people's mediation part is the region's people's
// mediation, and the total is no count of it (sentenceRoles.peoplesMediationOfAll, OBJECT.mediation).
describe('people’s mediation as one kind of a total of all mediation', () => {
  it.each([
    ['全市各类调解组织共调解矛盾纠纷5.6万件,其中人民调解4.5万件。', 56_000, 45_000],
    ['全市共调处各类矛盾纠纷56000件,其中人民调解45000件,行政调解6000件,司法调解5000件。', 56_000, 45_000],
    ['全区调解矛盾纠纷8000件,其中人民调解委员会调解6500件、行政调解1500件。', 8000, 6500],
    ['全县共化解矛盾纠纷1.2万件,其中经人民调解化解9800件。', 12_000, 9800],
  ])('%s', (text, total, peoples) => {
    expect(claim(text, total)).toEqual([null, 'region']);
    expect(claim(text, peoples)[1]).toBe('region');
    expect(claim(text, peoples)[0]).toMatch(/^mediation\.(cases|resolved)$/);
  });

  it.each([
    // one kind of committee inside people's mediation stays a part of its total
    ['全市共调解矛盾纠纷8000件,其中村(居)人民调解委员会调解6500件。', 8000, 6500],
    ['全市人民调解组织共调解纠纷8000件,其中行业性专业性人民调解组织调解1500件。', 8000, 1500],
  ])('%s: the total keeps its claim', (text, total, part) => {
    expect(claim(text, total)).toEqual(['mediation.cases', 'region']);
    expect(claim(text, part)).toEqual([null, 'sub_category']);
  });
});

// subUnit.namesOneCentre: centres of social governance (综治中心, 矛调中心) take disputes through every channel, so even
// all levels of them together are no count of people's mediation; all levels of mediation centres still are.
describe('centres of social governance', () => {
  it.each([
    ['攀枝花市三级综治中心已累计成功化解矛盾纠纷5,024件。', 5024],
    ['县乡两级矛调中心共受理矛盾纠纷3,100件。', 3100],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value)[1]).toBe('sub_category');
  });

  it('all levels of mediation centres are the region’s', () => {
    expect(claim('市县乡三级调解中心共调解纠纷5,024件。', 5024)).toEqual(['mediation.cases', 'region']);
  });
});

// category.ts CHANNEL and metricRules: lawyers' mediation and the cases taken at one event are channels; taking part in
// mediation (参与调解) is no count of the disputes mediated.
describe('lawyers’ mediation, an event, taking part', () => {
  it.each([
    ['去年全市律师调解案件2,469件,调解成功1,490件,成功率56%。', 1490],
    ['去年全市律师调解案件2,469件,调解成功1,490件,成功率56%。', 56],
    ['活动现场受理法律援助案件62起。', 62],
  ] as const)('%s: %d is a part', (text, value) => {
    expect(claim(text, value)).toEqual([null, 'sub_category']);
  });

  it.each([
    ['区、街两级调解中心共参与调解矛盾纠纷4,173起。', 4173],
    ['全省村(社区)法律顾问参与调解矛盾纠纷31,774件。', 31774],
  ] as const)('%s: no mediation count', (text, value) => {
    expect(claim(text, value)[0]).toBeNull();
  });

  it('promoting lawyers’ mediation frames the region’s count without taking it', () => {
    const text = '推进律师调解工作,全区人民调解组织共调解矛盾纠纷4,173起,调解成功4,100起。';
    expect(claim(text, 4100)).toEqual(['mediation.resolved', 'region']);
  });
});

// extractFigures (a survivor of npm run test:mutation): under a total of bare 案件, a part naming the metric's own object
// stays a part unless it is people's mediation of all mediation or the parts are each another topic's.
it('其中法律援助案件450件 under 共受理指派案件4,459件 stays a part', () => {
  expect(claim('市法律援助中心共受理指派案件4,459件,其中法律援助案件450件。', 450)[1]).toBe('sub_category');
});
