// The bare success rate after one item of a 其中 is the whole's again. Sentences written for the test.
import { claim } from './helpers.ts';

describe('a success rate after one item of a breakdown', () => {
  it.each([
    ['全年调解各类矛盾纠纷8.2万件,其中婚姻家庭纠纷1.6万件,调解成功率98.1%。', 98.1],
    ['全县人民调解组织共受理矛盾纠纷3,106件,其中涉疫情纠纷120件,调处成功率97.9%。', 97.9],
    ['2022年全市人民调解组织调解纠纷2.4万件,其中物业纠纷3,100件,成功率99.1%。', 99.1],
  ])('%s', (text, value) => {
    expect(claim(text, value, { year: 2022 })).toEqual(['mediation.success_rate', 'region']);
  });
  it.each([
    ['全年调解各类矛盾纠纷8.2万件,其中婚姻家庭纠纷1.6万件,婚姻家庭纠纷调解成功率96.5%。', 96.5],
    ['全年调解各类矛盾纠纷8.2万件,其中医疗纠纷调解成功率92.3%。', 92.3],
  ])('near miss: a rate naming its part is the part’s: %s', (text, value) => {
    expect(claim(text, value, { year: 2022 })[1]).toBe('sub_category');
  });
});
