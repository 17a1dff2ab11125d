// Whose figure it is (see Scope in types.ts): decided from the figure's sentence before it, after
// its metric. Only a figure that none of these rules claims is the region's total.
import { namesAKnownLowerRegion, type NamesInText } from './divisionNames.ts';
import { namesALowerRegion, namesATownship } from './lowerRegion.ts';
import type { PeriodReading } from './period.ts';
import { EVERY_LEVEL, afterLastWhole, namesTheWholeRegion } from './subUnit.ts';
import type { Topic } from './topics.ts';
import type { Scope } from './types.ts';

export type RegionLevel = 'province' | 'prefecture' | 'county';

/** Level of a GB/T 2260 code: 110000 province, 110100 prefecture, 110105 county. */
export function regionLevel(code: string | undefined): RegionLevel | undefined {
  if (code === undefined || !/^\d{6}$/.test(code)) return undefined;
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

// 诉前引调, 引调成功114件: a court's referral of a suit to mediation before filing is the court's count too.
// 该院立案庭…, 本院…, 立案庭共调解…: a court named by a pronoun or one of its divisions is a court too.
const COURT =
  /(?:该|本)院(?!校|士|所|长)|立案庭|审判庭|诉前调解|诉调对接|诉讼调解|诉中调解|立案前调解|委派调解|委托调解|接受[^,]{0,4}委托|引调|法院|人民法庭|诉讼服务中心/;
// 作为全市行政案件集中管辖法院,该院共受理一审行政案件1,207件, 受理一审行政案件64件(含集中管辖的外县案件): a court that hears
// the suits of several places counts them all, no one region's; its hearings' appearances too. Its count of the region's
// own suits named after it (其中,以扶沟县行政机关为被告的案件86件; 全县行政机关负责人出庭应诉23件) is the region's again.
const SEVERAL_PLACES = '(?:集中管辖|异地管辖|跨区域管辖|跨行政区域管辖|交叉管辖)';
const HEARS_SEVERAL_PLACES = new RegExp(SEVERAL_PLACES);
const THE_COURT = new RegExp(`${SEVERAL_PLACES}|(?:该|本)院(?!校|士|所|长)|法院`, 'g');
const THE_REGIONS_OWN_SUITS = /为被告|被诉|[全本我](?:省|市|县|区|旗|州|盟)/g;
const lastAt = (re: RegExp, text: string): number =>
  Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));
// (Its own words: a court's intake or hearings, 受理, 新收, 审结, 开庭审理的案件中 — not the agencies' 发生, 应诉, 被诉; not cases
// kept out, 不含集中管辖案件, nor the reform as a cause, 受集中管辖影响, 适应…集中管辖改革.)
const COURTS_WORDS = /受理|新收|收案|审结|结案|审理|开庭/;
const AGENCIES_WORDS = /发生|(?<!出庭)应诉|被诉|为被告|被提起/;
const NOT_THE_COURTS = /不含|不包括|除|影响|改革/;
// 以漳平市行政机关为被告的…案件58件,由集中管辖法院审理,…出庭应诉率100%: where the region's suits are heard, in the
// passive, names no court counting them.
const HEARD_BY = new RegExp(
  `由[^,;。]{0,16}?(?:法院|中院|人民法院)(?:${SEVERAL_PLACES})?(?:审理|管辖|受理)`,
  'g',
);
const REFORM_AS_CAUSE = /(?:集中管辖|跨区域管辖|异地管辖)(?:改革|影响)/;

/**
 * A suit figure a court hearing several places' suits counts, read from the figure's sentence before it and its aside
 * (a bracket right after it; not the next sentence, 由北海中院集中管辖 of where a count is heard).
 */
