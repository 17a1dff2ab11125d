// figureScope fed by hand the facts of the parts added on 2 December: a department's own count, a breakdown by some
// units that opens the sentence, a share of the page's own whole right after the figure, and a clause of only the units
// below. Facts and expected scopes written by hand.
import { figureScope } from '../../../src/extract/scope.ts';
import { scopeFacts as facts } from './helpers.ts';

describe('one named department', () => {
  it.each([
    ['省国家税务局收到行政复议申请', 'review', 'sub_category'],
    ['市公安局作为被告的行政诉讼案件', 'litigation', 'sub_category'],
    ['区自然资源和规划局被诉案件', 'litigation', 'sub_category'],
    // Not for mediation, nor the justice bureau (the review office: the government's own), nor a layout or a hall; the
    // police mediating count their own part as the police (POLICE), not as a department.
    ['市民政局调解纠纷', 'mediation', 'region'],
    ['市公安局调解纠纷', 'mediation', 'sub_category'],
    ['市司法局收到行政复议申请', 'review', 'government_own'],
    ['优化区域布局,收到行政复议申请', 'review', 'region'],
    ['区政务服务大厅收到行政复议申请', 'review', 'region'],
    ['全市各局收到行政复议申请', 'review', 'region'],
    ['市直局收到行政复议申请', 'review', 'region'],
    ['市公安局局长出庭应诉', 'litigation', 'sub_category'],
  ] as const)('%s (%s) → %s', (subject, topic, scope) => {
    expect(figureScope(facts({ subject, topic }))).toBe(scope);
  });
});

describe('a breakdown by some units opening the sentence', () => {
  it.each([
    ['其中,16个州(市)收到', 'sub_category'],
    ['其中:5个县收到', 'sub_category'],
    ['其中16个州市收到1087件,受理', 'sub_category'],
    // A whole-region word after it takes the sentence back; units not under 其中 are not a breakdown.
    ['其中16个州市收到1087件,全省受理', 'region'],
    ['16个州市收到', 'region'],
  ] as const)('%s → %s', (sentencePrefix, scope) => {
    expect(figureScope(facts({ sentencePrefix, subject: '' }))).toBe(scope);
  });
});

describe('a share of the page’s own whole right after the figure', () => {
  it.each([
    [',占全市总量的72%。', 'prefecture', '330100', 'sub_category'],
    ['，约占全市的72%', 'prefecture', '330100', 'sub_category'],
    [',占全市案件总数的72%', 'prefecture', '330100', 'sub_category'],
    [',占全省总量的76%', 'province', '330000', 'sub_category'],
    [',占全市总量的76%', 'province', '110000', 'sub_category'],
    // A higher region's whole, another thing's total, no share, or no level.
    [',占全省总量的12%', 'prefecture', '330100', 'region'],
    [',占全市的12%', 'county', '330106', 'region'],
    [',占全国的3%', 'province', '330000', 'region'],
    [',占全市矛盾纠纷总量的85%', 'prefecture', '330100', 'region'],
    [',同比增长12%', 'prefecture', '330100', 'region'],
    ['占全市总量的72%', undefined, undefined, 'sub_category'],
  ] as const)('%s on a %s page → %s', (after, level, region, scope) => {
    const expected = level === undefined ? 'region' : scope;
    expect(figureScope(facts({ after, level, region }))).toBe(expected);
  });
});

describe('a clause of only the units below', () => {
  it.each([
    ['区县', 'sub_category'],
    ['各区县(市)', 'sub_category'],
    ['区县两级', 'sub_category'],
    ['各乡镇共', 'sub_category'],
    // Words of their own, or the government's own level.
    ['区县法院受理', 'region'],
    ['市本级', 'government_own'],
  ] as const)('%s → %s', (clause, scope) => {
    expect(figureScope(facts({ clause, subject: clause }))).toBe(scope);
  });

  it('the units below win over the own level named in the clause before', () => {
    expect(figureScope(facts({ clause: '区县', subject: '其中市本级,区县', part: true }))).toBe('sub_category');
    expect(figureScope(facts({ clause: '其中市本级', subject: '其中市本级', part: true }))).toBe('government_own');
  });
});
