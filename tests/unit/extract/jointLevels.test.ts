// Bodies of two levels named together (市、区法律援助中心, 市、县(区)政府) count the region's cases, not one
// government's own. Sentences are written for these tests.
import { claim } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('two levels together are the region', () => {
  it.each([
    ['市、区法律援助中心共办理法律援助案件5,600件。', 5600, 'legal_aid.cases'],
    ['市、县法律援助中心全年共受理法律援助案件5,600件。', 5600, 'legal_aid.cases'],
    ['市、县(市、区)法律援助机构共办理法律援助案件5,600件。', 5600, 'legal_aid.cases'],
    ['市和区法援中心共办理法律援助案件5,600件。', 5600, 'legal_aid.cases'],
    ['市、区政府共收到行政复议申请1,300件。', 1300, 'review.cases'],
    ['市、县(区)复议机关共收到行政复议申请1,300件。', 1300, 'review.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'region']);
  });
});

describe('near misses: one level’s body', () => {
  it.each([
    ['市法律援助中心全年办理法律援助案件560件。', 560, 'legal_aid.cases'],
    ['市政府收到行政复议申请412件。', 412, 'review.cases'],
    ['市区法律援助中心办理法律援助案件560件。', 560, 'legal_aid.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'government_own']);
  });
});

// scope.ts LOWER_GOVERNMENTS: the governments of the units below, named alone, are their part of the region's count (no
// one government's own: so every hand-labelled set reads them).
describe('the governments below the page’s level, alone', () => {
  it.each([
    ['各区县政府共收到行政复议申请890件。', 890, CITY],
    ['全市各区、县(市)政府共收到行政复议申请890件。', 890, CITY],
    ['各县(市、区)人民政府受理行政复议申请890件。', 890, CITY],
    ['2023年,各区政府共办理行政复议案件890件。', 890, CITY],
    ['各市州政府共收到行政复议申请3,346件。', 3346, { year: 2023, region: '330000' }],
  ] as const)('%s', (text, value, options) => {
    expect(claim(text, value, options)).toEqual(['review.cases', 'sub_category']);
  });

  it.each([
    ['市政府和各区县政府共收到行政复议申请1,346件。', 1346],
    ['市本级、各区县政府共收到行政复议申请1,346件。', 1346],
    ['市、县两级政府共收到行政复议申请1,346件。', 1346],
  ] as const)('%s: with the page’s own level they are the region', (text, value) => {
    expect(claim(text, value, CITY)).toEqual(['review.cases', 'region']);
  });
});