function countedByACourtOfSeveralPlaces(fullPrefix: string, after: string, local: string): boolean {
  const sentencePrefix = fullPrefix.replace(HEARD_BY, '□');
  if (!COURTS_WORDS.test(sentencePrefix.slice(-40)) || AGENCIES_WORDS.test(local)) return false;
  const aside = /^[(][^)]*/.exec(after)?.[0] ?? '';
  if (NOT_THE_COURTS.test(aside) || REFORM_AS_CAUSE.test(sentencePrefix)) return false;
  if (!HEARS_SEVERAL_PLACES.test(sentencePrefix) && !HEARS_SEVERAL_PLACES.test(aside)) return false;
  const court = HEARS_SEVERAL_PLACES.test(aside) ? sentencePrefix.length : lastAt(THE_COURT, sentencePrefix);
  return court >= 0 && court > lastAt(THE_REGIONS_OWN_SUITS, sentencePrefix);
}

// A government as a party (代理区政府作为当事人的诉讼) is its own count at any level.
// 受区政府委托参加应诉 (the government's office acting for it) is the government's own count too.
const GOVERNMENT_AS_PARTY =
  /政府作为(?:单独|共同)?(?:当事人|被告|被申请人)|以[^,]{0,8}政府(?:名义)?为(?:单独|共同)?(?:当事人|被告)|受[^,]{0,8}政府委托|政府被诉/;
// 区政府负责人出庭应诉率, 县政府…: a government of one level in court is its own part of the suits at any level (a county's
// government is the county's only review office, never the only defendant).
const ONE_GOVERNMENT =
  /(?<![全各])(?:省|自治区|市|州|盟|区|县|旗)级?(?:人民)?政府(?!部门|工作部门|组成部门|所属|各|及|和|、)/;
const OWN_LEVEL = /(?:省|自治区|市|州|盟|区|县|旗)(?:人民)?(?:政府)?本级/;
// The government or legal aid centre of one level, with the level word right before it (a league's or a prefecture's
// government is its 行署).
const BODY =
  /(自治区|省|市|州|盟|区|县|旗)级?(?:人民)?(?:政府|行署|行政公署|法律援助中心|法援中心|法律援助处|法律援助机构(?!共|等)|公共法律服务中心|公服中心|复议局|行政复议(?:局|办公室|机构|机关))/g;
const BODY_TOPICS: ReadonlySet<Topic> = new Set(['review', 'litigation', 'legal_aid']);
const UNITS =
  '[\\d一二两三四五六七八九十]+个(?:市州|州市|市|州|县区|区县|县|区|县市区|乡镇|镇街|街道|村|社区|单位|部门)';
