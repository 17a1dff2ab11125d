// Disputes mediated by legal advisers, lawyers or judges are not the people's mediation committees'
// count. Sentences are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

describe('mediation by others than people’s mediation organisations', () => {
  it.each([
    ['全县村(居)法律顾问共调解纠纷560件。', 560],
    ['律师调解工作室共调解成功纠纷320件。', 320],
    ['全市律师参与调解矛盾纠纷1,100件。', 1100],
    ['驻村法官共化解矛盾纠纷210件。', 210],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric ?? '').not.toMatch(/^mediation\.(cases|resolved)$/);
  });

  it.each([
    ['全市人民调解组织共调解矛盾纠纷1.8万件。', 18000, 'mediation.cases'],
    ['全市人民调解组织调解成功1.7万件。', 17000, 'mediation.resolved'],
  ] as const)('people’s mediation stays: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});
