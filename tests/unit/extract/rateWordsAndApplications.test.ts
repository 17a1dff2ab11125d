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
