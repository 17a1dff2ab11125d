// Parts in more forms: one procedure's cases (通过简易程序办理案件843件), a class or subject matter named right before
// the number (…主要集中在人力资源和社会保障类511件; 涉及政府信息公开行政复议0件), work done at one centre
// (人民调解组织在矛调中心参与调解…, 各级综治中心组织调处…), a platform or a team (县镇两级平台线下受理…, 律师团队), a street
// office opening the subject (2024年街道诉讼案件…). Each with near misses. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '442000' };

describe('parts', () => {
  it.each([
    ['我市复议机构通过简易程序办理案件843件。', 843],
    ['全年适用普通程序审理行政复议案件1,250件。', 1250],
    ['行政应诉案件主要集中在人力资源和社会保障类511件。', 511],
    ['全年行政复议案件中,公安类案件312件,自然资源类205件。', 205],
    ['全年涉及政府信息公开行政复议0件,涉及政府信息公开行政诉讼0件。', 0],
    ['人民调解组织在矛调中心参与调解案件5900余件,成功调解5000余件。', 5900],
    ['全省各级综治中心组织调处化解矛盾纠纷81.27万件。', 812700],
    // A platform's or a team's work, and a street office opening the subject.
    ['今年1月至8月,县镇两级平台线下受理矛盾纠纷11229件,调处成功数10772件。', 11229],
    ['始兴律师团队在2024年共受理法律援助案件345宗。', 345],
    ['2024年街道诉讼案件72起,行政负责人出庭率100%。', 72],
    ['2024年街道诉讼案件72起,行政负责人出庭率100%。', 100],
    // The cases a funder paid for, and what they recovered.
    ['省法律援助基金会资助办理法援案件1595件,为困难群众挽回经济损失约5.6亿元。', 1595],
    ['省法律援助基金会资助办理法援案件1595件,为困难群众挽回经济损失约5.6亿元。', 560000000],
    // A funded programme in a clause before does not make the funder's cases the year's frame.
    ['基金会全年资助实施法援项目35个,资助办理法律援助案件420件,挽回经济损失3,100万元。', 420],
    ['基金会全年资助实施法援项目35个,资助办理法律援助案件420件,挽回经济损失3,100万元。', 31000000],
  ] as const)('%s: %d', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });
});

describe('near misses', () => {
  it.each([
    ['全市共受理各类行政复议案件2,100件。', 2100, 'review.accepted'],
    ['全市各类调解组织共调解纠纷3.2万件。', 32000, 'mediation.cases'],
    ['全年办理行政复议案件2,100件,涉及行政复议的规范性文件审查2件。', 2100, 'review.cases'],
    ['全市建立矛盾纠纷调处化解中心12个,全年共调解纠纷3.2万件。', 32000, 'mediation.cases'],
    ['全区建成调解平台12个,全年受理矛盾纠纷3,200件。', 3200, 'mediation.cases'],
    ['全市组建律师服务团,全年办理法律援助案件3,200件。', 3200, 'legal_aid.cases'],
    ['全市深入实施法律援助惠民项目,全年办理法律援助案件3,200件。', 3200, 'legal_aid.cases'],
    ['全市办理法律援助案件1.2万件,受援人获得资助的有120人。', 12000, 'legal_aid.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});
