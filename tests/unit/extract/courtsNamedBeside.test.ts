// A court named beside the agencies' figures: where their suits are heard (由集中管辖法院审理) names no court counting them,
// and a court's caseload of every kind (该院新收各类案件) is no count of suits against agencies. Sentences written for this test.
import { figure, figures } from './helpers.ts';

const COUNTY = { year: 2023, region: '350881' };

describe('where the region’s suits are heard, in the passive, names no court counting them', () => {
  it.each([
    '2023年,以本市行政机关为被告的一审行政诉讼案件58件,由集中管辖法院审理,行政机关负责人出庭应诉率100%,败诉率3.4%。',
    '全市行政机关作为被告的一审行政案件58件,均由龙岩市中级人民法院集中管辖审理,行政机关负责人出庭应诉率100%,败诉率3.4%。',
  ])('%s', (text) => {
    expect(figure(text, 100, COUNTY)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'region',
    });
    expect(figure(text, 3.4, COUNTY)).toMatchObject({ metric: 'litigation.loss_rate', scope: 'region' });
  });
  it('near miss: the court of several places that heard them counts its own hearings', () => {
    const text = '作为全市行政案件集中管辖法院,该院共受理一审行政案件1,207件,行政机关负责人出庭应诉率95%。';
    expect(figure(text, 1207, COUNTY).scope).toBe('court');
    expect(figure(text, 95, COUNTY).scope).toBe('court');
  });
});

describe('a court’s caseload of every kind counts no suits against agencies', () => {
  it('该院新收各类案件, on a page about administrative trials', () => {
    const text =
      '漳平法院召开2023年度诉源治理暨行政审判工作新闻发布会\n1月16日,市人民法院召开新闻发布会,通报2023年诉源治理和行政争议化解情况。2023年,该院新收各类案件5,208件,同比下降2.7%。依托诉调对接平台,委派诉前调解纠纷1,420件。行政争议方面,以本市行政机关为被告的一审行政诉讼案件61件。';
    expect(figures(text, COUNTY).filter((c) => c.value === 5208 && c.metric === 'litigation.cases')).toEqual(
      [],
    );
    expect(figure(text, 61, COUNTY)).toMatchObject({ metric: 'litigation.cases' });
  });
  it('near miss: the agencies’ suits of every kind are still their suits', () => {
    const text = '2023年,全市各级行政机关共发生各类行政诉讼案件356件。';
    expect(figure(text, 356, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
});