// 有18个市州的…, 其中5个县…, 昆明、曲靖等5个州市…, 红河、玉溪两地…: some of the region's units, named or counted.
const SOME_UNITS = new RegExp(
  `(?:有|其中|等)${UNITS}|[\\u4e00-\\u9fa5]{2}[两三四五六七八九十]地(?![区方位点])`,
);
// 败诉率最高的是乡镇政府, 调解成功率最低的是…: the top or bottom of a ranking is one kind or unit, not the whole;
// 增长较快的主要有…案件(2885件…): the kinds that grew fastest, likewise.
const RANKED_ONE = /(?:最高|最低|最多|最少|最大|最小|较快|最快|较多|较大)的(?:主要)?(?:是|为|有)/;
// 其中,16个州(市)收到1087件,受理1002件: a breakdown by some units holds for the rest of the sentence.
const BREAKDOWN_BY_UNITS = new RegExp(`其中[,:]?${UNITS}`);
const ABOVE_COUNTY = new Set(['自治区', '省', '州', '盟']);
// One person's count (他先后调解…, 调解员王建国共调解…, 律师李明承办…) is a part of the region's work.
// 经过我调解的…, “我今年调解了…”: a speaker's own count (not 我市, 我县, 我局, 我们: a region or a body; nor the slogan
// “我为群众办实事”).
const PERSON =
  /(?:^|[^其自])(?:他|她)(?!们|人|方|乡|山|国|处|案)|(?:^|经过|[“"经由,，])我(?![市县区省州旗盟局院委们国所队厅办站乡镇村庭科]|处(?!理|置)|中心|为群众)|(?:调解员|律师|法官|主任|所长|科长|庭长|队长|书记|顾问)[\u4e00-\u9fa5]{2,3}(?=共|累计|先后|已|从事|参与|全年|一年)/;
// 今年66岁的李中秋, 现年七十二岁的赵德胜: a person introduced by age; 从事人民调解工作20年: by a career. Their counts in the
// sentence after are their own (60岁以上的调解员 is no one person).
const PERSON_INTRODUCED =
  /[\d一二三四五六七八九十]{1,3}(?:周)?岁的(?!人|老人|群众|儿童|老年|妇女|农民工)[\u4e00-\u9fa5]{2,3}|从事[^,]{0,10}工作[\d一二两三四五六七八九十]+(?:多|余)?年/;
// 有15起矛盾纠纷在这里化解: the place named after the count, called here.
const HERE_AFTER = /^[^,;。]{0,12}在(?:这里|这儿|此)(?:化解|调解|调处|解决|得到)/;
// 大通县公安局化解矛盾纠纷422起, 各派出所共调解…, 社区民警…, 交警…: the police mediating count their own part (no people's
// mediation organisation); 警调对接 is a link between the two, not the police counting.
const POLICE = /公安(?:局|分局|机关)|派出所|民警|交警|交巡警|警务(?:室|站)/;
// 政协委员共参与矛盾纠纷化解…, 33名乡贤调解员共…, 全县人大代表积极参与,共调解…, “五老”志愿者累计化解…: people who are no
// committee, a group of them as the subject, count their own part.
// So is a clause such a group opens, its headcount before it or not (队员们全年开展…,参与调解…673件; 法律明白人…): the
// sentence after it is theirs.
const GROUP = '(?:政协委员|人大代表|代表委员|乡贤|五老|老党员|志愿者|网格员|法律明白人|队员)';
// (Lawyers and legal advisers count their own only opening the clause: 人民调解组织联合法律顾问共调解… is the committees'.)
const GROUP_OPENING = `(?:${GROUP.slice(3, -1)}|律师(?!事务所)|法律顾问)`;
const GROUP_OF_PEOPLE = new RegExp(
  `${GROUP}[”"]?(?:调解员|们)?[^,]{0,4}?(?:共|累计|先后|已|积极|参与|成功|调解|化解|调处|受理)|` +
    `(?:^|[,;:。])(?:[\\d一二三四五六七八九十百千]+(?:余|多)?名)?[“"]?${GROUP_OPENING}[”"]?(?:调解员|们)`,
);
// A pronoun for a body named before (他们, 该科, 该中心, 我局): an office, never the region (该市, 全区). A bare 中心
// opening a clause (中心全年受理…, 今年以来,中心现场窗口…) is the centre the page is about.
// 有15起矛盾纠纷在这里化解: the place the page is about, called here.
const BODY_PRONOUN =
  /他们|她们|在这里|在这儿|在此(?!基础|前|后|期间)|(?:该|我|本)(?:科室?|处|局|中心|办公室|办|委员会|委|所|室|站|庭)|(?:^|[,，;；:：])中心(?!城区|城市|镇|村|街道|工作|任务)/;

// 湖南泓江律师事务所承办法律援助案件百余件, 该所律师共承办…, 县公证处为残疾人办理…: one firm or office giving legal aid counts
// its own part (not 全市律师事务所, the region's firms together, nor a count of firms: 共有律师事务所68家).
// (A firm named at the clause's opening: not one a centre assigned the cases to, 指派律师事务所承办, nor firms listed with
// others, 律师事务所、基层法律服务所.)
const ONE_FIRM =
  /(?:^|[,;:。])[\u4e00-\u9fa5]{1,12}?(?<![指委交派托由]|全[市县区省州旗盟]|[各有])(?:律师事务所|律所|公证处|法律服务所)(?![、和及与])|(?:该|本|我)所/;

// 截至12月中旬,调委会共受理…, 联调委及所辖的…联调小组共调处…: one committee as the bare subject of a clause (no 全县, 各, 各级
// before it) is the committee the page is about, counting its own cases — and its successes and rate in the clauses after,
// until one names the whole region (…,全县调解成功率98%).
// 县人民调解委员会(挂…牌子)全年直接受理纠纷322件, 2023年,市人民调解委员会受理…: so is the committee of one level, named by
// its level word alone (not 全县人民调解委员会, 各县人民调解委员会, nor 县乡村三级人民调解委员会).
const ONE_COMMITTEE =
  /(?:^|[,;:。])(?:(?:全年|今年|当年|(?:19|20)\d{2}年)[,]?)?(?:调委会|联调委|联调会|[省市县区旗]级?(?:人民)?调解委员会)(?![主委成])[^;:。]*$/;
const oneCommitteeCounts = (sentence: string): boolean => {
  const m = ONE_COMMITTEE.exec(sentence);
  return m !== null && !namesTheWholeRegion(m[0]);
};

// 我局指导各类调解组织调解…: the justice bureau guiding the committees reports their count, not its own (an
// office below it, 该所指导辖区调委会…, reports its area's).
const GUIDES_MEDIATORS =
  /[我本该]局[^,]{0,4}?(?:指导|督促|推动|带领|引导)[^,]{0,12}?(?:调解组织|调委会|调解委员会|调解员)/;

// A justice bureau is its government's review office (行政复议机构): its review count is that level's own.
const REVIEW_OFFICE = /(自治区|省|市|州|盟|区|县|旗)司法(?:局|厅)/g;

// 省国家税务局收到行政复议申请2件, 市公安局作为被告的…: one named department's own review or suits are its part of the
// region's (its justice bureau is the government's review office, above; a department's 局长 is a person).
// 布局, 格局, 大局, 大厅 are no bodies.
// (行政复议局 is the government's review office, no department counting its own part.)
const DEPARTMENT =
  /(?<![全各])(?:省|市|州|盟|县|区|旗)(?![直级])[\u4e00-\u9fa5]{1,10}?(?<!司法|复议|[布格大结当时全开破新变展])(?:局|厅)(?![长])/;

// 公安部门作为被申请人的案件有842件, 人力资源和社会保障部门败诉22件: one field's departments, the clause's subject, count their own
// part too (not 各部门, 有关部门, 政府部门, 行政执法部门, which may be all of them).
const DEPARTMENTS_OF_A_FIELD =
  /(?:^|[,;:。])(?:其中[,:]?)?(?:公安|人社|人力资源和社会保障|自然资源|国土资源?|规划|住建|住房和城乡建设|城管|市场监管|交通运输?|生态环境|环保|税务|卫健|卫生健康|教育|民政|应急管理|农业农村|水利|林业)(?:和规划)?(?:部门|系统)/;

// 省直部门收到行政复议申请376件: the departments of the government's own level, as review bodies, count their own part.
const DIRECT_BODIES = /(?:省|市|县|区)直(?:各)?(?:部门|单位|机关)/;

// 各区县政府, 全市各区、县(市)政府, 各县(市、区)人民政府, 各市州政府 — not after a body of the page's own level joined to them
// (市政府和各区县政府, 市本级、各区县政府: every level together).
const LOWER_GOVERNMENTS =
  /(?<![、和及与]|本级)各(?:区|县|市|州|旗)(?:[区县市州旗]|[(（][^)）]{0,8}[)）]|、(?:区|县|市|州|旗))*(?:人民)?政府/;

const LISTED_BY = /(?:纳入|列入|写入|列为)[^,]{0,6}$/;

/** The level word of the last body named, or null. 全市/各级 are the whole region, not a body. */
function bodyLevel(text: string, body: RegExp = BODY): string | null {
  let level: string | null = null;
  body.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = body.exec(text)) !== null) {
    const before = text[m.index - 1] ?? '';
    if (before !== '' && '全各本'.includes(before)) continue;
    // 纳入省委省政府民生实事, 列入市政府重点工作: a body whose programme the work is part of does not count it.
    if (LISTED_BY.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // 市级法律援助机构 is the city's own; 市县级 (省市县级) are bodies of several levels.
    if (m[0].includes('级') && before !== '' && '省市县区州旗'.includes(before)) continue;
    level = m[1] ?? null;
  }
  return level;
}

