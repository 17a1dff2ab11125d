// 受理 of review cases, with no word of applications beside it, is the accepted count (review.accepted), as the catalogue
// defines it (data/metrics.json) and as every hand-labelled set reads it; 受理…申请 and the intake words (收到, 新收, 收办,
// 办理) count the applications (review.cases). Sentences written for this file; each expected claim by hand.
import { claim, derived, metricOf } from './helpers.ts';

describe('受理 of review cases is the accepted count', () => {
  it.each([
    ['2023年,全市共受理行政复议案件315件。', 315],
    ['全区依法受理行政复议案件1,046件,审结986件。', 1046],
    ['全县共立案受理行政复议案件203件。', 203],
    ['全年立案行政复议案件96件。', 96],
    ['全市行政复议案件受理量达到1,320件。', 1320],
    ['我市各级复议机关受理的行政复议案件共860件。', 860],
    ['全市受理各类行政复议案件2,100件,同比增长12%。', 2100],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value)).toEqual(['review.accepted', 'region']);
  });

  it('its change and the prior year it implies are of the accepted count too', () => {
    const text = '2023年,全市共受理行政复议案件315件,同比增长5%。';
    expect(claim(text, 5)).toEqual(['review.accepted', 'change']);
    expect(derived(text).map((c) => [c.value, c.metric, c.year])).toEqual([[300, 'review.accepted', 2022]]);
  });

  it.each([
    // Applications taken in, or any intake word: the year's applications.
    ['2023年,全市受理行政复议申请320件。', 320],
    ['全市收到行政复议申请400件。', 400],
    ['全年新收行政复议案件412件。', 412],
    ['全市共办理行政复议案件860件。', 860],
    ['全年共受案行政复议案件150件。', 150],
  ] as const)('near miss, the applications: %s', (text, value) => {
    expect(claim(text, value)).toEqual(['review.cases', 'region']);
  });

  it.each([
    ['全市依法不予受理行政复议申请32件。', 32],
    ['全年不予受理的行政复议案件15件。', 15],
  ] as const)('near miss, not accepted: %s', (text, value) => {
    expect(metricOf(text, value)).not.toBe('review.accepted');
  });

  it.each([
    // Other topics' 受理 keep their own metrics.
    ['全年受理法律援助案件1,200件。', 1200, 'legal_aid.cases'],
    ['全市人民调解组织受理矛盾纠纷3,400件。', 3400, 'mediation.cases'],
  ] as const)('near miss, another topic: %s', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });
});

describe('the accepted count beside the applications', () => {
  it('after the applications received it is the accepted count, no part of them', () => {
    const text = '全市收到行政复议申请400件,其中受理360件,不予受理25件。';
    expect(claim(text, 400)).toEqual(['review.cases', 'region']);
    expect(claim(text, 360)).toEqual(['review.accepted', 'region']);
  });

  it.each([
    // Under the accepted count, new applications or cases taken in are a part of it (it holds those carried over).
    ['全年受理行政复议案件300件,其中新收280件。', 280],
    ['全市受理行政复议案件9,428件中,市政府受案959件。', 959],
  ] as const)('a count of applications under the accepted count is a part: %s', (text, value) => {
    expect(metricOf(text, value)).toBeNull();
  });

  it('a total with the cases carried over is neither; its 受理 part is the accepted count', () => {
    const text = '全年共有行政复议案件1,410件,其中受理1,320件,上年结转90件。';
    expect(metricOf(text, 1410)).toBeNull();
    expect(claim(text, 1320)).toEqual(['review.accepted', 'region']);
  });
});
