// A heading that names a span of years (一、过去五年工作回顾) times the paragraph right under it. Sentences are
// written for these tests.
import { claim, figure } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('the span of the heading above', () => {
  it.each([
    ['一、过去五年工作回顾\n全市共调解矛盾纠纷6.2万件,调解成功率98%。', 62000, 'mediation.cases'],
    ['一、过去五年工作回顾\n全市共调解矛盾纠纷6.2万件,调解成功率98%。', 98, 'mediation.success_rate'],
    ['（二）“十三五”时期法律援助工作\n\n全市共办理法律援助案件1.6万件。', 16000, 'legal_aid.cases'],
    ['2019—2023年人民调解工作情况\n全市人民调解组织调解纠纷5.1万件。其后…', 51000, 'mediation.cases'],
  ] as const)('%s (%s)', (text, value, metric) => {
    expect(claim(text, value, CITY)).toEqual([metric, 'cumulative']);
  });
});

describe('near misses', () => {
  it.each([
    // A year of its own in the paragraph is nearer.
    ['一、过去五年工作回顾\n2023年全市共调解矛盾纠纷1.3万件。', 13000],
    // A vague span names a section's ways of working.
    ['（一）近年来主要做法\n全市共调解矛盾纠纷1.2万件。', 12000],
    // A sentence ending with 。 is prose, not a heading.
    ['五年来,我们坚持发展“枫桥经验”。\n全市共调解矛盾纠纷6.2万件。', 62000],
    // Only the paragraph right under it.
    ['一、过去五年工作回顾\n全市持续推进调解工作。\n全市共调解矛盾纠纷1.2万件。', 12000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('region');
  });
});
