// Whose count it is when a government is named. A government's office acting for it (受区政府委托参加应诉) counts the
// government's own suits. A government whose programme the work was listed in (纳入省委省政府民生实事, 列入市政府十件
// 民生实事) is not the one counting: the figures after it stay the region's. Sentences written for these tests.
import { claim } from './helpers.ts';

const PROVINCE = { region: '340000', year: 2022 } as const;
const CITY = { region: '340100', year: 2022 } as const;
const DISTRICT = { region: '340102', year: 2022 } as const;

describe('a government whose programme the work is in', () => {
  it.each([
    [
      '法律援助工作已纳入省委省政府20项民生实事，全年为受援人挽回经济损失或取得利益10.5亿元。',
      1_050_000_000,
      'legal_aid.recovered',
      PROVINCE,
    ],
    ['法律援助被列入市政府十件民生实事，全年共办理法律援助案件3000件。', 3000, 'legal_aid.cases', CITY],
    ['人民调解工作写入市政府工作报告，全年共调解纠纷8000件。', 8000, 'mediation.cases', CITY],
  ])('%s: %d is the region’s', (text, value, metric, options) => {
    expect(claim(text, value, options)).toEqual([metric, 'region']);
  });

  it('a government that counts is still its own', () => {
    expect(claim('市政府全年共收到行政复议申请300件。', 300, CITY)).toEqual([
      'review.cases',
      'government_own',
    ]);
    expect(claim('省法律援助中心全年办理法律援助案件900件。', 900, PROVINCE)).toEqual([
      'legal_aid.cases',
      'government_own',
    ]);
  });
});

describe('an office acting for its government', () => {
  it.each([
    ['区政府法制办受区政府委托共参加应诉案件15起。', 15, DISTRICT],
    ['市司法局受市政府委托办理行政应诉案件42件。', 42, CITY],
  ])('%s: %d is the government’s own', (text, value, options) => {
    expect(claim(text, value, options)[1]).toBe('government_own');
  });
});
