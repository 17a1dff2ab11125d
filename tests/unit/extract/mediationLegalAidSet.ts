// People's mediation and legal aid in many phrasings, each with the headline claims a reader would
// label by hand (metric, scope, value; changes signed). Written for these tests, not taken from any page.
// A figure not listed must make no headline claim. CITY is a prefecture (宁波), COUNTY a county (象山县).
export type Expected = readonly [metric: string, scope: string, value: number];
export interface PhrasingCase {
  text: string;
  region?: string;
  claims: readonly Expected[];
}

export const CITY = '330200';
export const COUNTY = '330225';

const C = 'mediation.cases';
const R = 'mediation.resolved';
const S = 'mediation.success_rate';
const LA = 'legal_aid.cases';
const LR = 'legal_aid.recovered';

// prettier-ignore
export const MEDIATION_LEGAL_AID_SET: readonly PhrasingCase[] = [
  // The region's year: mediation.
  { text: '全市各级人民调解组织共排查调处矛盾纠纷12,345件,调解成功12,100件,调解成功率98.0%。', claims: [[C, 'region', 12345], [R, 'region', 12100], [S, 'region', 98]] },
  { text: '2023年,全市人民调解组织受理矛盾纠纷3.2万件,调解成功3.1万件,成功率96.9%。', claims: [[C, 'region', 32000], [R, 'region', 31000], [S, 'region', 96.9]] },
  { text: '全年共调解各类矛盾纠纷8,765起,调成8,650起。', claims: [[C, 'region', 8765], [R, 'region', 8650]] },
  { text: '全县人民调解组织共调解纠纷2,468件,调解成功2,431件,调解成功率达98.5%。', region: COUNTY, claims: [[C, 'region', 2468], [R, 'region', 2431], [S, 'region', 98.5]] },
  { text: '本年度全市共受理人民调解案件9,876件,调结9,802件。', claims: [[C, 'region', 9876], [R, 'region', 9802]] },
  { text: '全市人民调解委员会共调解民间纠纷6,543宗,调解成功6,500宗。', claims: [[C, 'region', 6543], [R, 'region', 6500]] },
  { text: '人民调解组织全年调处各类矛盾纠纷1.56万件,成功率99.2%。', claims: [[C, 'region', 15600], [S, 'region', 99.2]] },
  { text: '全市调解矛盾纠纷4,321件,调解成功率为97.8%。', claims: [[C, 'region', 4321], [S, 'region', 97.8]] },
  { text: '全市各级调解组织共开展矛盾纠纷排查2,300次,调处矛盾纠纷1,980件,调处成功1,950件。', claims: [[C, 'region', 1980], [R, 'region', 1950]] },
  { text: '我市人民调解组织共受理调解案件7,654件,达成调解协议7,600件,调解成功率99.3%。', claims: [[C, 'region', 7654], [R, 'region', 7600], [S, 'region', 99.3]] },
  { text: '全市共有人民调解委员会1,234个,人民调解员8,900人,全年调解纠纷2.1万件。', claims: [[C, 'region', 21000]] },
  { text: '全年全市共排查矛盾纠纷5,600次,调解矛盾纠纷3,456件,成功调解3,400件。', claims: [[C, 'region', 3456], [R, 'region', 3400]] },
  { text: '全区人民调解组织共调解各类矛盾纠纷1,357件,调解成功1,340件,涉及金额2,300万元。', region: COUNTY, claims: [[C, 'region', 1357], [R, 'region', 1340]] },
  { text: '一年来,全市人民调解组织共化解矛盾纠纷1.2万余件。', claims: [[C, 'region', 12000]] },
  { text: '全市人民调解组织共调解纠纷11,063件,其中村(社区)调委会调解5,414件。', claims: [[C, 'region', 11063]] },
  { text: '全市共调解矛盾纠纷8,000件,其中婚姻家庭纠纷1,100件、邻里纠纷2,300件。', claims: [[C, 'region', 8000]] },
  { text: '婚姻家庭纠纷调解1,230件,调解成功1,200件。', claims: [] },
  { text: '全市行业性专业性人民调解组织调解纠纷2,345件,调解成功2,300件。', claims: [] },
  { text: '医疗纠纷人民调解委员会全年受理医疗纠纷210件,调解成功198件。', claims: [] },
  { text: '全市驻派出所人民调解室调处纠纷3,200件,调解成功3,100件。', claims: [] },
  { text: '通过线上平台调解纠纷560件。', claims: [] },

  // Courts and other rates: no claim for people's mediation.
  { text: '全市法院诉前调解案件2.1万件,调解成功8,900件。', claims: [] },
  { text: '通过诉调对接平台委派调解纠纷3,400件,成功化解2,100件。', claims: [] },
  { text: '全市基层一线化解率达到95%。', claims: [] },
  { text: '矛盾纠纷就地化解率达96.5%。', claims: [] },
  { text: '全市共排查矛盾纠纷3,400件,化解率98%。', claims: [] },
  { text: '全市行政调解案件1,200件,调解成功1,100件。', claims: [] },
  { text: '劳动人事争议仲裁院调解劳动争议案件1,500件,调解成功率80%。', claims: [] },

  // Changes of mediation figures.
  { text: '人民调解组织调解纠纷5,678件,同比增长12.5%,调解成功率达99.1%。', claims: [[C, 'region', 5678], [C, 'change', 12.5], [S, 'region', 99.1]] },
  { text: '全市调解成功矛盾纠纷1.2万件,较上年增加1,500件。', claims: [[R, 'region', 12000], [R, 'change', 1500]] },
  { text: '调解成功率较上年提高1.2个百分点,达到98.6%。', claims: [[S, 'change', 1.2], [S, 'region', 98.6]] },
  { text: '全市人民调解案件数量同比下降8.3%。', claims: [[C, 'change', -8.3]] },
  { text: '全市调解成功率达98.5%,同比提高0.6个百分点。', claims: [[S, 'region', 98.5], [S, 'change', 0.6]] },
  { text: '全市共调解矛盾纠纷1.2万件,调解成功1.18万件,调解案件数同比增长12%。', claims: [[C, 'region', 12000], [R, 'region', 11800], [C, 'change', 12]] },
  { text: '全市共调解矛盾纠纷1.2万件,调解成功1.18万件,调解成功率98.3%,较上年上升0.5个百分点。', claims: [[C, 'region', 12000], [R, 'region', 11800], [S, 'region', 98.3], [S, 'change', 0.5]] },
  { text: '全市人民调解组织调解纠纷8,200件,较上年减少600件,调解成功8,100件。', claims: [[C, 'region', 8200], [C, 'change', -600], [R, 'region', 8100]] },
  { text: '全年调解矛盾纠纷6,000件,调解成功率98%,纠纷总量同比下降5%。', claims: [[C, 'region', 6000], [S, 'region', 98], [C, 'change', -5]] },
  { text: '全市调解成功矛盾纠纷9,500件,同比增长6.2%。', claims: [[R, 'region', 9500], [R, 'change', 6.2]] },
  { text: '全市共调解矛盾纠纷1.2万件,调解成功1.18万件,调解成功率98.3%,同比上升0.5%。', claims: [[C, 'region', 12000], [R, 'region', 11800], [S, 'region', 98.3], [S, 'change', 0.5]] },
  { text: '全市人民调解组织共调解矛盾纠纷1.1万件,调解成功率98.2%,同比上升0.4%。', claims: [[C, 'region', 11000], [S, 'region', 98.2], [S, 'change', 0.4]] },

  // Several years, part of a year, an earlier year.
  { text: '三年来,全市累计调解矛盾纠纷9.8万件,调解成功率保持在98%以上。', claims: [[C, 'cumulative', 98000], [S, 'cumulative', 98]] },
  { text: '“十三五”期间,全市人民调解组织共调解纠纷15.6万件。', claims: [[C, 'cumulative', 156000]] },
  { text: '五年来,全市人民调解组织累计调解矛盾纠纷10.2万件,调解成功10万件。', claims: [[C, 'cumulative', 102000], [R, 'cumulative', 100000]] },
  { text: '2021年以来,全市累计调解矛盾纠纷3.6万件。', claims: [[C, 'cumulative', 36000]] },
  { text: '2021年至2023年,全市共调解矛盾纠纷3.6万件,调解成功3.5万件。', claims: [[C, 'cumulative', 36000], [R, 'cumulative', 35000]] },
  { text: '近三年,全市人民调解组织共调解纠纷4.5万件。', claims: [[C, 'cumulative', 45000]] },
  { text: '近年来,全市每年调解矛盾纠纷2万余件。', claims: [] },
  { text: '2022年,全市共调解矛盾纠纷1.1万件。', claims: [[C, 'prior_year', 11000]] },
  { text: '全市调解矛盾纠纷1.2万件,上年同期为1.1万件。', claims: [[C, 'region', 12000], [C, 'prior_year', 11000]] },
  { text: '全市调解矛盾纠纷由2022年的1.05万件增加到1.2万件。', claims: [[C, 'prior_year', 10500], [C, 'region', 12000]] },
  { text: '2022年、2023年全市人民调解组织分别调解纠纷1.1万件、1.2万件。', claims: [[C, 'prior_year', 11000], [C, 'region', 12000]] },

  // Legal aid: the region's year.
  { text: '全市共受理法律援助案件3,456件,同比增长8%,为受援人挽回经济损失2,100万元。', claims: [[LA, 'region', 3456], [LA, 'change', 8], [LR, 'region', 21000000]] },
  { text: '全年办理法律援助案件1,234件,其中民事案件800件、刑事案件400件。', claims: [[LA, 'region', 1234]] },
  { text: '全市法律援助机构组织办理法律援助案件1,800余件,提供法律咨询1.5万人次。', claims: [[LA, 'region', 1800]] },
  { text: '全县共办理法律援助案件560件,挽回经济损失680万元。', region: COUNTY, claims: [[LA, 'region', 560], [LR, 'region', 6800000]] },
  { text: '全年共指派法律援助案件2,345件,解答群众法律咨询1.2万人次。', claims: [[LA, 'region', 2345]] },
  { text: '全市法律援助机构共承办法律援助案件4,321件,为困难群众挽回经济损失5,600余万元。', claims: [[LA, 'region', 4321], [LR, 'region', 56000000]] },
  { text: '法律援助案件受理数同比增长15.2%。', claims: [[LA, 'change', 15.2]] },
  { text: '全市受理法律援助案件2,000件,较上年增加200件。', claims: [[LA, 'region', 2000], [LA, 'change', 200]] },
  { text: '解答法律咨询2.3万人次,接待来访群众5,600人次。', claims: [] },
  // The applications approved (审查批准) are the cases given legal aid; the applications themselves claim nothing.
  { text: '全市共受理法律援助申请3,000件,审查批准2,900件。', claims: [[LA, 'region', 2900]] },
  { text: '12348公共法律服务热线解答咨询8.6万人次。', claims: [] },
  { text: '为农民工讨回欠薪1,200万元,办理农民工法律援助案件450件。', claims: [] },

  // Legal aid: a centre's own count, bodies of every level, the county's own centre.
  { text: '市法律援助中心全年办理法律援助案件560件。', claims: [[LA, 'government_own', 560]] },
  { text: '全市法律援助机构共办理案件4,500件,其中市法律援助中心办理1,200件。', claims: [[LA, 'region', 4500], [LA, 'government_own', 1200]] },
  { text: '象山县法律援助中心全年受理法律援助案件680件。', region: COUNTY, claims: [[LA, 'region', 680]] },
  { text: '县法律援助中心全年办理法律援助案件680件,为受援人挽回经济损失900万元。', region: COUNTY, claims: [[LA, 'region', 680], [LR, 'region', 9000000]] },
  { text: '市、县两级法律援助机构共办理法律援助案件5,600件。', claims: [[LA, 'region', 5600]] },
  { text: '全市各级法律援助机构办理法律援助案件5,600件,其中市本级1,300件。', claims: [[LA, 'region', 5600], [LA, 'government_own', 1300]] },
  { text: '市本级办理法律援助案件1,300件。', claims: [[LA, 'government_own', 1300]] },

  // Legal aid over several years or in an earlier year.
  { text: '五年来,共办理法律援助案件2.3万件,为受援人挽回经济损失3.1亿元。', claims: [[LA, 'cumulative', 23000], [LR, 'cumulative', 310000000]] },
  { text: '“十三五”期间,全市累计办理法律援助案件1.8万件。', claims: [[LA, 'cumulative', 18000]] },
  { text: '2019年以来,全市法律援助机构累计办理法律援助案件1.5万件。', claims: [[LA, 'cumulative', 15000]] },
  { text: '2022年全市共办理法律援助案件3,100件。', claims: [[LA, 'prior_year', 3100]] },
  { text: '全市办理法律援助案件3,456件,较上年的3,100件增长11.5%。', claims: [[LA, 'region', 3456], [LA, 'prior_year', 3100], [LA, 'change', 11.5]] },

  // A 分别 list of years after another figure of the sentence.
  { text: '今年受理法律援助案件300件,2022年、2023年办结法律援助案件分别为200件、280件。', claims: [[LA, 'region', 300]] },
  { text: '全市调解矛盾纠纷1.2万件,2021年、2022年分别为1.0万件、1.1万件。', claims: [[C, 'region', 12000], [C, 'prior_year', 10000], [C, 'prior_year', 11000]] },
  { text: '全市受理法律援助案件3,456件,2021年、2022年分别受理3,000件、3,100件。', claims: [[LA, 'region', 3456], [LA, 'prior_year', 3000], [LA, 'prior_year', 3100]] },
  { text: '全年调解纠纷8,000件,调解成功率98%,2021年和2022年调解成功率分别为97%、97.5%。', claims: [[C, 'region', 8000], [S, 'region', 98], [S, 'prior_year', 97], [S, 'prior_year', 97.5]] },

  // More phrasings (second batch).
  { text: '全市共排查化解矛盾纠纷12,345件,化解成功率98.6%。', claims: [[C, 'region', 12345], [S, 'region', 98.6]] },
  { text: '全年人民调解组织排查调解矛盾纠纷6,789件,成功调解6,700件。', claims: [[C, 'region', 6789], [R, 'region', 6700]] },
  { text: '全市386个人民调解组织共调解矛盾纠纷9,012件,调解成功率99%。', claims: [[C, 'region', 9012], [S, 'region', 99]] },
  { text: '全年人民调解案件达1.2万件,调解成功率达98%以上。', claims: [[C, 'region', 12000], [S, 'region', 98]] },
  { text: '全市人民调解组织共调解各类矛盾纠纷共计5,432件。', claims: [[C, 'region', 5432]] },
  { text: '全市矛盾纠纷调处5,432件,调处成功5,400件。', claims: [[C, 'region', 5432], [R, 'region', 5400]] },
  { text: '指导全市人民调解组织调解矛盾纠纷8,100件,调解成功8,000件。', claims: [[C, 'region', 8100], [R, 'region', 8000]] },
  { text: '发挥人民调解“第一道防线”作用,全年调解矛盾纠纷7,300余件,调解成功率98.8%。', claims: [[C, 'region', 7300], [S, 'region', 98.8]] },
  { text: '全市人民调解组织受理纠纷4,400件,已调结4,380件,调结率99.5%。', claims: [[C, 'region', 4400], [R, 'region', 4380], [S, 'region', 99.5]] },
  { text: '全县各级人民调解组织共调解矛盾纠纷1,234件,调处率100%,调解成功率98%。', region: COUNTY, claims: [[C, 'region', 1234], [S, 'region', 98]] },
  { text: '全市人民调解组织全年共调解案件10,560件,案件调解成功率98.9%,协议履行率99%。', claims: [[C, 'region', 10560], [S, 'region', 98.9]] },
  { text: '深化“枫桥经验”,全市各级调解组织共化解矛盾纠纷2.3万件,化解率99%。', claims: [[C, 'region', 23000], [S, 'region', 99]] },
  { text: '全市共调解矛盾纠纷1.2万件,其中行业性专业性调解组织调解2,300件。', claims: [[C, 'region', 12000]] },
  { text: '全市法院诉前调解成功率达到42%。', claims: [] },
  { text: '全市诉调对接中心成功调解纠纷1,800件。', claims: [] },
  { text: '全市矛盾纠纷多元化解中心受理矛盾纠纷1,900件,化解1,850件。', claims: [] },
  { text: '全市共排查矛盾纠纷8,000余次,预防纠纷1,200件。', claims: [] },
  { text: '人民调解员培训2,300人次。', claims: [] },
  { text: '全市调解矛盾纠纷4,200件,其中涉企纠纷520件,调解成功510件。', claims: [[C, 'region', 4200]] },
  { text: '全市调解矛盾纠纷4,200件,调解成功4,150件,其中婚姻家庭纠纷900件。', claims: [[C, 'region', 4200], [R, 'region', 4150]] },

  // Changes, second batch.
  { text: '全市共调解矛盾纠纷1.5万件,同比上升9%;调解成功1.48万件,同比上升8.5%。', claims: [[C, 'region', 15000], [C, 'change', 9], [R, 'region', 14800], [R, 'change', 8.5]] },
  { text: '全市调解矛盾纠纷1.5万件,调解成功1.48万件,同比分别增长9%和8.5%。', claims: [[C, 'region', 15000], [R, 'region', 14800], [C, 'change', 9], [R, 'change', 8.5]] },
  { text: '调解矛盾纠纷数量较去年增长10.3%。', claims: [[C, 'change', 10.3]] },
  { text: '调解成功率比上年提高0.8个百分点。', claims: [[S, 'change', 0.8]] },
  { text: '全市调解矛盾纠纷1.2万件,同比增长5%,成功率98%,同比提高1个百分点。', claims: [[C, 'region', 12000], [C, 'change', 5], [S, 'region', 98], [S, 'change', 1]] },
  { text: '全市共受理法律援助案件3,000件,同比增长10%,挽回经济损失1,500万元,同比增长20%。', claims: [[LA, 'region', 3000], [LA, 'change', 10], [LR, 'region', 15000000], [LR, 'change', 20]] },
  { text: '全市办理法律援助案件2,800件,同比下降5.1%。', claims: [[LA, 'region', 2800], [LA, 'change', -5.1]] },
  { text: '调解成功矛盾纠纷9,800件,比上年多800件。', claims: [[R, 'region', 9800], [R, 'change', 800]] },

  // Several years, second batch.
  { text: '近五年,全市共调解矛盾纠纷6.2万件。', claims: [[C, 'cumulative', 62000]] },
  { text: '过去五年,全市人民调解组织累计调解纠纷6.2万件,调解成功率98%以上。', claims: [[C, 'cumulative', 62000], [S, 'cumulative', 98]] },
  { text: '党的十八大以来,全市累计办理法律援助案件3.2万件。', claims: [[LA, 'cumulative', 32000]] },
  { text: '“十四五”以来,全市共办理法律援助案件9,800件,挽回经济损失1.2亿元。', claims: [[LA, 'cumulative', 9800], [LR, 'cumulative', 120000000]] },
  { text: '2020年至今,全市累计调解矛盾纠纷4.8万件。', claims: [[C, 'cumulative', 48000]] },
  { text: '三年共调解矛盾纠纷3.3万件。', claims: [[C, 'cumulative', 33000]] },
  { text: '2018—2022年,全市共办理法律援助案件1.6万件。', claims: [[LA, 'cumulative', 16000]] },
  { text: '截至目前,累计调解矛盾纠纷5.6万件。', claims: [[C, 'cumulative', 56000]] },
  { text: '本届政府任期内,全市累计调解矛盾纠纷5.6万件。', claims: [[C, 'cumulative', 56000]] },
  { text: '“十三五”时期,全市法律援助机构共办理法律援助案件1.6万件,为受援人挽回经济损失2.8亿元。', claims: [[LA, 'cumulative', 16000], [LR, 'cumulative', 280000000]] },
  { text: '近三年来,全市人民调解组织年均调解矛盾纠纷1.5万件。', claims: [] },

  // An earlier year, second batch.
  { text: '2022年度全市人民调解组织共调解纠纷1.05万件,调解成功率97.9%。', claims: [[C, 'prior_year', 10500], [S, 'prior_year', 97.9]] },
  { text: '全市办理法律援助案件3,456件(2022年为3,100件)。', claims: [[LA, 'region', 3456], [LA, 'prior_year', 3100]] },
  { text: '全市调解成功率为98.6%,上年为98.1%。', claims: [[S, 'region', 98.6], [S, 'prior_year', 98.1]] },
  { text: '全市调解矛盾纠纷1.2万件,比2022年的1.1万件增加1,000件。', claims: [[C, 'region', 12000], [C, 'prior_year', 11000], [C, 'change', 1000]] },

  // Bodies' own counts, second batch.
  { text: '市法律援助中心直接受理法律援助案件420件。', claims: [[LA, 'government_own', 420]] },
  { text: '市法援中心全年办理案件430件,为受援人挽回经济损失800万元。', claims: [[LA, 'government_own', 430], [LR, 'government_own', 8000000]] },
  { text: '市级法律援助机构办理法律援助案件410件。', claims: [[LA, 'government_own', 410]] },
  { text: '全市法律援助机构共受理法律援助案件5,000件,市法律援助中心受理900件。', claims: [[LA, 'region', 5000], [LA, 'government_own', 900]] },
  { text: '市法律援助中心指导全市各级法律援助机构共办理法律援助案件5,100件。', claims: [[LA, 'region', 5100]] },
  { text: '市法律援助中心、各县(市、区)法律援助中心共办理法律援助案件5,200件。', claims: [[LA, 'region', 5200]] },
  { text: '县法律援助中心办理法律援助案件700件。', claims: [[LA, 'region', 700]], region: COUNTY },
  { text: '市法律援助中心全年办理法律援助案件700件。', claims: [[LA, 'region', 700]], region: '330281' },








  // Third batch: other bodies' mediation, a bureau guiding, joint levels.
  { text: '人民调解协议司法确认案件1,200件。', claims: [] },
  { text: '全市调解矛盾纠纷1.2万件,申请司法确认调解协议860件。', claims: [[C, 'region', 12000]] },
  { text: '全市公安机关调解治安案件3,400起。', claims: [] },
  { text: '我局指导各类调解组织调解矛盾纠纷5,600件,调解成功率98%。', claims: [[C, 'region', 5600], [S, 'region', 98]] },
  { text: '本局指导全县人民调解组织调处矛盾纠纷1,600件。', region: COUNTY, claims: [[C, 'region', 1600]] },
  { text: '该中心全年调解纠纷320件。', claims: [] },
  { text: '全年共调处矛盾纠纷3,200余次。', claims: [[C, 'region', 3200]] },
  { text: '全市人民调解组织调解矛盾纠纷1.2万余次,调解成功率98%。', claims: [[C, 'region', 12000], [S, 'region', 98]] },
  { text: '召开人民调解工作会议3次,调解矛盾纠纷1,200件。', claims: [[C, 'region', 1200]] },
  { text: '开展人民调解培训12次,培训调解员800人次。', claims: [] },
  { text: '市、区法律援助中心共办理法律援助案件5,600件。', claims: [[LA, 'region', 5600]] },
  { text: '市、县(区)两级法律援助机构共办理法律援助案件5,600件。', claims: [[LA, 'region', 5600]] },
  { text: '市县法律援助机构共办理法律援助案件5,600件。', claims: [[LA, 'region', 5600]] },
  { text: '市、区政府共收到行政复议申请1,300件。', claims: [['review.cases', 'region', 1300]] },
  // Fourth batch: paragraphs, headings, colons, brackets, numbers in words.
  { text: '（三）人民调解工作。全市共有人民调解组织1,560个。全年共调解矛盾纠纷1.3万件,调解成功率98.7%。', claims: [[C, 'region', 13000], [S, 'region', 98.7]] },
  { text: '人民调解:全年调解纠纷2,800件,调解成功2,760件。', claims: [[C, 'region', 2800], [R, 'region', 2760]] },
  { text: '全市人民调解组织共调解矛盾纠纷一万二千余件。', claims: [[C, 'region', 12000]] },
  { text: '全市调解矛盾纠纷12,345件(同比增长6.1%),调解成功率98.9%。', claims: [[C, 'region', 12345], [C, 'change', 6.1], [S, 'region', 98.9]] },
  { text: '2023年,我市各级人民调解组织共排查矛盾纠纷5,000余次,调解矛盾纠纷9,876件,调解成功9,800件,调解成功率99.2%,涉及金额1.5亿元。', claims: [[C, 'region', 9876], [R, 'region', 9800], [S, 'region', 99.2]] },
  { text: '坚持和发展新时代“枫桥经验”,全区共调解矛盾纠纷1,432件,调解成功1,420件。', region: COUNTY, claims: [[C, 'region', 1432], [R, 'region', 1420]] },
  { text: '全市人民调解组织共受理各类矛盾纠纷10,234件,调解成功10,101件,调解成功率98.7%。其中,婚姻家庭纠纷2,345件,邻里纠纷3,456件。', claims: [[C, 'region', 10234], [R, 'region', 10101], [S, 'region', 98.7]] },
  { text: '全市调解矛盾纠纷1.2万件。其中,村(社区)人民调解委员会调解8,000件,乡镇(街道)人民调解委员会调解3,000件,行业性专业性调解组织调解1,000件。', claims: [[C, 'region', 12000]] },
  { text: '全年,全市人民调解组织调处矛盾纠纷4,567件,同比上升3.2%。', claims: [[C, 'region', 4567], [C, 'change', 3.2]] },
  { text: '调解成功率达98%以上,较去年提升0.5个百分点。', claims: [[S, 'region', 98], [S, 'change', 0.5]] },
  { text: '全市共调解矛盾纠纷1.2万件,调解成功1.18万件,成功率98.3%,分别同比增长5%、4.8%和0.2个百分点。', claims: [[C, 'region', 12000], [R, 'region', 11800], [S, 'region', 98.3], [C, 'change', 5], [R, 'change', 4.8], [S, 'change', 0.2]] },
  { text: '全市法院受理案件3.4万件,诉前调解成功1.2万件。全市人民调解组织调解纠纷2.3万件。', claims: [[C, 'region', 23000]] },
  { text: '全市人民调解组织调解纠纷2.3万件;法院诉前调解成功1.2万件。', claims: [[C, 'region', 23000]] },
  { text: '推进诉调对接,全市人民调解组织承接法院委派调解案件1,200件,调解成功800件。', claims: [] },
  { text: '全市“访调对接”调解信访矛盾纠纷560件。', claims: [] },
  { text: '全市律师调解工作室调解纠纷300件。', claims: [] },

  // Fourth batch: legal aid.
  { text: '法律援助:全年共办理法律援助案件3,210件,接待群众咨询2.1万人次,为受援人挽回经济损失3,456万元。', claims: [[LA, 'region', 3210], [LR, 'region', 34560000]] },
  { text: '全市共组织办理法律援助案件5,678件(其中刑事案件2,345件、民事案件3,210件、行政案件123件)。', claims: [[LA, 'region', 5678]] },
  { text: '全市法律援助案件数量达4,567件,同比增长12.3%。', claims: [[LA, 'region', 4567], [LA, 'change', 12.3]] },
  { text: '2023年全市共受理法律援助案件4,321件,2022年为3,987件。', claims: [[LA, 'region', 4321], [LA, 'prior_year', 3987]] },
  { text: '全市法律援助机构共受理法律援助案件四千余件。', claims: [[LA, 'region', 4000]] },
  { text: '深化“法援惠民生”品牌,全年共办理法律援助案件2,100件。', claims: [[LA, 'region', 2100]] },
  { text: '办理农民工讨薪法律援助案件580件,为农民工追回欠薪1,230万元。', claims: [] },
  { text: '开展刑事案件律师辩护全覆盖试点,指派律师办理刑事案件1,200件。', claims: [] },
  { text: '值班律师提供法律帮助3,400人次。', claims: [] },
  { text: '市法律援助中心共受理法律援助案件1,050件,同比增长8%。', claims: [[LA, 'government_own', 1050]] },
  { text: '全市法律援助案件受理量较上年增加15%,达到3,450件。', claims: [[LA, 'change', 15], [LA, 'region', 3450]] },
  { text: '全市办理法律援助案件3,450件,比上年增加320件,增长10.2%。', claims: [[LA, 'region', 3450], [LA, 'change', 320], [LA, 'change', 10.2]] },

  // Fourth batch: an earlier year or several years.
  { text: '2022年,全市法律援助机构共办理法律援助案件3,100件,挽回经济损失2,800万元。', claims: [[LA, 'prior_year', 3100], [LR, 'prior_year', 28000000]] },
  { text: '与2022年相比,全市调解矛盾纠纷增加1,200件,达到1.3万件。', claims: [[C, 'change', 1200], [C, 'region', 13000]] },
  { text: '上年度全市调解矛盾纠纷1.1万件。', claims: [[C, 'prior_year', 11000]] },
  { text: '2018年以来,全市累计调解矛盾纠纷5.6万件,累计办理法律援助案件1.7万件。', claims: [[C, 'cumulative', 56000], [LA, 'cumulative', 17000]] },
  { text: '近五年来,全市法律援助机构累计办理法律援助案件1.5万件,为受援群众挽回经济损失2.1亿元。', claims: [[LA, 'cumulative', 15000], [LR, 'cumulative', 210000000]] },
  { text: '自2021年以来,全市人民调解组织共调解矛盾纠纷3.4万件,调解成功率始终保持在98%以上。', claims: [[C, 'cumulative', 34000], [S, 'cumulative', 98]] },
  // Part of a year keeps scope region; its period says 今年以来.
  { text: '三年来,全市累计办理法律援助案件1.1万件。今年以来,全市办理法律援助案件3,800件。', claims: [[LA, 'cumulative', 11000], [LA, 'region', 3800]] },
  // Fifth batch.
  { text: '全年提供法律援助3,000件。', claims: [[LA, 'region', 3000]] },
  { text: '全市群众申请法律援助3,000件。', claims: [] },
  { text: '一、过去五年工作回顾\n全市共调解矛盾纠纷6.2万件,调解成功率98%。', claims: [[C, 'cumulative', 62000], [S, 'cumulative', 98]] },
  { text: '三年来,全市人民调解成功率均保持在98%以上。', claims: [[S, 'cumulative', 98]] },
  // Every unit at least 98% makes the region's at least 98% (merged with the review phrasings' reading).
  { text: '全市各县(市、区)调解成功率均达到98%以上。', claims: [[S, 'region', 98]] },
  { text: '全年调解纠纷2,000件(调解成功1,980件)。', claims: [[C, 'region', 2000], [R, 'region', 1980]] },
];
