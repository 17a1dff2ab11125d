// A 其中 breakdown into the bodies' own counts is an aside of the total: the next sentence with no subject of its own is
// the whole's again. Sentences written for the test.
import { claim } from './helpers.ts';

describe('after a breakdown into bodies’ own counts', () => {
  const Y = { year: 2024, region: '500000' };
  it.each([
    [
      '2024年,全市两级行政复议机构共收案1.48万件。其中,市政府本级收案2,010件;38个区县政府共收案1.28万件。全年通过调解、和解方式结案3,702件。',
      3702,
      'review.settled',
    ],
    [
      '全市各级行政复议机关共新收行政复议申请2.4万件,其中市政府本级收案4,102件。全年案件实质性化解率达到87.9%。',
      87.9,
      'review.resolution_rate',
    ],
  ])('%s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
  it('near miss: a paragraph that opens on the body’s own count goes on about it', () => {
    expect(
      claim('市政府作为复议机关全年收到行政复议申请2,010件。全年通过调解、和解方式结案602件。', 602, Y),
    ).toEqual(['review.settled', 'government_own']);
  });
});
