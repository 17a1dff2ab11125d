// Phrase → metric rules, first match wins, so a narrower rule comes before a broader one of the same
// topic. A new catalogue metric is one entry here. Ids are those of data/metrics.json; the grammar
// never reads that file, so the browser bundle runs without it.
import { ACCEPTS } from './basis.ts';
import type { Topic } from './topics.ts';
import type { Unit } from './types.ts';

export interface MetricRule {
  metric: string;
  topic: Topic;
  units: readonly Unit[];
  /** Counter words accepted; any counter of the unit when absent. */
  counters?: readonly string[];
  /** Percent figures: the rate word written right before the number (调成率98.2%). */
  rate?: RegExp;
  /** Percent figures: a rate word that names another rate (基层一线化解率, 纠错化解率). */
  notRate?: RegExp;
  /**
   * Tested on `${clause before the figure, from the previous figure on}|${words after its counter}`,
   * so /调委会\|/ means the noun ends right before the number.
   */
  local?: RegExp;
  /** Only the words right after the counter: 198个|人民调解委员会. */
  after?: RegExp;
  /** Tested on the figure's whole clause before it and the words after its counter: vetoes the rule. */
  notLocal?: RegExp;
  /** The whole sentence before the figure. */
  subject?: RegExp;
  /** Tested on the sentence before the figure from its last 全市/各级 on: vetoes the rule (归档案卷3927份,其中…). */
  notSubject?: RegExp;
  /** The paragraph before the sentence, the sentence before the figure and the words right after it (a court named in the sentence before). */
  paragraph?: RegExp;
  /** The metric is itself about a part (驻所调解室, 农民工), so it applies under 其中 / sub-unit context. */
  part?: boolean;
}

const CASES = ['件', '宗', '起', '件次'];
// 派出所, 驻所调解室, and the police as a subject (柘荣公安…共排查…,成功调解…; not 公安、法院 listed as partners).
const POLICE = /驻所|驻派出所|派出所|(?<![、和与及同])公安(?![、和与及类])|民警/;
const RESOLVED = /成功|化解(?!中心|服务中心|室|站|工作站|平台|机制)|调结|调成|达成.{0,3}协议/;
// A rate of one stage or channel of mediation, or of another process, is not the success rate.
// 线上线下共受理: both channels together are all of them.
const ONLINE_AND_OFFLINE = /线上线下|线下线上/;
const OTHER_MEDIATION_RATE =
  /占比|比重|综合|一线|基层|就地|属地|源头|诉前|诉讼|信访|初信|初访|首次|一次性|当场|当天|当日|即时|现场|降级|风险|行政|仲裁|劳动|按期|及时|履行|协议|满意|排查|调处率/;
// Disputes mediated by legal advisers, lawyers or judges (村(居)法律顾问共调解纠纷…) are not people's
// mediation committees' count: the vetoes of mediation.cases and mediation.resolved name them.
// 调解和解 closes a review case by settlement: 以调解和解方式结案, 调解终止, 成功调解和解案件.
// 以纠错、调解、和解等方式化解…: a count that takes in corrections is no count of cases settled by agreement; corrections
// counted apart with a figure of their own (直接纠错25件、调解结案177件) take in nothing.
// 以调解、和解、申请人撤回申请等方式结案: the list's last item opens the figure's clause (、 breaks clauses), and a
// withdrawal is one of the ways a review is settled (调撤).
const SETTLED =
  /(?:调解|和解|调撤)[^,]{0,10}?(?:结案|办结|审结|终止|化解|成功|撤回|方式|案件)|成功(?:调解|和解)|调撤|撤回申请[^,]{0,4}?方式结案/;

// 在复议受理前通过调解化解…476件: before a review is taken in, no review case was settled; …及行政机关自行纠正等方式化解:
// disputes resolved by every means, corrections among them.
const SETTLED_ELSE = /(?:受理|立案)前|自行纠正/;