/** The level word of the last body named; for review, a justice bureau too (the government's review office). */
function countingBodyLevel(own: string, topic: Topic | null): string | null {
  return bodyLevel(own) ?? (topic === 'review' ? bodyLevel(own, REVIEW_OFFICE) : null);
}

/** `own`: the figure's subject after its last 全市/各级 (afterLastWhole). */
// Until the review reform (相对集中行政复议职责, done across the country by 2022; the revised law of 2024 keeps it) a county's
// departments took reviews too, so its government's count was one review office's; since, it is the county's only one.
const LAST_YEAR_OF_MANY_REVIEW_OFFICES = 2021;

// 记者从市法律援助中心获悉, 据市司法局介绍: the body the news came from is its source, not the subject of the count.
const INFORMANT = /(?:记者)?(?:从|据|经)[^,]{0,16}?(?:获悉|了解到|得知|介绍|透露|消息)/g;

function governmentOwn(
  said: string,
  topic: Topic | null,
  level: RegionLevel | undefined,
  year?: number,
): boolean {
  if (topic !== 'review' && topic !== 'litigation' && topic !== 'legal_aid') return false;
  const own = said.replace(INFORMANT, '');
  if (GOVERNMENT_AS_PARTY.test(own)) return true;
  // (县人民政府作为…复议机关,…38件,行政机关负责人出庭应诉率保持100%: a clause whose subject is the agencies is theirs.)
  // (县政府行政机关负责人…: the government's own agencies, not cut.)
  if (topic === 'litigation') {
    const agencies = own.lastIndexOf('行政机关');
    const suits = agencies >= 0 && !/政府$/.test(own.slice(0, agencies)) ? own.slice(agencies + 1) : own;
    if (ONE_GOVERNMENT.test(suits) && !EVERY_LEVEL.test(suits)) return true;
  }
  if (topic === 'review' && DIRECT_BODIES.test(own)) return true;
  // 各区县政府共收到…, 各县(市、区)人民政府受理…: the governments below the page's level, alone, are no one government's own
  // (figureScope: their part).
  if (LOWER_GOVERNMENTS.test(own)) return false;
  // 市法律援助中心、各县(市、区)法律援助中心共办理…, 市本级和各区县共收到…: bodies of every level together are the region's.
  if (EVERY_LEVEL.test(own)) return false;
  if (OWN_LEVEL.test(own)) return true;
  const body = countingBodyLevel(own, topic) ?? (BODY_PRONOUN.test(own) ? '市' : null);
  if (body === null) return false;
  if (ABOVE_COUNTY.has(body)) return level !== 'province' || body === '省' || body === '自治区';
  // A city's body is the city's own part, unless the region is a county-level city (its bodies are a county's); a
  // district's or county's government and legal aid centre are the region's only ones (its government's reviews only
  // since the reform).
  if (body === '市' && level !== 'county') return true;
  if (
    topic === 'review' &&
    year !== undefined &&
    year <= LAST_YEAR_OF_MANY_REVIEW_OFFICES &&
    /政府|司法局/.test(own)
  )
    return true;
  return level === 'prefecture' || level === 'province';
}

