// Sentences about administrative review (行政复议) and the government's lawsuits (行政应诉), written by hand for
// issue 16 from how 法治政府建设年度报告, 司法局 releases and news put these figures, each with what it should
// give. Never taken from the corpus. An expectation names one figure of the sentence by value: its metric and
// whose figure it is, or NO when it must make no scored claim (no metric of the family, or not the region's).
import type { Scope } from '../../../src/extract/types.ts';

export const RC = 'review.cases';
export const RA = 'review.accepted';
export const RK = 'review.concluded';
export const RS = 'review.settled';
export const RR = 'review.resolution_rate';
export const RX = 'review.correction_rate';
export const RT = 'review.settlement_rate';
export const LC = 'litigation.cases';
export const LH = 'litigation.head_appearances';
export const LR = 'litigation.head_appearance_rate';
export const LL = 'litigation.loss_rate';

/** [value, metric, scope]; NO: no scored claim at all. */
export type Expected = readonly [number, string, Scope] | readonly [number, 'NO'];
export interface PhrasingCase {
  text: string;
  expect: readonly Expected[];
  /** GB/T 2260 code of the page; a city (宁波, 330200) when absent. */
  region?: string;
}

const c = (text: string, ...expect: Expected[]): PhrasingCase => ({ text, expect });
const at = (region: string, text: string, ...expect: Expected[]): PhrasingCase => ({ text, expect, region });

