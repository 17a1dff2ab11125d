// A year inside brackets — (2022年为1100件), (2019年280件、2020年300件) — dates the figures inside them, not the figures
// after the bracket closes: those keep the period of their sentence. Sentences are written for these tests.
import { derived, figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

describe('a year inside brackets', () => {
  it.each([
    // An earlier year's figure in brackets, then the report year's figures.
    ['全年共办理法律援助案件1200件(2022年为1100件),挽回经济损失800万元。', 8_000_000, 'legal_aid.recovered'],
    ['2023年,全市共受理行政复议案件520件(2022年480件),审结500件。', 500, 'review.concluded'],
    [
      '今年全县人民调解组织共调解纠纷3,200件(上年同期为2,900件),调解成功3,150件。',
      3150,
      'mediation.resolved',
    ],
    [
      '全区法律援助机构办理案件1,050件(2021年、2022年分别为900件、980件),为受援人挽回损失1,200万元。',
      12_000_000,
      'legal_aid.recovered',
    ],
  ] as const)('the report year after a bracket of an earlier one: %s', (text, value, metric) => {
    const c = figure(text, value, Y);
    expect([c.metric, c.scope, c.year]).toEqual([metric, 'region', 2023]);
  });

  it.each([
    // A span of years, its years listed in brackets, then a figure over the same span.
    [
      '2021年至2023年,全市共办理法律援助案件900件(2021年280件、2022年300件、2023年320件),挽回经济损失500万元。',
      5_000_000,
    ],
    [
      '2021-2023年,全市两级法院共受理行政诉讼案件655件(2021年191件、2022年206件、2023年258件),其中一审案件432件。',
      432,
    ],
    ['三年来,全县人民调解组织共调解纠纷9,000件(其中2023年3,200件),调解成功8,800件。', 8800],
    ['近三年,全县共受理行政复议案件900件(2023年为320件),审结860件。', 860],
  ] as const)('a span after its years in brackets: %s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('cumulative');
  });

  it('a change after a bracket of last year changes the report year’s figure, and no earlier count is worked out from it', () => {
    const text = '全年共办理法律援助案件1200件(2022年为1100件),同比增长9.1%。';
    const c = figure(text, 9.1, Y);
    expect([c.scope, c.year]).toEqual(['change', 2023]);
    expect(derived(text, Y).map((d) => d.year)).not.toContain(2021);
  });

  it.each([
    // Near misses: the figures inside the brackets keep their own years; a year after the bracket dates what follows it.
    ['全年共办理法律援助案件1200件(2022年为1100件)。', 1100, 'prior_year', 2022],
    [
      '2021年至2023年,全市共办理法律援助案件900件(2021年280件、2022年300件、2023年320件)。',
      320,
      'region',
      2023,
    ],
    [
      '2021年至2023年,全市共办理法律援助案件900件(含跨年案件),2022年挽回经济损失500万元。',
      5_000_000,
      'prior_year',
      2022,
    ],
  ] as const)('%s', (text, value, scope, year) => {
    const c = figure(text, value, Y);
    expect([c.scope, c.year]).toEqual([scope, year]);
  });

  it.each([
    // The span of a plan's name is no period of what follows it.
    ['2023年,认真贯彻《法治政府建设实施纲要(2021—2025年)》,行政机关负责人出庭应诉率达100%。', 100, 'region'],
    ['对照法治政府建设实施纲要(2021-2025年)细化任务清单,全市共受理行政复议案件520件。', 520, 'region'],
    ['印发全市“八五”普法规划(2021～2025年),全年办理法律援助案件3,000件。', 3000, 'region'],
    // Near miss: a span in brackets after 期间 is the period.
    ['“八五”普法期间(2021年至2023年),全市共办理法律援助案件9,000件。', 9000, 'cumulative'],
  ] as const)('%s', (text, value, scope) => {
    expect(figure(text, value, Y).scope).toBe(scope);
  });

  it('a bracket of the figure alone is the figure: a change after it changes it', () => {
    const text = '2023年全市行政案件收案总数(725件)首次出现负增长,同比减少1.63%。';
    expect(derived(text, Y).map((d) => d.value)).toEqual([737]);
  });

  it('a change that names its own subject may be of a figure in the bracket', () => {
    const text = '全年受理案件793件(新收案件649件,旧存案件144件),新收案件同比下降16.04%。';
    expect(derived(text, Y).map((d) => d.value)).not.toContain(944);
  });
});
