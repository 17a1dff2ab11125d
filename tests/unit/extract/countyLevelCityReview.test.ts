// A county-level city's own government took reviews beside its departments until the reform (2021 and before), as a
// county's did; from 2022 it is the city's only review body. Sentences written for the test.
import { claim } from './helpers.ts';

const WUCHANG = '230184'; // 五常市, a county-level city

describe('a county-level city’s government as review body', () => {
  it.each([
    ['市政府作为行政复议机关全年收到复议申请21件,依法受理18件。', 21, 2021],
    ['2019年,以市政府名义办理行政复议案件30件。', 30, 2019],
  ])('before the reform it is the government’s own count: %s', (text, value, year) => {
    expect(claim(text, value, { year, region: WUCHANG })).toEqual(['review.cases', 'government_own']);
  });
  it.each([
    ['市政府作为行政复议机关全年收到复议申请64件,依法受理60件。', 64, 2023],
    ['市法律援助中心全年办理法律援助案件1,035件。', 1035, 2021],
  ])('near miss: after the reform, or its legal-aid centre, it is the city’s: %s', (text, value, year) => {
    expect(claim(text, value, { year, region: WUCHANG })[1]).toBe('region');
  });
});
