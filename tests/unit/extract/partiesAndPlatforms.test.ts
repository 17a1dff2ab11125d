// The people or the money a dispute involves (涉及纠纷当事人1240人, 涉及金额) name no kind of dispute, so the clauses after
// them stay the total's; the public legal services' three platforms together (三大平台, 实体、热线、网络平台) are every
// channel, no one of them. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '433122' };

it.each([
  [
    '全县共调处矛盾纠纷612件,涉及纠纷当事人1,530人,调处成功601件,成功率98.2%。',
    601,
    ['mediation.resolved', 'region'],
  ],
  [
    '全县共调处矛盾纠纷612件,涉及纠纷当事人1,530人,调处成功601件,成功率98.2%。',
    98.2,
    ['mediation.success_rate', 'region'],
  ],
  ['全县共调解纠纷612件,涉及金额3,200万元,调解成功598件。', 598, ['mediation.resolved', 'region']],
  ['全县通过三大平台办理法律援助案件950件。', 950, ['legal_aid.cases', 'region']],
  ['全县依托三大服务平台受理法律援助案件820件。', 820, ['legal_aid.cases', 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

// Near misses: a kind the disputes involve, and one platform.
it.each([
  ['全县共调处矛盾纠纷612件,涉及土地纠纷85件,调解成功83件。', 83],
  ['全县通过热线平台受理法律援助申请86件。', 86],
])('%s: %d is a part', (text, value) => {
  expect(claim(text, value, Y)[1]).toBe('sub_category');
});
