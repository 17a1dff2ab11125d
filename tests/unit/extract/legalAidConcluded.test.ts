// Legal aid cases concluded: beside the cases counted, their own metric; alone, the report's count of
// cases, counted as concluded. Sentences are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330212' };

describe('legal aid cases concluded beside the cases', () => {
  it.each([
    ['全年共受理法律援助案件260件,办结230件。', 230],
    ['共受理法律援助案件280件;办结230件,为受援人挽回经济损失281.77万元。', 230],
    ['全县法律援助中心受理法律援助案件512件。结案案件498件。', 498],
    ['全区指派律师承办法律援助案件1,020件,已结960件。', 960],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y)).toMatchObject({ metric: 'legal_aid.concluded', scope: 'region' });
  });

  it('keeps the cases counted as the cases', () => {
    expect(figure('全年共受理法律援助案件260件,办结230件。', 260, Y).metric).toBe('legal_aid.cases');
  });
});

describe('a concluded count alone', () => {
  it.each([
    ['打造法援惠民生品牌,累计办结法律援助案件393件。', 393],
    ['全县法律援助中心审结法律援助案件180件。', 180],
    ['全年共办结法律援助案件1,560件,为受援人挽回损失800万元。', 1560],
  ] as const)('%s is the cases, counted as concluded', (text, value) => {
    expect(figure(text, value, Y)).toMatchObject({
      metric: 'legal_aid.cases',
      basis: 'concluded',
      scope: 'region',
    });
  });

  it('a closing rate is no count', () => {
    expect(figure('全年法律援助案件结案率86%。', 86, Y).metric).not.toBe('legal_aid.cases');
  });
});
