// Two ways a review or litigation count is one body's or some units' part, not the region's: one named department
// (省国家税务局, 市公安局, 市市场监管局 — its justice bureau is the government's review office, counted as the
// government's own), and a 其中 breakdown by some units that opens the sentence (其中,16个州(市)收到1087件,受理1002件).
// Each with near misses. Sentences are written for these tests.
import { claim } from './helpers.ts';

const CITY = { year: 2023, region: '330100' };
const PROVINCE = { year: 2014, region: '530000' };

describe('one named department’s own count', () => {
  it.each([
    ['省国家税务局收到行政复议申请2件,受理1件。', 2, 'review.cases'],
    ['省国家税务局收到行政复议申请2件,受理1件。', 1, 'review.accepted'],
    ['市公安局作为被告的行政诉讼案件120件。', 120, 'litigation.cases'],
    ['市市场监管局办理行政复议案件35件。', 35, 'review.cases'],
    ['市自然资源和规划局全年被诉行政案件45件。', 45, 'litigation.cases'],
  ] as const)('%s → %s', (text, value, metric) => {
    expect(claim(text, value, text.startsWith('省') ? PROVINCE : CITY)).toEqual([metric, 'sub_category']);
  });

  it.each([
    // The justice bureau is the government's review office; the government is its own; 全市 and a layout are no body.
    ['市司法局共收到行政复议申请860件。', 'review.cases', 'government_own'],
    ['市政府全年收到行政复议申请860件。', 'review.cases', 'government_own'],
    ['全市各级行政机关共收到行政复议申请860件。', 'review.cases', 'region'],
    ['优化区域布局,行政复议案件全年共收到860件。', 'review.cases', 'region'],
    ['在区政务服务大厅设立复议窗口,全年共收到行政复议申请860件。', 'review.cases', 'region'],
  ] as const)('near miss: %s', (text, metric, scope) => {
    expect(claim(text, 860, CITY)).toEqual([metric, scope]);
  });
});

describe('a breakdown by some units that opens the sentence', () => {
  it.each([
    ['全省收到行政复议申请1375件,受理1205件。其中, 16个州(市)收到行政复议申请1087件,受理1002件。', 1087],
    ['全省收到行政复议申请1375件,受理1205件。其中, 16个州(市)收到行政复议申请1087件,受理1002件。', 1002],
    ['全省收到行政复议申请1375件,其中16个州市收到1087件,受理1002件。', 1002],
  ] as const)('%s: %d', (text, value) => {
    expect(claim(text, value, PROVINCE)[1]).toBe('sub_category');
  });

  it.each([
    // A later sentence, or a whole-region word after the units, is the region's again.
    ['其中16个州市收到行政复议申请1087件。全省受理行政复议申请1205件。', 1205],
    ['其中16个州市收到行政复议申请1087件;全省受理行政复议申请1205件。', 1205],
    ['其中16个州市收到行政复议申请1087件,全省受理行政复议申请1205件。', 1205],
  ] as const)('near miss: %s', (text, value) => {
    expect(claim(text, value, PROVINCE)[1]).toBe('region');
  });
});

describe('a clause of only the units below, after the government’s own level', () => {
  it.each([
    ['全市共受理行政复议案件1,083件,其中市本级478件、区县605件。', 605],
    ['全市共受理行政复议案件1,083件,其中市本级478件,各区县(市)605件。', 605],
    ['全市共受理行政复议案件1,083件,其中市本级478件、区县两级605件。', 605],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, CITY)[1]).toBe('sub_category');
  });

  it.each([
    ['全市共受理行政复议案件1,083件,其中市本级478件、区县605件。', 478, ['review.accepted', 'government_own']],
    ['其中市本级收到行政复议申请893件,受理850件。', 850, ['review.accepted', 'government_own']],
  ] as const)('near miss: %s', (text, value, expected) => {
    expect(claim(text, value, CITY)).toEqual(expected);
  });
});

describe('a public legal service centre counts its own legal aid, as a legal aid centre does', () => {
  it.each([
    ['市公共法律服务中心全年办理法律援助案件750件。', CITY, 'government_own'],
    ['今年第一季度,市公服中心已经提供线下各类咨询6000余人次,办理法律援助案件750件。', CITY, 'government_own'],
    // Every centre of the region, or a district's own on a district's page, is the region's.
    ['全市公共法律服务中心共办理法律援助案件750件。', CITY, 'region'],
    ['区公共法律服务中心全年办理法律援助案件750件。', { year: 2023, region: '330106' }, 'region'],
  ] as const)('%s', (text, options, scope) => {
    expect(claim(text, 750, options)).toEqual(['legal_aid.cases', scope]);
  });
});
