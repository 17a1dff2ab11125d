// figureScope, quotesAHigherRegion and regionLevel on their own, fed the facts the extractor would have found, so that
// each rule of whose figure it is can be seen to decide. Subjects and expected scopes written by hand.
import { figureScope, quotesAHigherRegion, regionLevel } from '../../../src/extract/scope.ts';
import { scopeFacts } from './helpers.ts';

const facts = scopeFacts;

describe('regionLevel', () => {
  it.each([
    ['440000', 'province'],
    ['441800', 'prefecture'],
    ['441802', 'county'],
  ] as const)('%s is %s', (code, level) => {
    expect(regionLevel(code)).toBe(level);
  });

  it.each([undefined, '4418021', 'x41802', '44180x', '4418', ''])('%j is no code', (code) => {
    expect(regionLevel(code)).toBeUndefined();
  });
});

describe('a government body’s own count, by the level of the body and of the page', () => {
  it.each([
    // The province's own government on the province's page.
    ['省政府新收行政复议申请', 'province', 'government_own'],
    ['自治区人民政府收到行政复议申请', 'province', 'government_own'],
    // A prefecture (州) named on a province's page is not the province's own body.
    ['州人民政府收到行政复议申请', 'province', 'region'],
    // …but on a prefecture's page it is that prefecture's government.
    ['州人民政府收到行政复议申请', 'prefecture', 'government_own'],
    // A city's government: the city's own part on a city's page or a province's, and on a page whose level is unknown.
    ['市政府收到行政复议申请', 'prefecture', 'government_own'],
    ['市政府收到行政复议申请', 'province', 'government_own'],
    ['市政府收到行政复议申请', undefined, 'government_own'],
    // On a county-level city's page its 市政府 is the region's only government.
    ['市政府收到行政复议申请', 'county', 'region'],
    // A district's or county's government is the only one of a district's or county's page…
    ['区政府收到行政复议申请', 'county', 'region'],
    ['县人民政府收到行政复议申请', 'county', 'region'],
    ['县人民政府收到行政复议申请', undefined, 'region'],
    // …and one body among several on a city's or a province's.
    ['区政府收到行政复议申请', 'prefecture', 'government_own'],
    ['县人民政府收到行政复议申请', 'province', 'government_own'],
  ] as const)('%j on a %s page: %s', (subject, level, scope) => {
    expect(figureScope(facts({ subject, level }))).toBe(scope);
  });

  it('a city-level legal aid body is the city’s own; bodies of several levels together (市县级) are the region’s', () => {
    const legalAid = { topic: 'legal_aid' as const, level: 'prefecture' as const };
    expect(figureScope(facts({ ...legalAid, subject: '市级法律援助机构办理' }))).toBe('government_own');
    expect(figureScope(facts({ ...legalAid, subject: '市县级法律援助机构办理' }))).toBe('region');
    expect(figureScope(facts({ ...legalAid, subject: '省市县级法律援助机构办理' }))).toBe('region');
  });

  it('a body named only by a pronoun (该中心) is a city-level body: its own count unless the page is a county’s', () => {
    const centre = { topic: 'legal_aid' as const, subject: '该中心共受理' };
    expect(figureScope(facts({ ...centre, level: undefined }))).toBe('government_own');
    expect(figureScope(facts({ ...centre, level: 'prefecture' }))).toBe('government_own');
    expect(figureScope(facts({ ...centre, level: 'county' }))).toBe('region');
  });

  it('a pronoun for an office is a part of mediation only: for other topics it claims nothing of its own', () => {
    expect(figureScope(facts({ topic: 'mediation', subject: '该中心共调解', level: 'county' }))).toBe(
      'sub_category',
    );
    expect(figureScope(facts({ topic: 'review', subject: '该中心共收到', level: 'county' }))).toBe('region');
    expect(figureScope(facts({ topic: 'other', subject: '该局共', level: 'prefecture' }))).toBe('region');
  });

  it('one person’s count is a part only when the figure has a topic', () => {
    expect(figureScope(facts({ topic: 'mediation', subject: '调解员王建国共调解' }))).toBe('sub_category');
    expect(figureScope(facts({ topic: null, subject: '调解员王建国共' }))).toBe('region');
  });
});

describe('another region’s total quoted on a page (quotesAHigherRegion)', () => {
  it.each([
    ['全国共办理', 'province', '440000', true],
    ['全自治区共调解', 'county', '450102', true],
    ['本省共调解', 'county', '441802', true],
    ['我省共调解', 'prefecture', '441800', true],
    // The province's own page says 全省 of itself.
    ['全省共调解', 'province', '440000', false],
    // A district's page: 全市 and 我市 are the city above it.
    ['全市共调解', 'county', '441802', true],
    ['我市共调解', 'county', '441802', true],
    ['本市共调解', 'county', '441802', true],
    // A county-level city's own 全市 is its own (英德市 441881).
    ['全市共调解', 'county', '441881', false],
    // Without the page's code a county-level page cannot tell a district from a county-level city: no claim is dropped.
    ['全市共调解', 'county', undefined, false],
    ['全市共调解', 'prefecture', '441800', false],
  ] as const)('%j on a %s page (%s): %s', (subject, level, code, quotes) => {
    expect(quotesAHigherRegion(subject, level, code)).toBe(quotes);
  });

  it('a district’s page naming the city’s government or justice bureau (for review) quotes the city', () => {
    expect(quotesAHigherRegion('市政府收到', 'county', '441802', 'review')).toBe(true);
    expect(quotesAHigherRegion('市司法局收到', 'county', '441802', 'review')).toBe(true);
    expect(quotesAHigherRegion('市司法局组织', 'county', '441802', 'mediation')).toBe(false);
  });
});