// A count of case files reviewed or archived (审查归档案卷3927份,其中法律援助案件1414件) is no count of the year's cases.
const FILES = /案卷|卷宗|归档|档案/;
// 法律顾问已为全市群众提供咨询…,调解矛盾纠纷303起: legal advisers, lawyers or judges acting as the sentence's subject do the
// mediation of its clauses after, no people's mediation committee (the vetoes name them in the figure's own clause too).
// 广大法律工作者深入村居…,调处纠纷…: the legal service workers too.
const OTHER_PROFESSION_ACTS =
  /(?:法律顾问|顾问律师|律师|法官|法律(?:服务)?工作者)(?:们)?[,]?(?:已|共|累计|先后|全年|今年|积极|深入|主动|为|参与|协助|开展|提供|调解|化解|接待)/;
// 有效预防、成功调解4800多起: one count of disputes prevented and mediated together is no count of either (预防 in the
// figure's own clause is vetoed by the rules themselves).
const PREVENTED_AND_MEDIATED = /预防[、和及与](?:成功)?(?:调解|化解|调处)[^,;]*$/;
const NOT_PEOPLES_MEDIATORS = new RegExp(`${OTHER_PROFESSION_ACTS.source}|${PREVENTED_AND_MEDIATED.source}`);
// Who appears in court: an agency head (负责人, 行政首长, 局长), named in the sentence or the paragraph before;
// 行政机关出庭应诉 alone is the body defending its suits.
const HEAD = /负责人|首长|领导|一把手|正职|局长|市长|县长|区长|镇长|乡长|厅长|班子成员/;
// 主要负责人 (the principal head) and 出庭出声 (heads who spoke) are metrics of their own.
const NOT_ANY_HEAD = /主要负责人|一把手|正职|主要领导|出声|发声|发表意见|工作人员/;
// Some of the region's bodies (市直部门, 乡镇(街道)): their heads' appearances are a part, not the region's.
const SOME_BODIES = /市直|县直|区直|乡镇|街道|镇街|(?<![各其])部门/;
const NOT_ALL_HEADS = new RegExp(`${NOT_ANY_HEAD.source}|${SOME_BODIES.source}`);
// A review hearing (听证, the respondent 被申请人) in a sentence that names no suit or court.
const REVIEW_HEARING = /^(?!.*(?:诉讼|应诉|法院|被告|一审|二审|庭审)).*(?:听证|被申请人)/;
// The courts of a region's several levels (全省法院, 全市两级法院, 黑龙江省法院, 省高级人民法院), not one county's.
const COURTS_OF_LEVELS =
  /全(?:省|市|区|州|盟|自治区)(?:[两三]级|各级)?(?:人民)?法院|[两三]级(?:人民)?法院|各级(?:人民)?法院|省(?:人民)?法院|(?:省|自治区)高级人民法院/;
const COURT_NOT_INTAKE =
  /一审|应诉|被告|被诉|行政诉讼|出庭|败诉|胜诉|撤诉|调解|和解|审结|结案|判决|典型|旧存|旧案|结转|上年|二审|再审|跨区域/;

// What a review count of outcomes or of other work is (纠错, 审议, 评查, 转送, 撤回, 不予受理, cases still in hand, cases
// carried over or heard, 审理, which takes in those carried over): no count of the year's applications.
const NOT_INTAKE =
  /[需应待]办理|受理前|结转|旧存|(?<!受理[、和及并]?)审理|纠错|撤销|变更|确认违法|驳回|维持|息诉|听证|终止|被诉|起诉|诉讼|不予受理|不受理|未受理|审议|评查|抽查|转送|告知|撤回|办理中|在办|未办结|未审结/;

/** The outcomes of reviews decided (终止, 维持, 驳回, 撤销…): the source of a pattern, shared with extractFigures. */
export const REVIEW_OUTCOMES = '终止|维持|驳回|撤销|变更|确认违法|责令履行|中止';