// prettier-ignore
export const REVIEW_CASES: readonly PhrasingCase[] = [
  // The year's intake, in many words.
  c('2023年,全市共收到行政复议申请1,520件。', [1520, RC, 'region']),
  c('全年全市各级行政复议机关新收行政复议案件862件。', [862, RC, 'region']),
  c('全区共办理行政复议案件245件。', [245, RC, 'region']),
  c('本年度全县受理行政复议案件118件,同比增长15.7%。', [118, RC, 'region'], [15.7, RC, 'change']),
  c('全市行政复议机关共收案1,034件,较上年增加120件。', [1034, RC, 'region'], [120, RC, 'change']),
  c('2023年我市共接收行政复议申请2360件,依法受理2108件,审结1986件。', [2360, RC, 'region'], [2108, RA, 'region'], [1986, RK, 'region']),
  c('全市新收行政复议案件986宗,同比上升8.3%。', [986, RC, 'region'], [8.3, RC, 'change']),
  c('全市行政复议案件收案数达1,211件,同比增长21%。', [1211, RC, 'region'], [21, RC, 'change']),
  c('全年共受理行政复议申请652件。', [652, RC, 'region']),
  // 受理 alone is read as the intake (review.cases, basis accepted); beside a received count it is review.accepted.
  // The catalogue would make every 受理 of 案件 review.accepted, but labels differ on it (README): left as it is.
  c('全县共受理行政复议案件88件。', [88, RC, 'region']),
  c('2023年,全区依法受理行政复议案件1,046件,审结986件。', [1046, RC, 'region'], [986, RK, 'region']),
  c('全市各级行政复议机关共受理行政复议申请2,310件。', [2310, RC, 'region']),
  c('全年受理复议申请420件,同比增长30%。', [420, RC, 'region'], [30, RC, 'change']),
  c('全区共立案受理行政复议案件203件。', [203, RC, 'region']),
  c('市政府共受理行政复议案件54件。', [54, RC, 'government_own']),
  c('全区共收到行政复议申请356件,其中受理行政复议案件320件。', [356, RC, 'region'], [320, RA, 'region']),
  c('全区共收到行政复议申请356件,其中依法受理320件,不予受理21件。', [356, RC, 'region'], [320, RA, 'region'], [21, 'NO']),
  c('全区新收行政复议案件412件,依法受理行政复议案件385件。', [412, RC, 'region'], [385, RA, 'region']),
  c('全区新收行政复议案件412件。全年共受理行政复议案件385件,审结361件。', [412, RC, 'region'], [385, RA, 'region'], [361, RK, 'region']),
  c('全市共收到行政复议申请1,330件,同比增长18%,受理1,208件,同比增长20%。', [1330, RC, 'region'], [18, RC, 'change'], [1208, RA, 'region'], [20, RA, 'change']),
  c('2022年全市受理行政复议案件1,105件。', [1105, RC, 'prior_year']),
  c('全市行政复议案件数量为1,450件,同比下降6.2%。', [1450, RC, 'region'], [6.2, RC, 'change']),
  c('我市各级行政复议机关全年共收到复议申请1,735件,受理1,602件。', [1735, RC, 'region'], [1602, RA, 'region']),
  c('2023年,全区行政复议申请量达到532件,创历史新高。', [532, RC, 'region']),
  c('全县行政复议案件受理量首次突破300件,达326件。', [300, 'NO'], [326, RC, 'region']),
  c('一年来,市本级和各区县共收到行政复议申请2,048件。', [2048, RC, 'region']),
  c('全市行政复议工作收案1,305件、结案1,226件。', [1305, RC, 'region'], [1226, RK, 'region']),
  c('今年共收到行政复议申请980余件。', [980, RC, 'region']),
  c('全市行政复议案件量达1.2万件。', [12000, RC, 'region']),
  c('行政复议主渠道作用进一步发挥,全市新收行政复议案件4,316件,是行政诉讼案件的1.6倍。', [4316, RC, 'region'], [1.6, 'NO']),
  // Received, then accepted, concluded and settled.
  c('全市共收到行政复议申请786件,其中受理720件,不予受理43件,告知其他途径解决23件。', [786, RC, 'region'], [720, RA, 'region'], [43, 'NO'], [23, 'NO']),
  c('全区收到行政复议申请412件。经审查,依法受理385件,审结361件。', [412, RC, 'region'], [385, RA, 'region'], [361, RK, 'region']),
  c('全年新收行政复议案件1,024件,受理960件,办结902件,结案率94%。', [1024, RC, 'region'], [960, RA, 'region'], [902, RK, 'region'], [94, 'NO']),
  c('全市共审结行政复议案件1,130件,其中以调解和解方式结案317件。', [1130, RK, 'region'], [317, RS, 'region']),
  c('审结案件中,通过调解、和解方式结案的有215件,占19.0%。', [215, RS, 'region'], [19, 'NO']),
  c('全市行政复议机关调解和解结案426件,调解和解率达35.2%。', [426, RS, 'region'], [35.2, RT, 'region']),
  c('全年促成当事人和解撤回申请186件。', [186, RS, 'region']),
  c('全市行政复议案件调撤率为32%,共调撤案件288件。', [32, RT, 'region'], [288, RS, 'region']),
  // Rates.
  c('全市行政复议纠错率为12.6%。', [12.6, RX, 'region']),
  c('全年直接纠错案件96件,纠错率为9.8%。', [96, 'NO'], [9.8, RX, 'region']),
  c('通过撤销、变更、确认违法等方式纠正违法或不当行政行为158件,纠错率13.5%。', [158, 'NO'], [13.5, RX, 'region']),
  c('行政复议综合纠错率达到15.2%,同比提高2.1个百分点。', [15.2, RX, 'region'], [2.1, RX, 'change']),
  c('全市行政复议案件化解率达92%。', [92, RR, 'region']),
  c('行政复议案件实质性化解率为88.6%。', [88.6, RR, 'region']),
  c('全年行政复议调解和解率达35%,实质性化解率达到82%。', [35, RT, 'region'], [82, RR, 'region']),
  c('全市行政复议实质化解率90%,同比提升6个百分点。', [90, RR, 'region'], [6, RR, 'change']),
  c('行政复议后行政争议实质性化解率达到93.1%。', [93.1, RR, 'region']),
  c('全市行政复议调解和解率、实质性化解率分别为31.5%、86.2%。', [31.5, RT, 'region'], [86.2, RR, 'region']),
  c('全市行政复议纠错率、实质性化解率分别为11.2%和87.4%。', [11.2, RX, 'region'], [87.4, RR, 'region']),
  c('2023年,全市行政复议机关审结案件1,052件,行政争议实质性化解率92.3%。', [1052, RK, 'region'], [92.3, RR, 'region']),
  c('行政复议案件经复议后未再提起诉讼的占87.5%,实质性化解率进一步提升。', [87.5, 'NO']),
  c('行政复议化解行政争议的主渠道作用凸显,化解率达86%。', [86, RR, 'region']),
  c('行政复议办案质效持续提升,行政争议化解率达到91.4%。', [91.4, RR, 'region']),
  c('以调解和解方式化解行政争议的比例达到38%。', [38, RT, 'region']),
  c('复议决定履行率100%。', [100, 'NO']),
  c('行政复议案件按期办结率100%。', [100, 'NO']),
  c('全市行政复议案件息诉率达到90.5%。', [90.5, RR, 'region']),
  c('行政复议案件复议后息诉率为88%。', [88, RR, 'region']),
  c('经复议后当事人服判息诉率达到92%,同比提高3个百分点。', [92, RR, 'region'], [3, RR, 'change']),
  c('行政复议息诉罢访率达85.3%。', [85.3, RR, 'region']),
  c('行政复议工作稳步推进。行政争议化解率达到90%以上。', [90, RR, 'region']),
  c('全市行政复议案件化解率同比提高5个百分点,达到89%。', [5, RR, 'change'], [89, RR, 'region']),
  c('行政复议后起诉率降至9.2%。', [9.2, 'NO']),
  c('全市行政复议案件纠错化解率为28%。', [28, 'NO']),
  c('行政复议案件调解和解结案率为25.6%。', [25.6, RT, 'region']),
  // A body's own count, a part, another year, several years, a part of a year.
  c('市政府本级收到行政复议申请523件。', [523, RC, 'government_own']),
  c('市政府作为复议机关共受理行政复议案件380件。', [380, RC, 'government_own']),
  c('全市共收到行政复议申请1,600件,其中市本级收到420件。', [1600, RC, 'region'], [420, RC, 'government_own']),
  c('市政府行政复议机构全年审结行政复议案件412件。', [412, RK, 'government_own']),
  c('2022年全市共收到行政复议申请1,302件。', [1302, RC, 'prior_year']),
  c('全市共收到行政复议申请1,500件,较2022年的1,302件增长15.2%。', [1500, RC, 'region'], [1302, RC, 'prior_year'], [15.2, RC, 'change']),
  c('2021年至2023年,全市共办理行政复议案件4,210件。', [4210, RC, 'cumulative']),
  c('近三年来,全市行政复议机关累计审结案件3,056件。', [3056, RK, 'cumulative']),
  c('全市共收到行政复议申请1,200件,其中涉企行政复议案件150件。', [1200, RC, 'region'], [150, 'NO']),
  c('全市行政复议案件中,涉及征地拆迁类案件312件。', [312, 'NO']),
  c('其中公安类案件占比最高,共218件。', [218, 'NO']),
  c('全市复议机关共办理案件4,613件,其中行政复议案件2,448件、行政应诉案件2,165件。', [4613, 'NO'], [2448, RC, 'region'], [2165, LC, 'region']),
  c('全市共办理行政复议和行政应诉案件3,200件。', [3200, 'NO']),
  c('全年共办理行政复议案件1,356件、行政应诉案件1,089件。', [1356, RC, 'region'], [1089, LC, 'region']),
  c('全市共收到行政复议申请1,200件,办理行政应诉案件980件。', [1200, RC, 'region'], [980, LC, 'region']),
  c('2023年,全市办理行政复议案件2,011件,同比增长23.5%;办理行政应诉案件1,538件,同比增长8.2%。', [2011, RC, 'region'], [23.5, RC, 'change'], [1538, LC, 'region'], [8.2, LC, 'change']),
  c('全区行政复议、行政应诉案件分别为356件、298件。', [356, RC, 'region'], [298, LC, 'region']),
  c('市司法局共办理行政复议和应诉案件1,050件,其中行政复议案件610件,行政应诉案件440件。', [1050, 'NO'], [610, RC, 'government_own'], [440, 'NO']),
  c('截至10月底,全市共收到行政复议申请1,080件。', [1080, RC, 'region']),
  c('今年以来,全区新收行政复议案件268件。', [268, RC, 'region']),
  c('全市行政复议案件同比增长35%,达到1,860件。', [35, RC, 'change'], [1860, RC, 'region']),
  c('2023年收到行政复议申请1,020件,2022年为865件。', [1020, RC, 'region'], [865, RC, 'prior_year']),
  c('全市共收到行政复议申请1,020件,较上年的865件增长17.9%。', [1020, RC, 'region'], [865, RC, 'prior_year'], [17.9, RC, 'change']),
  at('330212', '全区共收到行政复议申请326件。', [326, RC, 'region']),
  at('330212', '区政府作为复议机关,全年收到行政复议申请326件。', [326, RC, 'region']),
  at('330212', '全市共收到行政复议申请1,600件。', [1600, 'NO']),
  at('330000', '全省各级行政复议机关共收到行政复议申请3.2万件。', [32000, RC, 'region']),
  at('330000', '省政府本级收到行政复议申请1,256件。', [1256, RC, 'government_own']),
  // Not the year's review cases.
  c('全市行政复议机关维持原行政行为620件。', [620, 'NO']),
  c('全市共召开行政复议听证会56次。', [56, 'NO']),
  c('向被申请人制发行政复议意见书、建议书32份。', [32, 'NO']),
  c('建成行政复议基层服务点186个。', [186, 'NO']),
  c('全市行政复议人员共有132名。', [132, 'NO']),
  c('行政复议后起诉的案件103件。', [103, 'NO']),
  c('力争全年行政复议案件调解和解率达到30%以上。', [30, 'NO']),
];

