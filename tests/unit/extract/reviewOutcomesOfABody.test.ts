// The outcomes of a body's reviews decided (审结11件,其中维持8件、撤销2件) are parts of its count concluded, none a count
// concluded. Sentences written for this test.
import { figure, figures } from './helpers.ts';

const COUNTY_2016 = { year: 2016, region: '532932' };
const CITY = { year: 2021, region: '360700' };
const concluded = (text: string, options: { year: number; region: string }) =>
  figures(text, options)
    .filter((c) => c.metric === 'review.concluded')
    .map((c) => c.value);

describe('a body’s review outcomes are no counts concluded', () => {
  it('a county government before the reform', () => {
    const text = '全年县人民政府共收到行政复议申请14件,依法受理后审结11件,其中维持8件、撤销2件、驳回1件。';
    expect(concluded(text, COUNTY_2016)).toEqual([11]);
  });
  it('a city government as review body', () => {
    const text =
      '市政府作为复议机关审结行政复议案件428件,其中维持251件、撤销37件、确认违法12件、驳回46件、责令履行3件。';
    expect(concluded(text, CITY)).toEqual([428]);
  });
  it('near miss: the body named alone after 其中 counts what the total counts', () => {
    const text = '全市共收到行政复议申请1,205件,其中市本级收到400件。';
    expect(figure(text, 400, CITY)).toMatchObject({ metric: 'review.cases', scope: 'government_own' });
  });
});
