// 我局指导各类调解组织调解矛盾纠纷…: the justice bureau guiding the committees reports the region's count,
// not its own. Sentences are written for these tests.
import { claim } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };
const COUNTY = { year: 2023, region: '330225' };

describe('the bureau guiding the committees', () => {
  it.each([
    ['我局指导各类调解组织调解矛盾纠纷5,600件,调解成功率98%。', 5600, 'mediation.cases', CITY],
    ['我局指导各类调解组织调解矛盾纠纷5,600件,调解成功率98%。', 98, 'mediation.success_rate', CITY],
    ['本局指导人民调解委员会调处矛盾纠纷1,600件。', 1600, 'mediation.cases', COUNTY],
    ['我局督促指导基层调委会全年调解纠纷2,300件,调解成功2,250件。', 2250, 'mediation.resolved', CITY],
  ] as const)('%s (%s)', (text, value, metric, options) => {
    expect(claim(text, value, options)).toEqual([metric, 'region']);
  });
});

describe('near misses: an office’s own work', () => {
  it.each([
    ['我局调解纠纷320件。', 320],
    ['该所指导辖区调委会调解纠纷320件。', 320],
    ['我局牵头调解重大纠纷12件。', 12],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, CITY)[1]).toBe('sub_category');
  });
});