// 我市/本区 name the page's own region; 我省 the province above a city's or county's page.
const WHOLE_WORD = /全国|全省|全自治区|全市|全区|全县|全州(?!县)|全盟|全旗|[我本](?:省|市|区|县|州|盟|旗)/g;

// 排名全省第3, 位居全省前列, 高于全省平均: the region measured against the province, not the province's figure.

const RANKED_AGAINST =
  /(?:排名|排在|位居|位列|居于?|列|走在|跻身|处于|高于|低于|超过|领先|优于|比|较)(?:全国|全省|全自治区|全市)|(?:全国|全省|全自治区|全市)(?:第|前|首位|平均|最|排名|领先|同类)/;

// 全国平均败诉率为30% is the nation's figure, an average rate with no verb before it; 全省平均水平 and 高于全省平均 are
// compared against.
const AVERAGE_RATE = /^平均[\u4e00-\u9fa5]{0,6}率/;

// GB/T 2260 numbers a prefecture's county-level cities 81–99, after its districts and counties; a
// province's own county-level cities (济源, 仙桃, 文昌) sit under its 90 block.
const COUNTY_LEVEL_CITY = /^\d{4}(?:8[1-9]|9\d)$|^\d{2}90\d{2}$/;

/**
 * Is the county-level region a city (its 全市, 市政府 its own)? By its code, or — for the cities an autonomous
 * prefecture or league numbers among its counties (昌吉市 652301, 凯里市 522601, 锡林浩特市 152502) — by its own name.
 */
