import { describe, expect, it } from 'vitest';
import type { CorpusFigure, CorpusRecord } from '../../../scripts/corpus/corpusRecord.ts';
import { mapFigure, type MapContext } from '../../../scripts/corpus/mapFigure.ts';

const TEXT =
  '2023年,全县共受理行政复议案件88件,审结64件。全县调解纠纷2243件,调解成功2215件,调解成功率98.75%。' +
  '五年来累计调解纠纷1.2万余件。县政府作为复议机关收案20件。其中民事法律援助案件16件。同比增长12%。完成年度任务的107%。';

const record = (figures: CorpusFigure[], over: Partial<CorpusRecord> = {}): CorpusRecord => ({
  id: 'test-2023-1',
  url: 'https://www.example.gov.cn/a.html',
  title: '测试',
  region: '测试县',
  region_code: '433127',
  level: 'county',
  province: '湖南省',
  year: 2023,
  period: 'full_year',
  source_type: 'news',
  issuer: '测试县司法局',
  text: TEXT,
  figures,
  ...over,
});

const fig = (
  metric: string,
  clause: string,
  value: number,
  scope: CorpusFigure['scope'],
  unit = '件',
): CorpusFigure => ({
  metric,
  clause,
  value,
  unit,
  qualifier: 'exact',
  scope,
});

const UNITS: Record<string, string> = {
  'review.cases': 'count',
  'review.accepted': 'count',
  'mediation.cases': 'count',
  'legal_aid.cases': 'count',
  'legal_aid.civil_cases': 'count',
  'legal_aid.case_target_completion': 'percent',
};
const ctx = (over: Partial<MapContext> = {}): MapContext => ({
  sourceId: 'test-2023-1',
  override: undefined,
  recordSubject: undefined,
  unitOf: (m) => UNITS[m],
  ...over,
});

const map = (f: CorpusFigure, c: Partial<MapContext> = {}, r: Partial<CorpusRecord> = {}) =>
  mapFigure(record([f], r), f, 0, ctx(c));

describe('mapFigure', () => {
  it('takes 受理 from the clause: a review.cases label becomes review.accepted, and says so', () => {
    const m = map(fig('review.cases', '全县共受理行政复议案件88件', 88, 'region'));
    expect(m.observation?.metric).toBe('review.accepted');
    expect(m.settlement.status).toBe('text_wins');
  });

  it('stores a regional full-year figure as labelled, with its evidence and source', () => {
    const m = map(fig('mediation.cases', '全县调解纠纷2243件', 2243, 'region'));
    expect(m.observation).toEqual({
      region: '433127',
      year: 2023,
      metric: 'mediation.cases',
      value: 2243,
      qualifier: 'exact',
      source: 'test-2023-1',
      evidence: '全县调解纠纷2243件',
      scope: 'region',
      period: { kind: 'full_year' },
    });
    expect(m.settlement.status).toBe('kept');
  });

  it('makes a cumulative figure multi-year with the clause’s words, and reads 余 the label missed', () => {
    const m = map(fig('mediation.cases', '五年来累计调解纠纷1.2万余件', 12000, 'cumulative'));
    expect(m.observation?.period).toEqual({ kind: 'multi_year', phrase: '五年来' });
    expect(m.observation?.qualifier).toBe('lower_bound');
  });

  it('needs a subject for a government body’s own figure', () => {
    const f = fig('review.cases', '县政府作为复议机关收案20件', 20, 'government_own');
    expect(map(f).observation).toBeNull();
    const subject = { zh: '县政府(作为复议机关)', en: 'County government as review body' };
    expect(map(f, { recordSubject: subject }).observation).toMatchObject({
      scope: 'government_own',
      subject,
    });
  });

  it('keeps a part under its own metric but not under a regional total without a decision', () => {
    expect(
      map(fig('legal_aid.civil_cases', '其中民事法律援助案件16件', 16, 'sub_category')).observation?.scope,
    ).toBe('region');
    expect(
      map(fig('legal_aid.cases', '其中民事法律援助案件16件', 16, 'sub_category')).observation,
    ).toBeNull();
  });

  it('stores no change, no figure without a year and no percent above 100', () => {
    expect(map(fig('review.cases', '同比增长12%', 12, 'change', '%')).observation).toBeNull();
    expect(
      map(fig('mediation.cases', '全县调解纠纷2243件', 2243, 'region'), {}, { year: null }).observation,
    ).toBeNull();
    expect(
      map(fig('legal_aid.case_target_completion', '完成年度任务的107%', 107, 'region', '%')).observation,
    ).toBeNull();
  });

  it('refuses a clause that is not in the text', () => {
    expect(map(fig('mediation.cases', '全县调解纠纷9999件', 9999, 'region')).settlement.reasons).toEqual([
      'the clause is not in the record text',
    ]);
  });
});

describe('mapFigure, earlier years', () => {
  it('files a prior-year figure under the year the text gives, and drops one without a year', () => {
    const withYear = { ...fig('mediation.cases', '全县调解纠纷2243件', 2243, 'prior_year'), year: 2022 };
    expect(map(withYear).observation).toMatchObject({ year: 2022, period: { kind: 'full_year' } });
    expect(map(fig('mediation.cases', '全县调解纠纷2243件', 2243, 'prior_year')).observation).toBeNull();
  });
});

describe('mapFigure, part-year words before a full-year figure', () => {
  const text = '今年以来,全县调解纠纷812件,调解成功800件。2023年,全县受理行政复议案件61件。';
  const r = { text };
  const cases = fig('mediation.cases', '全县调解纠纷812件', 812, 'region');

  it('stores the figure with period unknown when nobody decided, and says why', () => {
    const m = map(cases, {}, r);
    expect(m.observation?.period).toEqual({ kind: 'unknown', phrase: '今年以来' });
    expect(m.partYear).toEqual({ words: '今年以来', settled: 'text_wins' });
    expect(m.settlement.status).toBe('text_wins');
    expect(m.settlement.reasons).toContain(
      'the sentence says «今年以来» before the figure: not stored as a full year without a decision',
    );
  });

  it('takes the period of a written decision', () => {
    const override = {
      reason: '今年以来: January to the page’s date',
      period: { kind: 'partial_year' as const, phrase: '今年以来' },
    };
    const m = map(cases, { override }, r);
    expect(m.observation?.period).toEqual({ kind: 'partial_year', phrase: '今年以来' });
    expect(m.partYear).toEqual({ words: '今年以来', settled: 'decision' });
  });

  it('keeps the full year when a written decision confirms it, with the decision’s words', () => {
    const m = map(cases, { fullYearConfirmed: 'the report covers the whole year' }, r);
    expect(m.observation?.period).toEqual({ kind: 'full_year' });
    expect(m.partYear).toEqual({ words: '今年以来', settled: 'confirmed' });
    expect(m.settlement.reasons).toContain(
      '«今年以来» before the figure does not govern it: the report covers the whole year',
    );
  });

  it('leaves a figure alone whose own sentence names its year, and one that is not a full year by its label', () => {
    const review = map(fig('review.cases', '全县受理行政复议案件61件', 61, 'region'), {}, r);
    expect(review.partYear).toBeUndefined();
    expect(review.observation?.period).toEqual({ kind: 'full_year' });
    const partial = map(cases, {}, { ...r, period: 'partial_year' });
    expect(partial.partYear).toBeUndefined();
    expect(partial.observation?.period).toEqual({ kind: 'partial_year' });
  });
});
