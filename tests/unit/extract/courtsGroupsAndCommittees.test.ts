// Readings from the kinds of pages set 71-73 brought, each in sentences written for these tests:
// - the courts' intake of 各类行政诉讼案件 counts every instance, as 各类行政案件 does — not the first-instance suits;
// - a court named by a pronoun or one of its divisions (该院, 本院, 立案庭) mediating counts the court's mediation;
// - 争议 is a head noun as 纠纷 is: 劳动争议83件 is one kind;
// - the short names of trades' committees (交调委, 医调委, 劳调委) are committees of one trade;
// - groups of people who are no committee (政协委员, 人大代表, 乡贤调解员, 志愿者) count their own part.
import { claim } from './helpers.ts';

const PROVINCE = { year: 2018, region: '230000' };
const COUNTY = { year: 2023, region: '610628' };
const MEDIATION = '全县坚持和发展新时代“枫桥经验”,人民调解工作扎实推进。';

describe('the courts’ intake of every kind of administrative suit', () => {
  it.each([
    ['今年全省法院受理各类行政诉讼案件7729件。', 7729],
    ['全省三级法院共受理各类行政诉讼案件7729件,审结6980件。', 7729],
    ['2018年,黑龙江省法院新收各类行政诉讼案件7729件,同比上升5%。', 7729],
  ])('%s: %d is every instance', (text, value) => {
    expect(claim(text, value, PROVINCE)[0]).toBe('litigation.all_instance_cases');
  });

  it.each([
    ['全省法院受理一审行政诉讼案件7729件。', 7729],
    ['全省各级行政机关共发生各类行政诉讼案件7729件。', 7729],
    ['该院共受理各类行政诉讼案件69件。', 69],
  ])('%s: %d stays the suits', (text, value) => {
    expect(claim(text, value, PROVINCE)[0]).toBe('litigation.cases');
  });
});

describe('a court by pronoun or division mediating', () => {
  it.each([
    ['今年该院立案庭已成功调解案件58件。', 58],
    ['本院诉调对接中心全年调解纠纷312件。', 312],
    ['今年以来,立案庭共调解成功案件96件。', 96],
  ])('%s: %d is the court’s', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).toBe('court');
  });

  it('a hospital or school is no court, and the committees after a court’s news stay the region’s', () => {
    expect(claim(MEDIATION + '据县法院介绍,全县人民调解组织共调解纠纷1862件。', 1862, COUNTY)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('争议 is a head noun', () => {
  it.each([
    ['今年以来,全区已调解劳动争议83件。', 83],
    ['全县调解组织化解土地承包经营争议126件。', 126],
  ])('%s: %d is one kind', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).toBe('sub_category');
  });

  it('every kind of dispute gathered stays the whole', () => {
    expect(claim(MEDIATION + '全县人民调解组织共调解各类矛盾争议1862件。', 1862, COUNTY)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('short names of trades’ committees', () => {
  it.each([
    ['新组建的交调委10天成功调解纠纷15件。', 15],
    ['县医调委全年受理医疗纠纷42件。', 42],
    ['县劳调委共调处劳动纠纷230件。', 230],
  ])('%s: %d is one trade’s', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).not.toBe('region');
  });

  it('every committee with them stays the whole', () => {
    expect(claim(MEDIATION + '全县各级调委会共调解纠纷1862件。', 1862, COUNTY)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('groups of people who are no committee', () => {
  it.each([
    ['政协委员共参与矛盾纠纷化解520余件,成功化解423件。', 520],
    ['政协委员共参与矛盾纠纷化解520余件,成功化解423件。', 423],
    ['33名乡贤调解员共成功调解案件164件。', 164],
    ['33名乡贤调解员共成功调解案件164件,调解成功率达62.36%。', 62.36],
    ['全县人大代表积极参与,共调解矛盾纠纷310件。', 310],
    ['“五老”志愿者累计化解纠纷86起。', 86],
  ])('%s: %d', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).not.toBe('region');
  });

  it('the committees’ mediators of the whole county stay the region’s', () => {
    expect(claim(MEDIATION + '全县1200名人民调解员共调解纠纷1862件。', 1862, COUNTY)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});