export const isCountyLevelCity = (code: string, ownNames: readonly string[] = []): boolean =>
  COUNTY_LEVEL_CITY.test(code) || ownNames.some((name) => name.endsWith('市'));

// The provinces that are autonomous regions (内蒙古, 广西, 西藏, 宁夏, 新疆), whose whole is called 全区.
const AUTONOMOUS_REGION = /^(?:15|45|54|64|65)/;

/**
 * On a city's page of an autonomous region (固原市), 全区 is the region above; so on a county's or county-level city's
 * (西吉县, 昌吉市), known by its own name — not on a district's (兴庆区: its own), nor a prefecture called 地区 (和田地区, whose
 * 全区 may be its own).
 */
function autonomousRegionAbove(
  level: RegionLevel | undefined,
  code: string | undefined,
  ownNames: readonly string[] = [],
): boolean {
  if (code === undefined || !AUTONOMOUS_REGION.test(code)) return false;
  const named = (end: RegExp): boolean => ownNames.some((name) => end.test(name));
  if (level === 'prefecture') return !named(/地区$/);
  return level === 'county' && named(/(?:县|旗|市)$/) && !named(/区$/);
}

/**
 * A city's or county's page that quotes the province's or the nation's total (全省共调解纠纷…), or a
 * district's page the city's (全市…): the figure is not about the region, so it makes no claim for it.
 */
export function quotesAHigherRegion(
  subject: string,
  level: RegionLevel | undefined,
  code?: string,
  topic?: Topic | null,
  ownNames?: readonly string[],
): boolean {
  let last = '';
  WHOLE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WHOLE_WORD.exec(subject)) !== null) {
    const end = m.index + m[0].length;
    const before = subject.slice(Math.max(0, m.index - 2), m.index);
    const ranked = RANKED_AGAINST.test(before + subject.slice(m.index, end + 2));
    const compared = /(?:于|过|出|比|较|与)$/.test(before);
    if (!ranked || (AVERAGE_RATE.test(subject.slice(end)) && !compared)) last = m[0];
  }
  if (last === '全国') return true;
  const province =
    last === '全省' ||
    last === '全自治区' ||
    last === '我省' ||
    last === '本省' ||
    (last === '全区' && autonomousRegionAbove(level, code, ownNames));
  if (province) return level === 'prefecture' || level === 'county';
  // 昌吉州全州…, 巴州全州…, 全盟 on a county's or a banner's page: the autonomous prefecture or the league above it.
  if (/^(?:全|我|本)(?:州|盟)$/.test(last)) return level === 'county';
  // A district's or county's page: 全市, 市政府 and 市司法局 are the city above it (a county-level city's
  // own are its own).
  if (level !== 'county' || code === undefined || isCountyLevelCity(code, ownNames)) return false;
  if (last === '全市' || last === '我市' || last === '本市') return true;
  const own = afterLastWhole(subject);
  return countingBodyLevel(own, topic ?? null) === '市';
}

// 各区县共受理行政复议案件1,248件,占全市总量的72%: a count that is a share of the page's own whole is a part of it (on
// a city's page 占全省的12% is the city's share of the province: its own total). Only a bare whole (总量, 总数, 案件总数):
// 占全市矛盾纠纷总量的85% measures the mediation count against another thing, all the disputes.
const SHARE_OF =
  /^[,，]?(?:约|共)?占(全国|全省|全自治区|全市|全区|全县|全州|全盟|全旗)(?:总[量数]|案件总[量数]|案件数)?的?(?:约|近)?\d/;

function shareOfOwnWhole(
  after: string,
  level: RegionLevel | undefined,
  code: string | undefined,
  ownNames: readonly string[] | undefined,
): boolean {
  const m = SHARE_OF.exec(after);
  return (
    m?.[1] !== undefined && level !== undefined && !quotesAHigherRegion(m[1], level, code, null, ownNames)
  );
}

