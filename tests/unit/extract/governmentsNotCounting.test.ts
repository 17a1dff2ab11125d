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

// scope.ts ONE_GOVERNMENT and GOVERNMENT_AS_PARTY: in court, a government of one level is its own part of the suits at any
// level — on a district's page the district government too (it is the district's only review office, not its only defendant).
describe('a government in court on its own page', () => {
  it.each([
    ['区政府负责人出庭应诉率100%。', 100, 'litigation.head_appearance_rate'],
    ['区政府作为单独被告的行政诉讼案件败诉率5.5%。', 5.5, 'litigation.loss_rate'],
    ['区政府作为共同被告的行政诉讼案件32件。', 32, 'litigation.cases'],
    ['今年区政府被诉行政案件共计6件。', 6, 'litigation.cases'],
  ])('%s', (text, value, metric) => {
    expect(claim(text, value, DISTRICT)).toEqual([metric, 'government_own']);
  });

  it.each([
    ['全区行政机关负责人出庭应诉率100%。', 100, 'litigation.head_appearance_rate'],
    ['全区各级政府负责人出庭应诉率98%。', 98, 'litigation.head_appearance_rate'],
    ['区政府收到行政复议申请320件。', 320, 'review.cases'],
  ])('near miss, the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, DISTRICT)).toEqual([metric, 'region']);
  });
});

// scope.ts LAST_YEAR_OF_MANY_REVIEW_OFFICES: before the review reform a district's departments took reviews too, so its
// government's count was one office's; since, it is the district's only review office.
describe('a district government’s reviews before and after the reform', () => {
  it.each([
    [2014, 'government_own'],
    [2021, 'government_own'],
    [2022, 'region'],
    [2024, 'region'],
  ] as const)('%d: %s', (year, scope) => {
    expect(claim('区政府共收到行政复议申请281件。', 281, { region: '110112', year })).toEqual([
      'review.cases',
      scope,
    ]);
  });

  // The justice bureau took reviews as the government's review office (its 法制机构) before the reform.
  it.each([
    [2020, 'government_own'],
    [2023, 'region'],
  ] as const)('the district justice bureau, %d: %s', (year, scope) => {
    expect(claim('区司法局共受理行政复议申请96件。', 96, { region: '110112', year })).toEqual([
      'review.cases',
      scope,
    ]);
  });

  it('the whole district’s review offices are the region’s in any year', () => {
    expect(claim('全区行政复议机关共收到行政复议申请500件。', 500, { region: '110112', year: 2019 })).toEqual(
      ['review.cases', 'region'],
    );
  });

  it('a district’s legal aid centre stays the region’s', () => {
    expect(claim('区法律援助中心办理法律援助案件500件。', 500, { region: '110112', year: 2019 })).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});

it('a county government named before its legal aid centre before the reform leaves the centre’s cases the county’s', () => {
  expect(
    claim('县政府高度重视法律援助工作,县法律援助中心全年办理法律援助案件500件。', 500, {
      region: '340102',
      year: 2019,
    }),
  ).toEqual(['legal_aid.cases', 'region']);
});