// prettier-ignore
export const LITIGATION_CASES: readonly PhrasingCase[] = [
  // The year's lawsuits.
  c('2023年,全市行政机关共发生一审行政诉讼案件1,025件。', [1025, LC, 'region']),
  c('全市各级行政机关共办理行政应诉案件2,165件。', [2165, LC, 'region']),
  c('全区新发行政诉讼案件238件,同比下降12.5%。', [238, LC, 'region'], [12.5, LC, 'change']),
  c('全年全市行政机关作为被告的一审行政诉讼案件856件。', [856, LC, 'region']),
  c('全市共有行政应诉案件1,392件。', [1392, LC, 'region']),
  c('全市各级行政机关作为被告的行政诉讼案件共1,386件。', [1386, LC, 'region']),
  c('全年新增行政诉讼案件483件。', [483, LC, 'region']),
  c('全市发生行政诉讼案件560起。', [560, LC, 'region']),
  c('全年全市行政机关共参加行政诉讼1,324件。', [1324, LC, 'region']),
  c('全市法院新收一审行政诉讼案件1,532件,同比上升9.6%。', [1532, LC, 'region'], [9.6, LC, 'change']),
  c('全市行政机关涉诉案件685件。', [685, LC, 'region']),
  c('行政应诉工作扎实推进。全市共发生行政诉讼案件1,003件,败诉63件。', [1003, LC, 'region'], [63, 'NO']),
  c('全县一审行政诉讼案件收案126件。', [126, LC, 'region']),
  c('全市行政机关被诉案件1,234件,败诉率5%。', [1234, LC, 'region'], [5, LL, 'region']),
  c('全市法院受理以行政机关为被告的一审行政案件1,508件。', [1508, LC, 'region']),
  c('全市行政诉讼案件数量为962件,较上年减少86件。', [962, LC, 'region'], [86, LC, 'change']),
  c('全市行政机关共应诉行政诉讼案件1,118件。', [1118, LC, 'region']),
  c('2023年,全市办理行政诉讼案件1,750件。', [1750, LC, 'region']),
  c('全年全市行政应诉案件1,203宗,审结1,086宗。', [1203, LC, 'region'], [1086, 'NO']),
  c('全市一审行政诉讼新收案件1,402件,审结1,356件,行政机关败诉86件,败诉率6.3%。', [1402, LC, 'region'], [1356, 'NO'], [86, 'NO'], [6.3, LL, 'region']),
  c('行政诉讼案件发案量为1,098件,同比下降9.1%。', [1098, LC, 'region'], [9.1, LC, 'change']),
  // Agency heads in court.
  c('全市行政机关负责人出庭应诉率达100%。', [100, LR, 'region']),
  c('行政机关负责人出庭应诉1,186件,出庭应诉率98.7%。', [1186, LH, 'region'], [98.7, LR, 'region']),
  c('全年行政机关负责人出庭应诉862人次,出庭率达96.3%。', [862, LH, 'region'], [96.3, LR, 'region']),
  c('行政机关负责人出庭应诉案件645件,出庭率100%。', [645, LH, 'region'], [100, LR, 'region']),
  c('负责人出庭应诉率由2022年的85.6%提升至98.2%。', [85.6, LR, 'prior_year'], [98.2, LR, 'region']),
  c('行政机关负责人出庭应诉率为99.2%,较上年提高4.5个百分点。', [99.2, LR, 'region'], [4.5, LR, 'change']),
  c('全市行政机关负责人出庭应诉率连续三年保持100%。', [100, LR, 'region']),
  c('2022年行政机关负责人出庭应诉率为91.2%,2023年提升到97.5%。', [91.2, LR, 'prior_year'], [97.5, LR, 'region']),
  c('行政机关负责人出庭应诉率2022年、2023年分别为92.1%、98.6%。', [92.1, LR, 'prior_year'], [98.6, LR, 'region']),
  c('市政府负责人出庭应诉率达100%。', [100, LR, 'government_own']),
  c('市政府主要负责人出庭应诉2次。', [2, 'NO']),
  c('市政府负责人出庭应诉12次,出庭应诉率100%。', [12, LH, 'government_own'], [100, LR, 'government_own']),
  c('全市行政机关负责人出庭应诉942件次。', [942, LH, 'region']),
  c('全市行政机关负责人出庭1,046次,出庭率达99.6%。', [1046, LH, 'region'], [99.6, LR, 'region']),
  c('各级行政机关负责人出庭应诉1,488宗。', [1488, LH, 'region']),
  c('行政首长出庭应诉率达100%。', [100, LR, 'region']),
  c('全市行政机关负责人出庭应诉比例达到98.5%。', [98.5, LR, 'region']),
  c('全市各级行政机关负责人出庭应诉案件占开庭审理案件的97.3%。', [97.3, LR, 'region']),
  c('全市行政机关负责人出庭应诉率较上年提升8.3个百分点,达97.9%。', [8.3, LR, 'change'], [97.9, LR, 'region']),
  c('全年出庭应诉率100%,2022年为93.4%。', [100, LR, 'region'], [93.4, LR, 'prior_year']),
  c('市本级行政机关负责人出庭应诉率达到100%。', [100, LR, 'government_own']),
  c('全市行政机关共出庭应诉行政诉讼案件1,102件。', [1102, LC, 'region']),
  c('全市行政机关出庭应诉行政案件1,045件。', [1045, LC, 'region']),
  c('全市行政机关主要负责人出庭应诉56件。', [56, 'NO']),
  c('全市行政机关负责人出庭应诉并发声56件。', [56, 'NO']),
  c('全市行政机关工作人员旁听庭审1,200人次。', [1200, 'NO']),
  c('全市行政机关负责人应出庭案件出庭率100%。', [100, LR, 'region']),
  c('行政诉讼案件开庭审理的,行政机关负责人出庭应诉率达到98%。', [98, LR, 'region']),
  c('行政机关负责人出庭应诉并出声率达到100%。', [100, 'NO']),
  c('全市行政机关负责人出庭应诉案件数同比增长18%。', [18, LH, 'change']),
  c('各区县行政机关负责人出庭应诉率均达到100%。', [100, LR, 'region']),
  c('有8个县(市、区)负责人出庭应诉率达到100%。', [100, 'NO']),
  c('全市行政机关负责人出庭应诉率达到97.2%,其中市直部门出庭应诉率100%。', [97.2, LR, 'region'], [100, 'NO']),
  c('今年以来,全区行政机关负责人出庭应诉率达100%。', [100, LR, 'region']),
  c('2021年以来,全市行政机关负责人出庭应诉率保持在95%以上。', [95, 'NO']),
  c('全市行政机关负责人出庭应诉率、出声率均为100%。', [100, LR, 'region']),
  c('出庭应诉率由85%提升至100%。', [85, LR, 'prior_year'], [100, LR, 'region']),
  // Loss rate.
  c('全市行政机关行政诉讼败诉率为4.8%。', [4.8, LL, 'region']),
  c('一审行政诉讼案件败诉率降至5.1%,低于全省平均水平。', [5.1, LL, 'region']),
  c('行政诉讼败诉率同比下降2.3个百分点,为6.9%。', [2.3, LL, 'change'], [6.9, LL, 'region']),
  c('全市行政机关败诉案件56件,败诉率4.2%,较上年下降1.6个百分点。', [56, 'NO'], [4.2, LL, 'region'], [1.6, LL, 'change']),
  c('2022年行政诉讼败诉率为8.1%。', [8.1, LL, 'prior_year']),
  c('市政府行政诉讼败诉率为0。', [0, 'NO']),
  c('全市行政诉讼败诉率为3.2%,比全省低2.1个百分点。', [3.2, LL, 'region'], [2.1, 'NO']),
  c('以市政府为被告的行政诉讼案件40件。', [40, 'NO']),
  c('市政府作为被告的一审行政诉讼案件138件,无一败诉。', [138, 'NO']),
  c('全市法院共受理各类行政案件2,856件。', [2856, 'NO']),
  c('全市法院审结一审行政案件1,420件。', [1420, 'NO']),
  c('全市行政诉讼案件中,涉及土地征收类案件320件。', [320, 'NO']),
  c('近五年,全市行政机关负责人出庭应诉3,200余件次。', [3200, LH, 'cumulative']),
  c('2022年全市行政应诉案件1,263件。', [1263, LC, 'prior_year']),
  c('全市行政诉讼案件1,120件,比2022年的1,263件下降11.3%。', [1120, LC, 'region'], [1263, LC, 'prior_year'], [11.3, LC, 'change']),
];
