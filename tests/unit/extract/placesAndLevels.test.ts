// Names of places and levels among a count's words: a centre's or a desk's name (调处化解中心, 受理点) is no counting word,
// the townships' committees with the villages' are every level, and a 其中 of some levels or of the spot is a part.
// Sentences written for this test.
import { figure, figures } from './helpers.ts';

const COUNTY = { year: 2023, region: '360731' };
const claimsOf = (text: string, value: number) => figures(text, COUNTY).filter((c) => c.value === value);

describe('a body’s or a desk’s name is no counting word', () => {
  it('其中县矛盾纠纷调处化解中心接待调处…: the centre’s part, not the county’s resolved count', () => {
    const text =
      '全县人民调解组织全年调处矛盾纠纷9,650件,其中县矛盾纠纷调处化解中心“一站式”接待调处2,870件。';
    expect(figure(text, 9650, COUNTY)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
    expect(claimsOf(text, 2870).filter((c) => c.scope === 'region')).toEqual([]);
  });
  it('其中通过乡镇受理点转交…: applications passed on by the township desks are no accepted count', () => {
    const text = '1至10月,县行政复议机构共收到行政复议申请73件,其中通过乡镇受理点转交21件;已审结66件。';
    expect(figure(text, 73, COUNTY)).toMatchObject({ metric: 'review.cases', scope: 'region' });
    expect(claimsOf(text, 21).filter((c) => c.scope === 'region')).toEqual([]);
  });
  it('near miss: 受理 as the verb is still the accepted count', () => {
    const text = '全县共收到行政复议申请73件,其中受理68件。';
    expect(figure(text, 68, COUNTY)).toMatchObject({ metric: 'review.accepted', scope: 'region' });
  });
  it('near miss: 化解 as the verb is still the resolved count', () => {
    const text = '全县人民调解组织共调解矛盾纠纷2,140件,成功化解2,098件。';
    expect(figure(text, 2098, COUNTY)).toMatchObject({ metric: 'mediation.resolved', scope: 'region' });
  });
});

describe('the townships’ committees with the villages’ are every level', () => {
  it.each([
    '2023年,23个乡镇和各村(社区)调委会共调解矛盾纠纷7,842件。',
    '2023年,村(居)和乡镇(街道)人民调解委员会共调解矛盾纠纷7,842件。',
  ])('%s', (text) => {
    expect(figure(text, 7842, COUNTY)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
  it('near miss: the townships’ committees alone are one level', () => {
    const text = '2023年,全县23个乡镇调委会共调解矛盾纠纷7,842件。';
    expect(figure(text, 7842, COUNTY).scope).not.toBe('region');
  });
});

describe('a 其中 of some levels or of the spot is a part', () => {
  it.each([
    '全县人民调解组织全年调解矛盾纠纷3,120件,调解成功率98.7%,其中乡村两级就地化解2,804件。',
    '全县人民调解组织全年调解矛盾纠纷3,120件,调解成功率98.7%,其中就地化解2,804件。',
  ])('%s', (text) => {
    expect(figure(text, 3120, COUNTY)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
    expect(claimsOf(text, 2804).filter((c) => c.scope === 'region')).toEqual([]);
  });
  it('near miss: 其中调解成功 is the whole’s resolved count', () => {
    const text = '全县人民调解组织全年调解矛盾纠纷3,980件,其中调解成功3,901件。';
    expect(figure(text, 3901, COUNTY)).toMatchObject({ metric: 'mediation.resolved', scope: 'region' });
  });
});
