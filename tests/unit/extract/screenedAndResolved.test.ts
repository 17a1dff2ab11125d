// A span of years right before the verb that counts over it (10年排查化解…, 三年调处…) makes the count cumulative; a
// 化解 count after a screening is the resolved count. (排查化解矛盾纠纷 itself is left to neither count: it takes in
// every channel, and a 其中 of people's mediation under it is the headline count — tests in subUnit and
// mediationLegalAidPhrasings.) Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const Y = { year: 2022, region: '370200' };

it.each([
  ['2022年,全市共排查调处矛盾纠纷5.6万件。', 56000, ['mediation.cases', 'region']],
  // 排查 alone, and the resolved count after it.
  ['2022年,全市共排查矛盾纠纷5.6万件,化解5.5万件。', 55000, ['mediation.resolved', 'region']],
] as const)('%s: %d', (text, value, expected) => {
  expect(claim(text, value, Y)).toEqual(expected);
});

it('排查 alone is no count of disputes handled', () => {
  expect(claim('2022年,全市共排查矛盾纠纷5.6万件。', 56000, Y)[0]).not.toBe('mediation.cases');
});

it.each([
  ['全省打造多个调解品牌,10年排查化解矛盾纠纷150多万件。', 1500000],
  ['全省三年调处矛盾纠纷45万件。', 450000],
] as const)('a span of years before the verb: %s', (text, value) => {
  expect(figure(text, value, Y).scope).toBe('cumulative');
});
