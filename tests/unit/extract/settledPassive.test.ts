// Cases closed by mediation or settlement, told after the number (…8件案件经调解和解得到办结). Sentences written for it.
import { metricOf } from './helpers.ts';

describe('a count closed by mediation or settlement, told in any order', () => {
  it.each([
    ['县政府全年收到行政复议申请52件,审结47件;另有9件案件经调解和解得到办结。', 9],
    ['全年行政复议案件中,12件通过调解和解审结。', 12],
    ['全区行政复议机构审结案件210件,其中以调解和解方式办结63件。', 63],
  ])('%s', (text, value) => {
    expect(metricOf(text, value, { year: 2022 })).toBe('review.settled');
  });
  it.each([
    ['县政府全年收到行政复议申请52件,审结47件。', 47],
    ['全年行政复议调解和解案件增多,全年审结行政复议案件180件。', 180],
  ])('near miss: a concluded count: %s', (text, value) => {
    expect(metricOf(text, value, { year: 2022 })).toBe('review.concluded');
  });
});