// 区县, 各区县(市), 县区两级: the units below the region's own level, alone in a clause.
// 全市18个县(市、区)政府共收到行政复议申请2,116件, 各县(市、区)政府…: the governments of the units below, together, are their
// part of a city's or a province's count (the 、 inside the bracket parts no clause), as every labelled set reads them; with
// the page's own level (市政府和各区县政府) every level together is the region's.
const GOVERNMENTS_OF_THE_UNITS =
  /(?<![、和及与]|本级)(?:[\d一二两三四五六七八九十]+个|各)(?:县[(](?:市、区|区、市|市|区)[)]|县市区|县区|区县|县市|市州|州市|市县|县)(?:人民)?政府(?!部门|工作部门|及其|[和及、])[^,;。]*$/;
/** Does the figure's sentence (or its own subject) name the governments of the units below together? */
export const namesGovernmentsOfTheUnits = (sentencePrefix: string, own: string): boolean =>
  GOVERNMENTS_OF_THE_UNITS.test(sentencePrefix) || LOWER_GOVERNMENTS.test(own);
const LOWER_UNITS =
  /^(?:各)?(?:区县|县区|县市区|县(?:市|区)|区|县|乡镇|街道|镇街)(?:[(][^)]{0,6}[)])?(?:级|两级)?(?:共|合计)?$/;

// 福州片区共有…,今年以来调解…, 平潭片区…: an area of a zone (a free-trade zone's, a city's 片区) counts its own part.
const AREA_OF_A_ZONE = /[\u4e00-\u9fa5]{2,4}片区/;
// 2024年街道诉讼案件72起: a subject that opens with the street office (or the townships) is theirs, not the region's.
// (乡镇人民调解委员会和村(居)调委会…, 乡镇调解组织和县级专业调委会: the townships' committees listed with the villages' or
// the trades' are every level.)
const STREET_OPENS =
  /^(?:(?:19|20)\d{2}年度?,?)?(?:街道|乡镇|镇街)(?!两级|三级|[、和及])(?![^,]{0,12}?[、和及](?:村|社区|居|行业|专业|[县区市旗]级))/;

export interface ScopeFacts {
  topic: Topic | null;
  /** A change (同比增长12%), not a level. */
  change: boolean;
  /** Written as an earlier year's figure: 较上年的1,000件, or a stated year before the report's. */
  earlier: boolean;
  /** A part: a 其中 breakdown, a named sub-unit, one kind of case. */
  part: boolean;
  period: PeriodReading | null;
  percent: boolean;
  /** Words that can name the figure's subject (FigureText.subject). */
  subject: string;
  level: RegionLevel | undefined;
  /** The figure's whole clause before it, its own figures included (有18个市州的…). */
  clause?: string;
  /** The figure's sentence before it, its figures included (其中,16个州(市)收到1087件,受理…). */
  sentencePrefix?: string;
  /** The figure's sentence before it back to its full stop, across semicolons (…集中管辖…;全年开庭审理的案件中,…). */
  fullSentencePrefix?: string;
  /** The text right after the figure, across its clause's end (,占全市总量的72%). */
  after?: string;
  /** The page region's GB/T 2260 code, when known. */
  region?: string | undefined;
  /** The region's own names, when the caller gave them (昌吉市, 昌吉). */
  ownNames?: readonly string[] | undefined;
  /** The region's and its lower divisions' names that the text uses, when the caller gave them. */
  names?: NamesInText | undefined;
  /** The year the figure is for, when known. */
  year?: number | undefined;
}

