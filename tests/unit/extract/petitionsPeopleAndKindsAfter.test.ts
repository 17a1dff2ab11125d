// Three readings of whose count it is, each in the many ways pages write it (sentences written for these tests):
// - petitions and appeals (初信初访, 来信来访, 信访事项, 群众诉求) are no disputes of people's mediation in the region's
//   total: a committee mediating them counts one kind of its work;
// - a person introduced by age or by a career (今年58岁的王建华, 从事调解工作20年) counts their own cases;
// - a kind named after the count (受理97起婚姻家庭纠纷) holds for the clause after it that has no object of its own
//   (调处成功95起), as one named before the count does (受理婚姻家庭纠纷97件,调处成功95件).
import { claim } from './helpers.ts';

const COUNTY = { year: 2023, region: '610628' };
const MEDIATION = '全县坚持和发展新时代“枫桥经验”,人民调解工作扎实推进。';

describe('petitions and appeals are a kind, never the region’s disputes mediated', () => {
  it.each([
    ['2023年,全县人民调解组织受理初信初访61件。', 61],
    ['全县各级调委会全年参与调解信访事项512件。', 512],
    ['全年受理来信来访236件,办结率100%。', 236],
    ['全县综治中心受理群众诉求2000余件。', 2000],
    ['调委会共化解信访积案和群众诉求纠纷158件。', 158],
    ['2023年,县本级受理初信初访61件、同比下降38%。', 61],
  ])('%s: %d', (text, value) => {
    const [metric, scope] = claim(MEDIATION + text, value, COUNTY);
    expect(metric === 'mediation.cases' && scope === 'region').toBe(false);
  });

  // Near misses: disputes that came in by a petition office's door, or all disputes beside the petitions.
  it.each([
    ['全县人民调解组织共调解矛盾纠纷1862件,调解成功1850件。', 1862, 'mediation.cases'],
    ['全县共排查化解信访积案12件,人民调解组织调解矛盾纠纷1862件。', 1862, 'mediation.cases'],
    ['全年受理诉求后,全县各级调解组织共调解纠纷930件。', 930, 'mediation.cases'],
  ])('%s: %d stays the region’s', (text, value, metric) => {
    expect(claim(MEDIATION + text, value, COUNTY)).toEqual([metric, 'region']);
  });
});

describe('a person named by age or career counts their own cases', () => {
  it.each([
    ['今年66岁的李中秋从事人民调解工作6年,已调解各类矛盾纠纷300多件。', 300],
    ['58岁的王建华是村里的“老娘舅”,先后调解邻里纠纷420余起。', 420],
    ['从事人民调解工作二十年来,她累计调解纠纷1500余件,调解成功率98%。', 1500],
    ['现年七十二岁的赵德胜退休后加入调委会,共调处矛盾纠纷230件。', 230],
  ])('%s: %d', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).not.toBe('region');
  });

  // Near misses: the ages of a group of mediators, and a year's total beside a person's story in the sentence before.
  it.each([
    ['全县共有60岁以上的人民调解员312名,全年调解纠纷1862件。', 1862, 'mediation.cases', 'region'],
    [
      '今年66岁的李中秋被评为优秀调解员。全县人民调解组织共调解纠纷1862件。',
      1862,
      'mediation.cases',
      'region',
    ],
  ])('%s: %d', (text, value, metric, scope) => {
    expect(claim(MEDIATION + text, value, COUNTY)).toEqual([metric, scope]);
  });
});

describe('a kind named after the count holds for the next clause without an object', () => {
  it.each([
    ['全县今年受理97起婚姻家庭纠纷,调处成功95起。', 95],
    ['全年共受理230件邻里纠纷,调解成功228件。', 228],
    ['人民调解组织化解了1200余件涉企矛盾纠纷,成功1180件。', 1180],
    ['全县受理120起道路交通事故纠纷,达成协议118起。', 118],
  ])('%s: %d is a part', (text, value) => {
    expect(claim(MEDIATION + text, value, COUNTY)[1]).toBe('sub_category');
  });

  // Near misses: every kind gathered after the count, and a clause naming its own object.
  it.each([
    ['全县今年受理1862起各类矛盾纠纷,调解成功1850起。', 1850, 'mediation.resolved'],
    ['全县今年受理1862起婚姻家庭、邻里等矛盾纠纷,调解成功1850起。', 1850, 'mediation.resolved'],
  ])('%s: %d stays the region’s', (text, value, metric) => {
    expect(claim(MEDIATION + text, value, COUNTY)).toEqual([metric, 'region']);
  });
});

describe('injuries name a kind', () => {
  const CITY = { year: 2023, region: '610600' };
  it.each([
    ['全市法律援助机构办理人身伤害案件45件。', 45],
    ['全市法律援助机构办理非因工受伤案件3件。', 3],
    ['全市调委会调解故意伤害引发的纠纷26件。', 26],
  ])('%s: %d is one kind', (text, value) => {
    expect(claim(text, value, CITY)[1]).toBe('sub_category');
  });

  it('a total of every kind with injuries among them stays the whole', () => {
    expect(claim('全市法律援助机构办理人身伤害、劳动争议等各类案件450件。', 450, CITY)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});
