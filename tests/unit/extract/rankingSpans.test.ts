// A span of time named to rank the figure before it (创成立以来新高, 为近五年来最多, 达近三年来的最高水平) is a
// comparison, not the period of the figures after it: they stay the year's. A span that times the figures after it
// still makes them cumulative. Sentences written for these tests.
import { readPeriod } from '../../../src/extract/period.ts';
import { figure } from './helpers.ts';

const scopeAndPeriod = (text: string, value: number) => {
  const c = figure(text, value);
  return { metric: c.metric, scope: c.scope, cumulative: c.scope === 'cumulative' };
};

describe('a span that ranks the figure before it', () => {
  it.each([
    ['全市今年调解纠纷3200件，创成立以来新高，调解成功3100件。', 3100, 'mediation.resolved'],
    ['2023年全市办理法律援助案件1500件，为近五年来最多，挽回经济损失300万元。', 3_000_000, 'legal_aid.recovered'],
    ['全市调解成功率达98.6%，创2019年以来新高，调解纠纷5600件。', 5600, 'mediation.cases'],
    ['全区共调解纠纷2100件，数量居近三年来的首位，调解成功率97.2%。', 97.2, 'mediation.success_rate'],
  ])('%j: %s is the year’s region total', (text, value, metric) => {
    expect(scopeAndPeriod(text, value)).toEqual({ metric, scope: 'region', cumulative: false });
  });

  it('is no period of what follows, whichever reader finds it', () => {
    expect(readPeriod('为近五年来最多，挽回经济损失', 2023)).toBeNull();
    expect(readPeriod('创成立以来新高，调解成功', 2023)).toBeNull();
    expect(readPeriod('达到近三年来的最高水平，办结', 2023)).toBeNull();
    expect(readPeriod('创2019年以来最好成绩，办结', 2023)).toBeNull();
  });
});

describe('a span that times the figures after it', () => {
  it.each([
    ['调委会成立以来共调解纠纷5000件。', 5000],
    ['近五年来，全市共办理法律援助案件8000件，最多的一年达1900件。', 8000],
    ['2019年以来，全市累计调解纠纷4.2万件，数量逐年最高。', 42_000],
  ])('%j: %s is not the year’s', (text, value) => {
    expect(figure(text, value).scope).not.toBe('region');
  });

  it('a unit counted since its founding is a part of the region’s work: no headline metric', () => {
    expect(figure('该调委会成立以来共调解纠纷500件。', 500)).toMatchObject({ metric: null, scope: 'cumulative' });
  });

  it('is still read as the period when a ranking word comes later in the clause', () => {
    expect(readPeriod('近五年来，全市共', 2023)?.period.phrase).toBe('近五年来');
    expect(readPeriod('成立以来最早建成的调解室共调解', 2023)?.period.phrase).toBe('成立以来');
  });
});
