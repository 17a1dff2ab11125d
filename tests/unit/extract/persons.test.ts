// One person's count (a mediator's, a lawyer's) is a part of the region's work; years since the person
// began are a span. Sentences are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

describe('one person’s count', () => {
  it.each([
    ['他先后调解各类矛盾纠纷300余件。', 300],
    ['调解员王建国共调解纠纷1,260件,调解成功率98%。', 1260],
    ['调解员王建国共调解纠纷1,260件,调解成功率98%。', 98],
    ['律师李明全年承办法律援助案件86件。', 86],
    ['作为村调委会主任,她一年调解纠纷120件。', 120],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('sub_category');
  });

  it('years since a person began are a span', () => {
    const c = figure('从事人民调解工作以来,她累计化解矛盾纠纷500余件。', 500, Y);
    expect(c.scope).toBe('cumulative');
    expect(c.period?.phrase).toBe('工作以来');
  });

  it.each([
    ['全市其他各类调解组织和人民调解委员会共调解纠纷300件。', 300, 'mediation.cases'],
    ['全市调解纠纷1.2万件,为他人排忧解难。', 12000, 'mediation.cases'],
    ['全市律师共承办法律援助案件2,100件。', 2100, 'legal_aid.cases'],
  ] as const)('is not read into 其他, 他人 or a profession as a whole: %s', (text, value, metric) => {
    expect(figure(text, value, Y)).toMatchObject({ metric, scope: 'region' });
  });
});
