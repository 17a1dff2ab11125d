// 同比分别增长9%和8.5%: the k-th change of a 分别 run changes the k-th of as many figures right before it.
// Sentences are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figures } from './helpers.ts';

const Y: ExtractOptions = { year: 2023, region: '330200' };

function changes(text: string): Array<[string | null, number]> {
  return figures(text, Y)
    .filter((c) => c.scope === 'change')
    .map((c) => [c.metric, c.value]);
}

describe('a run of changes after 分别', () => {
  it.each([
    [
      '全市调解矛盾纠纷1.5万件,调解成功1.48万件,同比分别增长9%和8.5%。',
      [['mediation.cases', 9], ['mediation.resolved', 8.5]],
    ],
    [
      '全市受理法律援助案件3,000件、挽回经济损失1,500万元,同比分别增长10%、20%。',
      [['legal_aid.cases', 10], ['legal_aid.recovered', 20]],
    ],
    [
      '全市调解纠纷1.5万件,调解成功1.48万件,调解成功率98%,同比分别下降3%、2%和1个百分点。',
      [['mediation.cases', -3], ['mediation.resolved', -2], ['mediation.success_rate', -1]],
    ],
    [
      '全市收到行政复议申请1,200件,审结1,100件,较上年分别增加120件和100件。',
      [['review.cases', 120], ['review.concluded', 100]],
    ],
  ] as const)('%s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });
});

describe('near misses', () => {
  it('one change after 分别 is the nearest figure’s', () => {
    expect(changes('全市调解纠纷1.5万件,同比分别增长9%。')).toEqual([['mediation.cases', 9]]);
  });

  it('a figure joined to a change without 分别 is a level', () => {
    expect(changes('全市调解纠纷1.5万件,同比增长9%和法律援助案件300件。')).toEqual([['mediation.cases', 9]]);
  });

  it('a run longer than the figures before it pairs nothing', () => {
    expect(changes('全市调解纠纷1.5万件,同比分别增长9%和8%。').map(([metric]) => metric)).not.toContain(
      'mediation.resolved',
    );
  });
});
