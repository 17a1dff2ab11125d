// 矛盾纠纷实质性化解率 names the rate by its object, as 矛盾纠纷综合化解率 does: the stage named before it (行政复议阶段,
// 复议环节) or the sentence's subject says whose rate it is. Sentences are written for these tests.
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
  // The word alone still leaves the rate to the sentence's subject: people's mediation's, the courts' (none).
  [
    '全县人民调解组织共调解纠纷3,200件,矛盾纠纷实质性化解率达97.5%。',
    97.5,
    ['mediation.success_rate', 'region'],
  ],
  ['全市法院审结一审行政诉讼案件900件,行政诉讼案件实质性化解率达35%。', 35, [null, 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});
