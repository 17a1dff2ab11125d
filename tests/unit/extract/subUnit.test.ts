// A figure about a part of the region must not pass for the region's total.
import { figure, figures, metricOf } from './helpers.ts';

const HEADLINE =
  /^(mediation\.(cases|resolved|success_rate)|review\.|litigation\.|legal_aid\.(cases|recovered))/;

/** Headline metrics claimed as the region's own total. */
function headlineMetrics(text: string): string[] {
  return figures(text)
    .filter((c) => c.scope === 'region')
    .map((c) => c.metric)
    .filter((m): m is string => m !== null && HEADLINE.test(m));
}

describe('sub-units', () => {
  it.each([
    '其中,城关镇人民调解委员会调解纠纷356件,调解成功350件,调解成功率98.3%。',
    '新华街道调解委员会受理纠纷120件,调解成功118件。',
    '老张调解工作室全年调解纠纷86件,调解成功率100%。',
    '城南派出所调解室受理纠纷300件,调处成功296件。',
    '此外,区道路交通事故纠纷调解室共收案1031件,其中调解成功520件。',
    '该调委会自成立以来,共受理婚姻家庭纠纷6宗,调解成功5宗,成功率83.33%。',
    '市本级受理行政复议案件320件,办结301件。',
    '线上处理纠纷逾1.5万宗。',
    '依托在线调解平台受理纠纷2,300件。',
    '东湖司法所全年受理法律援助申请46件。',
  ])('%s', (text) => {
    expect(headlineMetrics(text)).toEqual([]);
  });

  it('reads a breakdown under 其中 as a part of the total it breaks down', () => {
    const text = '全年办理法律援助案件11091件,其中农民工维权案件574件、涉军维权案件35件。';
    expect(metricOf(text, 11091)).toBe('legal_aid.cases');
    expect(metricOf(text, 574)).not.toBe('legal_aid.cases');
    expect(metricOf(text, 35)).not.toBe('legal_aid.cases');
  });

  it('keeps a 其中 sentence that breaks down the previous sentence apart from its totals', () => {
    const text =
      '各级人民调解组织调处人民调解案件2779件,调处成功2739件,成功率98.56%。其中,全区8个驻所调解室共调处纠纷1297件,调处成功1289件,成功率99.38%。';
    expect(metricOf(text, 2779)).toBe('mediation.cases');
    expect(metricOf(text, 98.56)).toBe('mediation.success_rate');
    expect(metricOf(text, 1297)).not.toBe('mediation.cases');
    expect(metricOf(text, 1289)).not.toBe('mediation.resolved');
    expect(metricOf(text, 99.38)).not.toBe('mediation.success_rate');
  });

  it('lets a narrower total under 其中 keep its own metric', () => {
    const text =
      '全市共排查化解矛盾纠纷1.2万件,其中人民调解组织调解纠纷10856件,调解成功10602件,调解成功率97.66%。';
    expect(metricOf(text, 10856)).toBe('mediation.cases');
    expect(metricOf(text, 10602)).toBe('mediation.resolved');
    expect(metricOf(text, 97.66)).toBe('mediation.success_rate');
    const review = '受理行政复议案件300件,其中新收280件,审结260件,纠错率12%。';
    expect(metricOf(review, 300)).toBe('review.accepted');
    expect(metricOf(review, 280)).toBeNull();
    expect(metricOf(review, 260)).toBe('review.concluded');
    expect(metricOf(review, 12)).toBe('review.correction_rate');
  });

  it('returns to the whole region after 全市', () => {
    const text = '市本级受理行政复议案件320件,全市共受理行政复议案件1500件。';
    expect(figure(text, 320).scope).toBe('government_own');
    expect(metricOf(text, 1500)).toBe('review.accepted');
  });

  it('does not treat 各镇街 or 乡镇(街道) as a named place', () => {
    expect(metricOf('全市各镇街共受理人民调解案件9,876件。', 9876)).toBe('mediation.cases');
    expect(metricOf('依托全市乡镇(街道)人民调解委员会,共调解纠纷4,321件。', 4321)).toBe('mediation.cases');
  });

  it('does not let a topic later in the sentence claim an earlier figure', () => {
    expect(metricOf('全市共受理各类案件500件,其中法律援助案件100件。', 500)).toBeNull();
  });
});