export function figureScope(f: ScopeFacts): Scope {
  if (f.change) return 'change';
  if (f.earlier) return 'prior_year';
  const own = afterLastWhole(f.subject);
  if ((f.topic === 'mediation' || f.topic === 'other') && COURT.test(own)) return 'court';
  if (
    f.topic === 'litigation' &&
    countedByACourtOfSeveralPlaces(
      f.fullSentencePrefix ?? f.sentencePrefix ?? f.subject,
      f.after ?? '',
      afterLastWhole(f.clause ?? f.subject),
    )
  )
    return 'court';
  // A sum over years says so first, even of a part (专调中心2020年至2023年共调解成功…).
  if (f.period?.cumulative === true && !(f.period.vague === true && f.percent)) return 'cumulative';
  // 第三季度受理纠纷1,207件, 下半年, 7-9月: months that do not run from January are a part of the year's total (a count
  // to date, 1-9月, 今年以来, is the year's so far).
  if (f.period?.period.kind === 'partial_year' && (f.period.period.months?.[0] ?? 1) > 1)
    return 'sub_category';
  // 其中市本级478件、区县605件: a clause of only the units below names their part, not the level named before it.
  if (LOWER_UNITS.test(f.clause ?? '')) return 'sub_category';
  if (f.level !== 'county' && namesGovernmentsOfTheUnits(f.sentencePrefix ?? '', own)) return 'sub_category';
  // 其中市本级收到…: the government's own share of a total is its own count, not a kind of case.
  if (f.part && OWN_LEVEL.test(own) && f.topic !== null && BODY_TOPICS.has(f.topic)) return 'government_own';
  if (f.part) return 'sub_category';
  // 有18个市州的出庭应诉率达到100%, 其中5个县…: some of the region's units, not all.
  if (SOME_UNITS.test(afterLastWhole(f.clause ?? ''))) return 'sub_category';
  if (RANKED_ONE.test(own)) return 'sub_category';
  if (BREAKDOWN_BY_UNITS.test(afterLastWhole(f.sentencePrefix ?? ''))) return 'sub_category';
  if (shareOfOwnWhole(f.after ?? '', f.level, f.region, f.ownNames)) return 'sub_category';
  if (namesALowerRegion(own, f.level, f.region) || namesAKnownLowerRegion(own, f.names))
    return 'sub_category';
  if (namesATownship(f.subject) || STREET_OPENS.test(own) || AREA_OF_A_ZONE.test(own)) return 'sub_category';
  if (
    f.topic !== null &&
    (PERSON.test(own) || PERSON_INTRODUCED.test(afterLastWhole(f.sentencePrefix ?? '')))
  )
    return 'sub_category';
  if (governmentOwn(own, f.topic, f.level, f.year)) return 'government_own';
  if (
    (f.topic === 'review' || f.topic === 'litigation') &&
    (DEPARTMENT.test(own) || DEPARTMENTS_OF_A_FIELD.test(own))
  )
    return 'sub_category';
  // 省直部门行政诉讼败诉率为2.8%: the departments of the government's own level, in court, are a part of all its agencies.
  if (f.topic === 'litigation' && DIRECT_BODIES.test(own)) return 'sub_category';
  if (f.topic === 'mediation' && BODY_PRONOUN.test(own) && !GUIDES_MEDIATORS.test(own)) return 'sub_category';
  if (f.topic === 'legal_aid' && ONE_FIRM.test(own)) return 'sub_category';
  if (f.topic === 'mediation' && POLICE.test(own)) return 'sub_category';
  if (f.topic === 'mediation' && HERE_AFTER.test(f.after ?? '')) return 'sub_category';
  // The group may open a clause with its headcount (33名乡贤调解员共成功调解…164件,调解成功率达62.36%): read the sentence.
  if (f.topic === 'mediation' && GROUP_OF_PEOPLE.test(afterLastWhole(f.sentencePrefix ?? own)))
    return 'sub_category';
  if (f.topic === 'mediation' && oneCommitteeCounts(f.sentencePrefix ?? f.subject)) return 'sub_category';
  return 'region';
}

/**
 * A figure of legal aid with no subject of its own on a page whose headline makes one level's legal aid centre its
 * subject (see pageCentreLevel): the centre's own count where a body of that level counts its own part (a city's centre
 * on a city's page), the region's where it is the region's only one (a county's).
 */
export const centreCountsOwnPart = (
  levelWord: string,
  level: RegionLevel | undefined,
  year?: number,
): boolean => governmentOwn(`${levelWord}法律援助中心`, 'legal_aid', level, year);
