// A 一审 count larger than the level before it is no part of that level: the rule that takes a total split into instances
// (…862件,其中一审615件) away from litigation.cases reads parts only. Sentences written for this test.
import { figure } from './helpers.ts';

const CITY = { year: 2023, region: '330600' };

describe('a larger 一审 count after a level is no part of it', () => {
  it('a rise with each level’s year, then a five years’ sum', () => {
    const text =
      '全市两级法院一审行政案件收案数由1,582件(2019年)增至2,307件(2023年),五年累计受理一审行政案件9,860件。';
    expect(figure(text, 2307, CITY)).toMatchObject({
      metric: 'litigation.cases',
      scope: 'region',
      year: 2023,
    });
    expect(figure(text, 9860, CITY)).toMatchObject({ scope: 'cumulative' });
  });
  it('near miss: a smaller 一审 count after a total of every instance is its part, and the total none', () => {
    const text = '全市行政机关共发生行政诉讼案件862件,其中一审案件615件。';
    expect(figure(text, 615, CITY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
    expect(figure(text, 862, CITY).metric).toBeNull();
  });
});