// One rule per line reads as a table.
// prettier-ignore
export const METRIC_RULES: readonly MetricRule[] = [
  // 人民调解 (司法确认, a court confirming an agreement, and 治安, the police mediating public-order cases, are other bodies' counts)
  { metric: 'mediation.police_station_success_rate', topic: 'mediation', units: ['percent'], rate: /成功|调成/, subject: POLICE, part: true },
  { metric: 'mediation.police_station_resolved', topic: 'mediation', units: ['count'], counters: CASES, local: RESOLVED, notLocal: /治安/, subject: POLICE, part: true },
  { metric: 'mediation.police_station_cases', topic: 'mediation', units: ['count'], counters: CASES, local: /调处|受理|调解|办理|纠纷/, notLocal: /治安/, subject: POLICE, part: true },
  { metric: 'mediation.police_station_rooms', topic: 'mediation', units: ['count'], counters: ['个'], after: /^驻(?:派出)?所调解室|^派出所调解室/, part: true },
  { metric: 'mediation.success_rate', topic: 'mediation', units: ['percent'], rate: /成功|调成|调结|化解/, notRate: OTHER_MEDIATION_RATE },
  { metric: 'mediation.online_cases', topic: 'mediation', units: ['count'], counters: CASES, local: /线上|在线|网上/, notLocal: ONLINE_AND_OFFLINE, part: true },
  { metric: 'mediation.screenings', topic: 'mediation', units: ['count'], counters: ['次', '场次'], local: /排查/ },
  { metric: 'mediation.disputes_prevented', topic: 'mediation', units: ['count'], counters: CASES, local: /预防/ },
  // 共协调化解案件3904件: the cases a court (or a review office) settles by coordination are no people's mediation.
  // 对其余96件虽然调处成功但案卷不符合…: the cases of a check of files (案卷) are a sample, for mediation as for legal aid.
  { metric: 'mediation.resolved', topic: 'mediation', units: ['count'], counters: CASES, local: RESOLVED, notLocal: /协调化解[^,]{0,4}案件|案卷|排查|预防|法律顾问|律师|公证员|法官|检察官|司法确认|治安|警情/, notSubject: NOT_PEOPLES_MEDIATORS },
  // 发现矛盾纠纷8.4万件, 排摸出矛盾纠纷11起: the disputes a screening found, no disputes mediated. 人民调解组织排查化解…: the
  // people's mediation organisations' own screening and resolving is their mediating (调委会共排查化解…, 各类调解组织…).
  { metric: 'mediation.cases', topic: 'mediation', units: ['count'], counters: CASES, local: /受理|调处|调解|办理|收案|案件|纠纷/, notLocal: /协调化解[^,]{0,4}案件|案卷|(?<!(?:人民调解(?:组织|委员会)|调解组织|调委会|调解委员会)[^,]{0,6})(?:排查|排摸|摸排)(?![^,]{0,2}(?:调处|调解|受理))|(?:排查|排摸|摸排)(?![^,]{0,2}(?:调处|调解|受理|化解))|预防|发生|发现|防止|制止|培训|宣传|流转|移交|转办|转交|协助|法律顾问|律师|公证员|法官|检察官|司法确认|治安|警情|咨询|接访|履行|协议书|(?:达成|签订|形成)[^,]{0,6}协议|参与|补贴|申报/, notSubject: NOT_PEOPLES_MEDIATORS },
  // 调处矛盾纠纷3,200余次: disputes counted in 次 right after the verb and its object (not 召开调解会议3次).
  { metric: 'mediation.cases', topic: 'mediation', units: ['count'], counters: ['次'], local: /(?:调解|调处|受理)(?:了)?(?:各类|各种)?(?:矛盾)?纠纷(?:共计?|累计|达|约)?\|/, notLocal: /排查|预防|发生|防止|制止|培训|宣传|法律顾问|律师|公证员|法官|检察官|司法确认|治安/, notSubject: NOT_PEOPLES_MEDIATORS },
  { metric: 'mediation.personal_studios', topic: 'mediation', units: ['count'], counters: ['个', '家'], after: /^个人调解工作室/, part: true },
  { metric: 'mediation.committees', topic: 'mediation', units: ['count'], counters: ['个', '家'], after: /^(?:人民)?调解委员会|^调委会/, notLocal: /新成立|新建|新增/ },
  { metric: 'mediation.committees', topic: 'mediation', units: ['count'], counters: ['个', '家'], local: /(?:调解委员会|调委会)\|/, notLocal: /新成立|新建|新增/ },
  { metric: 'mediation.mediators', topic: 'mediation', units: ['people'], local: /调解员/, notLocal: /培训|表彰|荣获|模范/ },

  // 行政复议
  // 纠错案件占审结数的7.96%: the corrected cases' share of those concluded is the correction rate.
  { metric: 'review.correction_rate', topic: 'review', units: ['percent'], local: /纠错[^,|]{0,10}占[^,|]{0,8}(?:审结|办结|结案)[^,|]{0,6}\|/ },
  { metric: 'review.correction_rate', topic: 'review', units: ['percent'], rate: /纠错/, notRate: /化解/ },
  { metric: 'review.resolution_rate', topic: 'review', units: ['percent'], rate: /化解|案结事了|息诉/, notRate: /纠错/ },
  // 82%的案件在行政复议程序中“案结事了”, 90.1%的行政复议案件实现“定分止争”: the share written before its cases.
  // 97%的行政复议案件在行政复议程序中化解, 超过90%的案件化解在行政复议程序中: resolved within review, likewise.
  { metric: 'review.resolution_rate', topic: 'review', units: ['percent'], after: /^的(?:行政复议|行政)?(?:案件|申请|争议)(?:[^,]{0,16}(?:案结事了|定分止争|实质性化解)|在[^,]{0,8}复议[^,]{0,6}?(?:得到|实现|被|予以)?化解|化解在[^,]{0,6}复议)/ },
  // 调解和解率, 调撤率, 调解和解结案率 (调解成功率 is review.mediation_success_rate, a rate of another base).
  { metric: 'review.settlement_rate', topic: 'review', units: ['percent'], rate: /调解|和解|调撤|调和/, notRate: /成功/ },
  { metric: 'review.days_saved', topic: 'review', units: ['days'], local: /减少|缩短|压缩/ },
  { metric: 'review.settled', topic: 'review', units: ['count'], counters: CASES, local: SETTLED, notLocal: SETTLED_ELSE, notSubject: /纠错(?![^,;，；。]*\d)[^,;，；。]*$/ },
  { metric: 'review.concluded', topic: 'review', units: ['count'], counters: CASES, local: /审结|办结|结案|作出.{0,4}决定/, notLocal: new RegExp(`不予受理(?:决定)?(?:的)?\\||不予受理决定|(?:${REVIEW_OUTCOMES})(?:审理)?决定|未审结|未办结|纠错`), notSubject: FILES },
  { metric: 'review.not_accepted', topic: 'review', units: ['count'], counters: CASES, local: /(?:不予|未予?|不)受理/ },
  // 受理行政复议案件315件: a 受理 count with no word of applications or intake beside it is the accepted count (受理行政复议申请
  // 320件 counts the applications, the year's intake).
  { metric: 'review.accepted', topic: 'review', units: ['count'], counters: CASES, local: new RegExp(`${ACCEPTS}|立案`), notLocal: new RegExp(`申请|受案|收到|收办|新收|办理|接收|收案|${NOT_INTAKE.source}`), notSubject: FILES },
  { metric: 'review.cases', topic: 'review', units: ['count'], counters: CASES, local: /受理|受案|收到|收办|新收|办理|立案|接收|申请|收案|案件|复议(?:为|是|达到?)?\|/, notLocal: NOT_INTAKE, notSubject: FILES },

  // 行政应诉
  // 行政机关负责人出庭应诉的87件,占诉讼案件的21.75%: the heads' appearances' share of the suits is the appearance rate
  // (a share of the appearances themselves, 占…出庭应诉案件总数的15.45%, is some heads' part of them).
  { metric: 'litigation.head_appearance_rate', topic: 'litigation', units: ['percent'], local: /^占(?:(?!负责人|出庭)[^,|]){0,12}(?:案件|诉讼)(?:(?!负责人|出庭)[^,|]){0,6}\|/, subject: /(?:^|,|其中|全[市区县省]|各级)行政机关负责人[^,]{0,8}出庭[^,]*,占[^,]*$/, notLocal: NOT_ALL_HEADS },
  // 行政机关负责人应诉率100%: the heads' rate of answering suits is their appearance rate too. In a sentence of review
  // hearings (…召开听证会,…行政机关负责人出庭率达100%) with no word of a suit, it is their attendance at the hearings.
  { metric: 'litigation.head_appearance_rate', topic: 'litigation', units: ['percent'], rate: /出庭|负责人应诉/, notRate: NOT_ANY_HEAD, notLocal: NOT_ALL_HEADS, notSubject: REVIEW_HEARING },
  { metric: 'litigation.loss_rate', topic: 'litigation', units: ['percent'], rate: /败诉/, notRate: /实体/ },
  // 应出庭案件1,600件, 应当由负责人出庭的案件: the suits a head should have appeared in, the appearance rate's base, not the
  // appearances.
  // 法院共通知行政机关负责人出庭应诉案件2,078件: the cases the courts asked heads to appear in, no appearances (实际出庭 are).
  { metric: 'litigation.head_appearances', topic: 'litigation', units: ['count', 'person_times'], counters: [...CASES, '次', '件次', '人次'], local: /出庭/, notLocal: new RegExp(`${NOT_ALL_HEADS.source}|(?:应当?|需要?|须)(?:由[^,|]{1,10})?出庭|通知[^,|]{0,12}出庭`), paragraph: HEAD },
  // 开庭审理1,100件: the suits heard in court, the base of the appearance rate, not the year's suits.
  { metric: 'litigation.cases_heard', topic: 'litigation', units: ['count'], counters: CASES, local: /开庭/ },
  { metric: 'litigation.gov_defendant_cases', topic: 'litigation', units: ['count'], counters: CASES, local: /以.{0,6}政府为被告|政府.{0,2}作为被告/, part: true },
  // A court's intake of 行政案件 counts every instance and non-litigation reviews, not the government's first-instance suits.
  { metric: 'litigation.all_instance_cases', topic: 'litigation', units: ['count'], counters: CASES, local: /行政案件|收案/, notLocal: COURT_NOT_INTAKE, subject: /法院/ },
  { metric: 'litigation.all_instance_cases', topic: 'litigation', units: ['count'], counters: CASES, local: /收案/, notLocal: COURT_NOT_INTAKE, paragraph: /法院/ },
  // 全省法院受理各类行政诉讼案件7729件: every kind of suit the courts of several levels took in is every instance too (not
  // 一审…; one county's court, 该院, hears first instances).
  { metric: 'litigation.all_instance_cases', topic: 'litigation', units: ['count'], counters: CASES, local: /各类行政诉讼案件/, notLocal: /一审|二审|再审|审结|结案|办结|判决|调解|和解|撤诉|败诉|胜诉|旧存|结转|上年|出庭|被告|被诉/, subject: COURTS_OF_LEVELS },
  // 该院新收各类案件6,412件: a court's caseload of every kind (civil, criminal, administrative) is no count of suits against agencies.
  { metric: 'litigation.cases', topic: 'litigation', units: ['count'], counters: CASES, local: /案件|应诉|收案|发案|一审|被诉|行政诉讼/, notLocal: /(?:院|法庭)[^,|]{0,6}各类案件|出庭(?!应诉)|未出庭|(?:应当?|需要?|须)出庭|负责人|首长|领导|一把手|败诉|胜诉|撤诉|撤回|调解|和解|协调|化解|联调|驳回|未再|未进入|不再进入|审结|结案|办结|判决|上诉|二审|再审|重审|研判|评估|典型|旧存|旧案|结转|上年|监督|检察|非诉|律师|代理人|代理(?:共计?|达)?\||复盘|复议后|经复议/, notSubject: FILES },

  // 法律援助
  { metric: 'legal_aid.migrant_worker_recovered', topic: 'legal_aid', units: ['yuan'], local: /农民工.*(?:讨回|追回|挽回|追讨|赔偿|报酬)|(?:讨回|追回|追讨|挽回).*(?:欠薪|工资|薪酬|劳动报酬)/, part: true },
  { metric: 'legal_aid.recovered', topic: 'legal_aid', units: ['yuan'], local: /挽回|追回|讨回|追讨|挽损|避免.{0,4}损失|获得.{0,4}赔偿/ },
  { metric: 'legal_aid.migrant_workers_helped', topic: 'legal_aid', units: ['people'], local: /农民工/, part: true },
  { metric: 'legal_aid.migrant_worker_cases', topic: 'legal_aid', units: ['count'], counters: CASES, local: /农民工/, part: true },
  { metric: 'legal_aid.military_cases', topic: 'legal_aid', units: ['count'], counters: CASES, local: /涉军|军人军属/, part: true },
  { metric: 'legal_aid.cross_area_transfers', topic: 'legal_aid', units: ['count'], counters: CASES, local: /转交|转办|跨.{0,3}(?:区|县|市|域)/ },
  // 通过调解方式结案的法律援助案件, 法律援助融入“大调解”,已结案…: the cases legal aid closed by mediation are one manner's part.
  { metric: 'legal_aid.concluded', topic: 'legal_aid', units: ['count'], counters: CASES, local: /办结|结案|审结|已结/, notLocal: /归档|补贴|评查|抽查|抽取|评估|质量|调解/ },
  // 受理法律援助申请328件,批准327件: the applications approved are the cases given legal aid (审查批准法律援助申请…件 too).
  { metric: 'legal_aid.cases', topic: 'legal_aid', units: ['count'], counters: CASES, local: /(?<!不予?|未)批准(?:法律援助)?(?:申请)?(?:共计?|达)?\|/ },
  // 提供法律援助3,000件: aid given, counted in cases, is the cases (申请法律援助 would be applications).
  // 经评估,100件案件全部合格, 提交的15宗法律援助案件中…: the cases of a quality check, the files sent to one, are a sample.
  // 县人民法院全年新收各类案件2.1万件: a court's own caseload, after a paragraph of legal aid, is none of legal aid's.
  { metric: 'legal_aid.cases', topic: 'legal_aid', units: ['count'], counters: CASES, local: /案件|受理|办理|办案|承办|指派|受案|案量|(?:提供|给予|实施)法律援助(?:共计?|达)?\|/, notLocal: /法院[^,;]{0,6}(?:新收|受理|审结|收案|办结|审理)|咨询|宣传|典型|抽取|抽查|评估|评查|评定|评为|优良|优秀|合格|案卷|提交的\||补贴|归档|审核|任务|目标|计划|参与|协助|调解(?:方式)?结案|申请(?:\([^)]{0,8}\))?(?:共计?|总数|数量?|达到?|为)?\|/, notSubject: FILES },

  // 法律服务 and other services: generic phrasings only.
  { metric: 'legal_services.lawyers', topic: 'legal_services', units: ['people'], local: /律师/, notLocal: /培训|研修|评定|考核|选派/ },
  { metric: 'legal_services.law_firms', topic: 'legal_services', units: ['count'], counters: ['家', '个'], local: /律师事务所|律所/, notLocal: /检查|考核/ },
  { metric: 'legal_services.notary_cases', topic: 'legal_services', units: ['count'], counters: CASES, local: /公证/ },
  { metric: 'legal_services.notary_assets', topic: 'legal_services', units: ['yuan'], subject: /公证/ },
  { metric: 'legal_services.arbitration_settlement_rate', topic: 'legal_services', units: ['percent'], rate: /调解|和解/, subject: /仲裁/ },
  { metric: 'legal_services.arbitration_cases', topic: 'legal_services', units: ['count'], counters: CASES, local: /仲裁/ },
  { metric: 'legal_services.arbitration_amount', topic: 'legal_services', units: ['yuan'], local: /标的/, subject: /仲裁/ },
  { metric: 'legal_services.forensic_institutions', topic: 'legal_services', units: ['count'], counters: ['家', '个'], after: /^(?:司法)?鉴定机构/ },
  { metric: 'legal_services.forensic_cases', topic: 'legal_services', units: ['count'], counters: CASES, local: /受案|受理/, subject: /鉴定/ },
  { metric: 'legal_services.pro_bono_hours', topic: 'legal_services', units: ['hours'], local: /公益/ },
  { metric: 'enforcement.staff_training', topic: 'enforcement', units: ['person_times'], local: /培训/ },
  { metric: 'enforcement.certificates_issued', topic: 'enforcement', units: ['count'], local: /执法证/, notLocal: /注销/ },
  { metric: 'enforcement.certificates_cancelled', topic: 'enforcement', units: ['count'], local: /注销/, subject: /执法证/ },
  { metric: 'enforcement.platform_cases', topic: 'enforcement', units: ['count'], counters: CASES, local: /平台|线上|网上/, notLocal: /镇|街/, part: true },
  { metric: 'publicity.events', topic: 'publicity', units: ['count'], counters: ['场', '场次'], local: /法治宣传|普法/ },
  { metric: 'legislation.filing_rate', topic: 'legislation', units: ['percent'], rate: /报备率/ },
  { metric: 'legislation.filing_timeliness_rate', topic: 'legislation', units: ['percent'], rate: /及时率/, subject: /报备/ },
];
