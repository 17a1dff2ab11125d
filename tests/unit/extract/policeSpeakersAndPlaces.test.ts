// Whose count it is, on pages about one body (sentences written for these tests):
// - the police mediating (县公安局, 派出所, 民警, 交警) are no people's mediation organisation: their counts and rates are
//   their own part;
// - a speaker's own count (经过我调解的…, 我今年调解了…) is one person's;
// - a count of what was done "here" (在这里化解) is the place's the page is about;
// - a trade union's legal aid (职工法律援助中心, 工会法律援助, 为职工挽回) is one kind of it;
// - a page whose title names a mediation centre or a legal aid station tells that body's work.
import { claim } from './helpers.ts';

const COUNTY = { year: 2023, region: '630121' };
const MEDIATION = '全县坚持和发展新时代“枫桥经验”,人民调解工作扎实推进。';

describe('the police mediating', () => {
  it.each([
    ['大通县公安局化解矛盾纠纷422起,化解率达99.3%。', 99.3],
    ['全县各派出所共调解矛盾纠纷1200起,调解成功1150起。', 1150],
    ['社区民警今年以来调解邻里纠纷86起。', 86],
  ])('%s: %d is the police’s', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).not.toBe('region');
  });

  it('the committees’ total after a police sentence stays the region’s', () => {
    expect(
      claim(MEDIATION + '县公安局加强警调对接。全县人民调解组织共调解矛盾纠纷1862起。', 1862, COUNTY),
    ).toEqual(['mediation.cases', 'region']);
  });
});

describe('a speaker’s own count and a place called here', () => {
  it.each([
    ['“经过我调解的矛盾纠纷有1000多起。”老张说。', 1000],
    ['“我今年帮村里调解了大小纠纷10多起。”', 10],
    ['今年,有15起矛盾纠纷在这里化解。', 15],
  ])('%s: %d', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).not.toBe('region');
  });

  it.each([
    ['我县全年共调解矛盾纠纷1862起。', 1862],
    ['我们全县人民调解组织全年共调解矛盾纠纷1862起。', 1862],
  ])('%s: %d stays the region’s', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)).toEqual(['mediation.cases', 'region']);
  });
});

describe('a trade union’s legal aid', () => {
  it.each([
    ['区职工法律援助中心共受理法律援助案件301件。', 301],
    ['工会法律援助工作站全年办理法律援助案件52件。', 52],
    ['区总工会开展职工法律援助,全年为职工挽回经济损失141余万元。', 1410000],
  ])('%s: %d is one kind', (text, value) => {
    expect(claim(text, value, COUNTY)[1]).toBe('sub_category');
  });

  it('the legal aid centre’s total for every kind stays the region’s', () => {
    expect(claim('全县法律援助中心全年办理法律援助案件301件。', 301, COUNTY)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});

describe('a page about one centre or station', () => {
  it.each([
    ['上海金融纠纷调解中心\n中心运行以来,已累计受理调解申请810件,成功调解451件,成功率高达86%。', 86],
    ['城关法律援助工作站\n今年以来,共受理法律援助案件45件。', 45],
  ])('%s: %d', (text, value) => {
    expect(claim(text, value, COUNTY)[1]).not.toBe('region');
  });
});

describe('a page whose first sentence makes one body or township its subject', () => {
  it.each([
    [
      '作为县城区派出所,面对辖区人口超9万人的治理压力,武定县公安局狮山派出所构建“六维联调”工作体系。今年以来,受理的225起纠纷全部化解。',
      225,
    ],
    [
      '近年来,淮安区河下街道始终坚持以服务群众为核心,扎实推进综治中心规范化建设。今年以来,共调处矛盾纠纷318件。',
      318,
    ],
  ])('%s: %d is the body’s', (text, value) => {
    expect(claim(text, value, { year: 2025, region: '532329' })[1]).not.toBe('region');
  });

  it.each([
    ['近年来,全县始终坚持和发展新时代“枫桥经验”。今年以来,共调处矛盾纠纷3180件。', 3180],
    ['作为全省试点县,县司法局扎实推进人民调解工作。今年以来,全县共调处矛盾纠纷3180件。', 3180],
  ])('%s: %d stays the region’s', (text, value) => {
    expect(claim(text, value, { year: 2025, region: '532329' })[0]).toBe('mediation.cases');
    expect(claim(text, value, { year: 2025, region: '532329' })[1]).not.toBe('sub_category');
  });
});
