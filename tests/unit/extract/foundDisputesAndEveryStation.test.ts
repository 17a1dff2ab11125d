// The disputes a screening found (发现矛盾纠纷8.4万件) are no disputes mediated, so a later count of mediation is the
// total; a centre with every one of its stations (法律援助中心及各法律援助工作站) is all of them, not one station.
// Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '510000' };

it.each([
  ['全省开展排查活动42万余次、发现矛盾纠纷8.4万余件,依法调处各类纠纷34万余件。', 84000, [null, 'region']],
  [
    '全省开展排查活动42万余次、发现矛盾纠纷8.4万余件,依法调处各类纠纷34万余件。',
    340000,
    ['mediation.cases', 'region'],
  ],
  ['截至6月底,县法律援助中心及各法律援助工作站共办理法律援助案件109件。', 109, ['legal_aid.cases', 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, { ...Y, region: text.startsWith('全省') ? '510000' : '610628' })).toEqual(expected);
});

// Near misses: one station, and one named beside every one of another kind.
it.each([
  ['县法律援助中心城关工作站办理法律援助案件36件。', 36],
  ['全县各乡镇法律援助工作站共办理法律援助案件86件。', 86],
  ['各派出所和城南司法所共调解纠纷120件。', 120],
])('%s: %d is a part', (text, value) => {
  expect(claim(text, value, { ...Y, region: '610628' })[1]).toBe('sub_category');
});
