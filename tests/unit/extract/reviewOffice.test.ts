// A justice bureau is its government's review office: its review count is that level's own. On a
// district's or county's page, the city's bodies are the city above it. Sentences are written for
// these tests.
import { figure, claim } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };
const DISTRICT = { year: 2023, region: '330212' };
const COUNTY_CITY = { year: 2023, region: '330382' };


describe('a justice bureau’s review count', () => {
  it.each([
    ['2023年,市司法局共收到行政复议申请1,200件。', 1200, 'review.cases'],
    ['市司法局全年审结行政复议案件980件。', 980, 'review.concluded'],
    ['省司法厅办理省政府行政复议案件320件。', 320, 'review.cases'],
  ] as const)('is the government’s own at a city: %s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'government_own']);
  });

  it.each([
    ['区司法局办理行政复议案件300件。', 300, DISTRICT],
    ['市司法局共收到行政复议申请1,200件。', 1200, COUNTY_CITY],
  ] as const)(
    'is the region’s at a county, a district or a county-level city: %s',
    (text, value, options) => {
      expect(claim(text, value, options)).toEqual(['review.cases', 'region']);
    },
  );

  it('leaves other topics alone: a justice bureau’s legal aid is not its government’s own', () => {
    expect(claim('市司法局全年共办理法律援助案件3,000件。', 3000, CITY)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });

  it('全市 takes the subject back to the region', () => {
    expect(claim('市司法局统计,全市共收到行政复议申请2,600件。', 2600, CITY)).toEqual([
      'review.cases',
      'region',
    ]);
  });
});

describe('the city’s bodies on a district’s page', () => {
  it.each([
    ['市司法局共收到行政复议申请1,200件。', 1200],
    ['市政府全年收到行政复议申请560件。', 560],
    ['市法律援助中心共办理法律援助案件800件。', 800],
  ] as const)('%s makes no claim for the district', (text, value) => {
    expect(figure(text, value, DISTRICT).metric).toBeNull();
  });

  it('a city’s task set for the district does not make the district’s own count the city’s', () => {
    const text =
      '市司法局下达大观区2019年法律援助案件任务数为268件,截至11月中旬,共办理各类法律援助案件290件。';
    expect(claim(text, 290, { year: 2019, region: '340803' })).toEqual(['legal_aid.cases', 'region']);
  });
});
