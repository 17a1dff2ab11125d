// A count of people (调解员…人, 律师…名) in an earlier clause of the sentence does not make the figures after it one
// person's: the earlier clause's words end where that clause ends, so 调解员 and the next clause's 全年 never read as
// a mediator named 全年. Sentences written for these tests.
import { claim } from './helpers.ts';

describe('a count after a headcount in the same sentence', () => {
  it.each([
    ['全省共有人民调解员18.47万人，全年共调解矛盾纠纷41.7万件。', 417_000, 'mediation.cases'],
    ['全市现有专职人民调解员320名，全年调解纠纷6800件，调解成功6750件。', 6750, 'mediation.resolved'],
    ['全县有调解员900人，今年共调解纠纷1500件。', 1500, 'mediation.cases'],
    ['全区共有律师260人，一年来办理法律援助案件1300件。', 1300, 'legal_aid.cases'],
    ['全市配备专职调解员150名，全年共受理调解案件2400件。', 2400, 'mediation.cases'],
  ])('%s: %d is the region’s', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'region']);
  });
});

describe('one person’s count is still a part', () => {
  it.each([
    ['调解员张明华共调解纠纷300件。', 300],
    ['他从事调解工作20年，先后调解纠纷1200件。', 1200],
    ['全市调解员王建国全年调解纠纷210件。', 210],
  ])('%s: %d is a part', (text, value) => {
    expect(claim(text, value)[1]).toBe('sub_category');
  });
});
