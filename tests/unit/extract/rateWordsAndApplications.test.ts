// A rate word reaches its percentage across past years and a run of years; legal aid applications are
// not the cases handled. Sentences are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

function claim(
  text: string,
  value: number,
  options: ExtractOptions = Y,
): [string | null, string, number | undefined] {
  const c = figure(text, value, options);
  return [c.metric, c.scope, c.year];
}

describe('a rate word and its percentage', () => {
  it.each([
    ['全市行政机关负责人出庭应诉率连续三年保持100%。', 100, 'litigation.head_appearance_rate'],
    ['人民调解成功率连续5年稳定在98%以上。', 98, 'mediation.success_rate'],
    ['行政机关负责人出庭应诉率由2022年的85%提升至2023年的98%。', 98, 'litigation.head_appearance_rate'],
    ['行政诉讼败诉率从2022年度的9.1%降至6.2%。', 6.2, 'litigation.loss_rate'],
    ['全市行政机关负责人出庭应诉率实现100%。', 100, 'litigation.head_appearance_rate'],
    ['全市行政机关负责人出庭应诉率首次跃升至80.98%。', 80.98, 'litigation.head_appearance_rate'],
    ['全市行政机关败诉率回落至12.5%。', 12.5, 'litigation.loss_rate'],
    ['全市人民调解成功率攀升到99.1%。', 99.1, 'mediation.success_rate'],
    ['行政复议纠错率下降为9.8%。', 9.8, 'review.correction_rate'],
    ['全市行政机关负责人出庭应诉率增长至95%。', 95, 'litigation.head_appearance_rate'],
    ['全县行政机关负责人应诉率100%。', 100, 'litigation.head_appearance_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'region', 2023]);
  });

  it('reads the earlier percentage as that year’s', () => {
    expect(claim('行政机关负责人出庭应诉率由2022年的85%提升至2023年的98%。', 85)).toEqual([
      'litigation.head_appearance_rate',
      'prior_year',
      2022,
    ]);
  });
});

describe('a time word between the rate word and its percentage', () => {
  it.each([
    ['全市人民调解成功率今年为98.2%。', 98.2, 'mediation.success_rate'],
    ['行政机关负责人出庭应诉率2023年达到96.4%。', 96.4, 'litigation.head_appearance_rate'],
    ['全区行政复议纠错率全年为11.3%。', 11.3, 'review.correction_rate'],
    ['行政诉讼败诉率本年度下降至4.5%。', 4.5, 'litigation.loss_rate'],
    ['全县行政机关负责人出庭应诉率当年实现100%。', 100, 'litigation.head_appearance_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'region', 2023]);
  });

  it('reads an earlier year named there as that year’s, and the next clause’s year as its own', () => {
    const text = '全市行政机关负责人出庭应诉率2021年为78%,2023年达到100%。';
    expect(claim(text, 78)).toEqual(['litigation.head_appearance_rate', 'prior_year', 2021]);
    expect(claim(text, 100)).toEqual(['litigation.head_appearance_rate', 'region', 2023]);
  });

  it('claims nothing for a bare 去年 there (it can name the report’s own year on a page of the next year)', () => {
    const text = '全市行政机关负责人出庭应诉率去年为85%,今年达到100%。';
    expect(figure(text, 85).metric).toBeNull();
  });
});

describe('legal aid applications', () => {
  it.each([
    ['全市法律援助机构共受理法律援助申请6,230件,组织办理法律援助案件6,102件。', 6230, 6102],
    ['全县共收到法律援助申请980件,指派律师承办法律援助案件950件。', 980, 950],
  ] as const)('%s', (text, applications, cases) => {
    expect(figure(text, applications, Y).metric).toBeNull();
    expect(claim(text, cases)).toEqual(['legal_aid.cases', 'region', 2023]);
  });

  it.each([
    ['全市共受理法律援助案件4,326件。', 4326],
    ['全年办理法律援助申请手续后,共承办法律援助案件1,120件。', 1120],
    ['受理法律援助申请人咨询后,全市共办理法律援助案件2,240件。', 2240],
  ] as const)('a case count stays one: %s', (text, value) => {
    expect(figure(text, value, Y).metric).toBe('legal_aid.cases');
  });
});
