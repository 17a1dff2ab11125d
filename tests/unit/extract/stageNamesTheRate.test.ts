// 矛盾纠纷实质性化解率 in a sentence of review (行政复议阶段, 复议环节, review bodies as its subject) is review's rate: the word
// 矛盾纠纷 names its object, not its owner. Alone, or in a sentence of people's mediation, it stays mediation's. Sentences are
// written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '440100' };

it.each([
  [
    '全市审结行政复议案件1,620件,行政复议阶段矛盾纠纷实质性化解率达97.3%。',
    97.3,
    ['review.resolution_rate', 'region'],
  ],
  ['全区行政复议环节矛盾纠纷实质性化解率为92%。', 92, ['review.resolution_rate', 'region']],
  [
    '全县行政复议机关全年办结案件310件,矛盾纠纷实质化解率达88.6%。',
    88.6,
    ['review.resolution_rate', 'region'],
  ],
  // Without review in the sentence: people's mediation's, or the courts' (none).
  ['全市矛盾纠纷实质性化解率达96%。', 96, ['mediation.success_rate', 'region']],
  [
    '全县人民调解组织共调解纠纷3,200件,矛盾纠纷实质性化解率达97.5%。',
    97.5,
    ['mediation.success_rate', 'region'],
  ],
  ['全市法院审结一审行政诉讼案件900件,行政诉讼案件实质性化解率达35%。', 35, [null, 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});
