// Does a figure count one kind of case or dispute (婚姻家庭纠纷, 涉企复议案件, 民事法律援助案件,
// 二审案件), one level of committees (村(社区)调委会) or one campaign (“法润三湘”行动), rather than all
// of them? A kind named before the head noun makes it a part, unless the words go on to gather all
// kinds (婚姻家庭、邻里等各类纠纷).
import { ALL_PLATFORMS, DOCKED, afterLastWhole, namesTheWholeRegion } from './subUnit.ts';

// 以市政府部门为被申请人的…, 以各工作部门、各街道为被告的…: a breakdown by respondent or defendant (not 以全…, 以各级…, 以各类…,
// nor 以…行政机关 for every agency).
// (以区政府及其部门为被告: the government with its departments is every agency of the region, the whole; not 以县级人民政府
// 及其工作部门 on a province's page, one level of its agencies.)
const BY_DEFENDANT =
  '以(?!全|各级|各类)(?!(?:[省市州盟县区旗]|本级)?(?:人民)?政府(?:及其?|和)(?:所属|工作)?部门)(?:(?!行政机关)[^,]){1,12}为被(?:申请人|告)';

// prettier-ignore
const KINDS = [
  '婚姻家庭', '婚姻', '家庭', '家事', '离婚', '邻里', '土地', '山林', '林权', '宅基地', '征地', '拆迁', '征收', '房屋',
  '劳动', '劳资', '欠薪', '讨薪', '工资', '工伤', '医疗', '医患', '交通', '物业', '消费', '金融', '借贷', '债务',
  '合同', '损害赔偿', '人身损害', '伤害', '受伤', '生产经营', '环境', '校园', '旅游', '知识产权', '商事', '继承', '赡养', '抚养', '安全生产',
  '农民工', '务工', '职工(?!群众)', '妇女', '未成年人', '老年', '残疾人', '退役军人', '军人', '脱贫', '贫困', '低收入', '特殊群体',
  '非正常死亡', '死亡', '重大', '疑难', '复杂', '群体性', '积案', '信访', '历史遗留', '历史(?!新高|最好|最高|最低)',
  // 重点矛盾纠纷: the key ones (重点推进…, 重点领域 are none); 边民, 边境: the border's.
  '重点(?!推进|开展|抓|做|加强|工作|领域)', '边民', '边境', '疫情', '复工复产', '涉(?:民生|民营|[企疫农外稳访军侨老])',
  // 跨省纠纷, 边界矛盾纠纷: the disputes of one reach; 青少年, 儿童: of one group; 涉及青少年权益保护案件: about one matter.
  // (涉及纠纷当事人1240人, 涉及金额: the people or the money a dispute involves name no kind of it.)
  // 行业性专业性矛盾纠纷: the disputes of the trades' and professions' committees (their committees listed with the other
  // levels, 村(社区)、…、行业性专业性调解组织, are all of them: ONE_KIND_OF_COMMITTEE).
  '跨省', '跨市', '跨县', '跨界', '边界', '跨行业', '跨部门', '青少年', '儿童', '(?:行业性|专业性)(?=(?:专业性)?(?:矛盾)?纠纷)',
  '涉及(?![^,]{0,3}(?:各类|各种|全部|所有))(?!(?:矛盾)?(?:纠纷|案件)?的?(?:当事人|人员|人数|群众|金额|标的))',
  // 涉民生行政案件, 涉民营企业…, 涉老 (with the 涉 words above): the cases of one field; 行政复议前置案件: of one procedure.
  '前置',
  // 办理公证法律援助事项58件: the legal aid a notary office gives, one channel of it.
  '公证(?=法律援助|援助)',
  // The fields administrative cases are counted by (城建案件…,规划案件85件, 涉及治安的285件), not a body named after one
  // (市自然资源和规划局被诉…).
  '(?:规划|城建|自然资源|国土资源|林业|草原|劳教|信息公开|食品药品|环保|治安)(?![^,]{0,4}(?:局|厅|委员会|部门|机关|所|站))',
  // 通过简易程序办理案件843件: the cases of one procedure.
  '简易程序', '普通程序', '听证程序',
  // 上年结转案件50件, 旧存案件12件: the cases carried over from the year before are a part of the year's.
  '结转', '旧存', '上年未(?:审)?结',
  // 其它纠纷54件: the remainder of a breakdown (婚姻家庭及其他纠纷 gathers every kind; 公民、法人或者其他组织 is every
  // applicant, the law's words).
  '(?<![及和与])其[他它](?!各类|组织)',
  '优秀', '良好', '合格', '涉法涉诉', '涉及[^,、]{1,8}的', '二审', '再审', '跨区域', '跨域', '异地', BY_DEFENDANT,
  // 以各工作部门、各街道为被告的…: the last of the listed defendants opens the figure's clause (、 ends a clause).
  '(?<!政府(?:及其?|和)(?:所属|工作)?)(?:部门|街道|乡镇|镇街)为被(?:申请人|告)',
  // 中央机关“当被告”案件: the cases of one kind of defendant.
  '(?:当|作)[“"]?被(?:申请人|告)[”"]?',
  '被(?:申请人|告)为(?![全各])(?:(?!行政机关)[^,]){1,10}的',
  // 因征地拆迁引发的案件, 因物业服务产生的纠纷: a cause names a kind.
  '因[^,]{1,12}(?:引发|引起|产生|导致)的',
  // 行政处罚类案件, 政府信息公开类复议案件: a named class (not 各类, 此类, 两类, 分类).
  '(?<![各多几诸两三四五六七八九十百\\d分种门归人此该这同大])类',
  // 物业、金融等领域纠纷, 重点领域, 等三类纠纷: some fields or classes, not all (各领域, 全领域 are all).
  '(?<![各全多])领域', '等[\\d一二两三四五六七八九十]+[类种项]',
].join('|');
// 交通赔偿事件: an event is a dispute's head noun too; 劳动争议, a contention, too.
const HEAD = '(?:纠纷|矛盾|争议|案件|案|申请|事项|事件|损失|复议|诉讼)';
// 为军人军属避免和挽回经济损失…: the money recovered for one kind of applicant is that kind's.
const RECOVERED_FOR_A_KIND = new RegExp(
  `为[^,]{0,4}(?:${KINDS})[^,]{0,6}?(?:避免和|避免或)?(?:挽回|追回|讨回)`,
);
const KIND_AT_END = new RegExp(`(?:${KINDS})[、和及]?$`);
const NAMES_AN_OBJECT = new RegExp(HEAD);
const KIND_BEFORE_HEAD = new RegExp(`(?:${KINDS})[\\u4e00-\\u9fa5()、]{0,8}?${HEAD}`);
// 涉及疫情的2470件案件: the kind can come right before the number, the head noun after it.
// 以市政府部门为被申请人的421件: a breakdown by respondent, the head noun left to the clause before.
// 主要集中在人力资源和社会保障类511件: a class named right before the number; 涉及政府信息公开行政复议0件: one subject
// matter's cases.
// 受理初信初访61件, 来信来访236件, 受理群众诉求2000余件: petitions and appeals, written without a head noun, are one kind of
// the work (a committee mediating them counts them beside its disputes), never all the disputes mediated.
const PETITIONS = '(?:初信初访|来信来访|信访(?:件|量)?|上访|(?:群众|企业|群众合理)诉求)';
const KIND_RIGHT_BEFORE = new RegExp(
  `(?:${PETITIONS}|涉及[^,、]{1,8}的(?:有|为|共有|共)?|涉及[^,、的]{1,10}(?:行政复议|行政诉讼)|二审|再审|${BY_DEFENDANT}的?|(?<![各多几诸两三四五六七八九十百\\d分种门归人此该这同大])类)$`,
);
// 法律援助案件中民事类381件: the kind can stand alone right before the number.
// 涉老法律援助94件: legal aid about one group, without 案件.
// 职工法律援助中心, 工会法律援助: a trade union's legal aid is one kind of it.
const LEGAL_AID_KIND =
  /(?:职工|工会)法律援助|(?:民事|刑事|行政|非?诉讼)类?法律援助|涉[老残军农企]法律援助|法律援助(?:民事|刑事|行政|非?诉讼)|(?:民事|刑事)(?:诉讼)?(?:类)?案件|(?:民事|刑事)类?$/;
// 婚姻家庭、邻里等纠纷 gathers every kind; 物业、金融等领域纠纷 and 家事、物业等三类纠纷 name some fields or classes.
// (残疾人、老年人等特殊群体: 等 before a group, not before what every kind is called, names that group.)
const GATHERS_ALL =
  /各类|各种|等(?![\d一二两三四五六七八九十]+[类种项]|[^,]{0,4}领域|重点|涉|特殊群体|困难群体|弱势群体|群体)|在内|全部|所有|及其他|和其他/;
// One level of committees, named in the figure's own clause: 村(社区)调委会, 乡镇(街道)调解组织.
// (行业调委会, 5个专业调委会: a trade's committee without 性 only right against the committee word, not 行业主管部门和….)
const COMMITTEES = '(?:调解委员会|调委会|调解组织|调解中心)';
const TRADES_COMMITTEE_BARE = '(?:行业|专业)(?:人民)?(?:调解委员会|调委会)';
const ONE_LEVEL = new RegExp(
  `(?:村|社区|乡镇|街道|镇街|村居|企业|行业性|专业性|行专|专调)[)]?[、和及]?[^,]{0,8}?${COMMITTEES}|${TRADES_COMMITTEE_BARE}`,
);
// Committees of trades and professions are one kind even across the whole region (全市行业性专业性调解组织).
// (商会调解组织, 行业协会调解委员会: the chambers' and trade associations' too.)
const ONE_KIND_OF_COMMITTEE = new RegExp(
  `(?:企业|行业性|专业性|行专|专调|商会|行业协会)[)]?[、和及]?[^,]{0,8}?${COMMITTEES}|${TRADES_COMMITTEE_BARE}`,
);
// 交调委, 医调委, 劳调委: the short name of one trade's committee, anywhere in the figure's clause (新组建的交调委10天…).
// (Not 移交调委会, 转交调委会: handed to the committee.)
const ONE_TRADES_COMMITTEE_SHORT = /(?<![移转提])[交医劳物婚访环消金]调[委会]/;
// 县乡镇(街道)、村(社区)三级调解委员会: committees of several levels together are all of them.
const SEVERAL_LEVELS = /[两二三四五]级|、(?:村|社区|乡镇|街道|镇街|行业|专业)/;
const LEVELS_COUNTED = /[两二三四五]级(?:人民)?(?:调解委员会|调委会|调解组织)/;
// 全区镇(街道)、村(社区)人民调解委员会和交通、医疗等8个行业性专业性调委会共调解…: the levels' committees and the trades'
// named together in the figure's clause are all of them (the trades' count, a figure of its own, cuts the clause's words).
const LEVELS_THEN_TRADES = new RegExp(
  `(?:村|社区|乡镇|镇|街道|镇街)[)]?[^,]{0,12}?${COMMITTEES}(?:和|及|以及|、)[^,]{0,24}?(?:行业|专业|行专|专调)`,
);
// …化解3,980件,其中乡村两级就地化解3,612件: a 其中 of the levels or the place where it was done is a part.
const PART_AT_SOME_LEVELS = /^其中[^,]{0,6}?(?:(?:乡村|镇村|村组|村居|乡镇|村|社区)(?:两级|一级|级)|就地)/;
// 23个乡镇和各村(社区)调委会, 村(居)和乡镇(街道)调解组织: the townships' committees with the villages' are every level too.
const TOWNSHIPS_AND_VILLAGES =
  /(?:乡镇|街道|镇街)(?:[(][^)]{0,6}[)])?(?:[、和及]|以及)(?:各)?(?:村|社区)|(?:村|社区|村居)(?:[(][^)]{0,6}[)])?(?:[、和及]|以及)(?:各)?(?:乡镇|街道|镇街)/;
const OTHER_LEVELS = /村|社区|乡镇|街道|镇街|人民调解委员会/;
const CAMPAIGN = /(?:专项)?行动|专项活动|专项整治/;
// 以五大行动为有力抓手,全年共办理…, 以“法援惠民生”专项行动为载体,…: a campaign named as the means of the year's work frames
// it, as one carried out does (below), rather than counting its own part.
const CAMPAIGN_AS_MEANS =
  /以[^,]{0,20}(?:行动|专项活动|专项整治)为[^,]{0,4}(?:抓手|载体|依托|契机|牵引|引领|平台|切入点|突破口)[,]/;
// The subject words join each clause's words before its figure with a comma: two items or more after 其中.
const ITEMS_OF_A_BREAKDOWN = /其中[^,]*,[^,]*,/;
const ONE_ITEM_OF_A_BREAKDOWN = /其中[^,]*,[^,]*$/;
const BARE_SUCCESS_RATE = /^(?:调解|调处|化解)?成功率|^调成率/;
// 从申请人的情况看,公民提出…52件: a sentence framed as a view of the cases by one feature (who applied, against whom, in
// which field, of which kind) lists parts; a view of the results (从审理结果看,审结的476件…) gives the whole's.
// 按裁判结果划分,…: a sentence framed as a division of the cases by one feature lists its parts, the results too.
const BREAKDOWN_FRAME =
  /(?:^|[。;,])按[^,。;]{1,12}(?:划分|分类|区分)[,:]|(?:^|[。;])从[^,。;]{0,12}(?:申请人|被申请|被告|领域|类型|类别|事项|构成|分布|来源|地区|区域|行业|部门|层级|级别|应诉机关|应诉主体)[^,。;]{0,6}?(?:来)?看[,:]/;
// One channel of the work, the sentence's subject (全市在线矛盾纠纷化解平台受理…, “百姓说事点”化解…, 推广“说事”制度,…受理…,
// 个人调解工作室调解…):
// its count is a part of the region's.
// 县镇两级平台线下受理…, 律师团队…受理, “援藏律师服务团”…办理: a platform's or a team's work is one channel's too.
// 律师调解案件2469件,调解成功1490件: lawyers' mediation is one channel too; 活动现场受理…62起, the cases taken at one event.
// 巾帼调解队, 调解小分队: a mediation team is one channel too (调解队伍, the ranks of mediators, are all of them).
// 通过诚信承诺方式受理…: one manner of taking cases (not mediation's own, 通过人民调解方式化解…) is one channel too.
const CHANNEL =
  /通过[^,]{1,10}?方式(?<!(?:调解|调处|和解|诉讼|多种|各种)方式)|(?:在线|网上|线上)[^,]{0,10}平台|平台(?:线下|线上)?(?:受理|接待|调处|化解)|说事(?!情)|评理点|议事点|工作室|调解室|热线|调解(?:小分)?队(?!伍)|(?<!(?:组建|成立|建立|组织|打造|设立)[^,]{0,6})(?:律师(?:服务)?团队?|服务团队?)|律师调解|现场(?:受理|接待|解答|办理|调解)/;
// 通过听证、实地调查等方式推动案结事了,行政争议实质性化解率达83.6%: a manner named as the means to an end, with no count of
// its own, is how the work was done, not one channel's part of it.
const MEANS_TO_AN_END = /方式(?:推动|促进|实现|确保|做到|力促|促成)/;
const CHANNEL_AT_END = new RegExp(`(?:${CHANNEL.source})[点站室]?[”"’」)]?$`);
// A programme that funds some cases (中央专项彩票公益金法律援助项目…共受理…) counts those only.
// 基金会资助办理法援案件1595件: the cases a funder paid for, likewise.
// 中央专项彩票公益金法律援助案件82件: the cases the lottery fund pays for, likewise.
const PROGRAMME = /(?:援助|公益金|资助|惠民)项目|资助(?:办理|开展|的)|彩票公益金/;
// 深入实施法律援助惠民项目,全年共办理…: a programme carried out is the frame of the year's work, as a campaign is; one a
// funder pays for (资助实施法援公益项目80个) is the funder's part.
const PROGRAMME_AS_FRAME = /(?<!资助)(?:实施|开展|推进|推动|落实|深化|打造|启动)[^,]{0,12}项目/;
// One court (市中院, 中级人民法院, 省高院, 基层法院) counting takes only its own suits; 全市法院, 两级法院 are all of them,
// and a court that only tells the news (记者从市中级人民法院获悉,…出庭应诉率达100%) counts nothing itself.
const ONE_COURT =
  /(?:中院|(?:中级|高级|基层)(?:人民)?法院|高院)(?:行政(?:审判)?庭)?(?:全年|共计?|累计|依法|今年|去年|\d{4}年)*(?:受理|新收|收案|审结|办结|审理)/;
// A campaign that is the sentence's subject (“法润三湘”行动累计办理…,为困难群众挽回…): every figure after
// it counts the campaign's work. Written as the frame of the year (开展专项行动,受理…) it is not.
// 专项行动中共走访…,排查纠纷2586件、化解2521件: what is done during it (中, 期间) is its own, whatever the verb.
// 活动期间成功化解…, 攻坚期间: the period of a campaign named before is its own too.
const CAMPAIGN_SUBJECT =
  /(?:^|[,;:])(?:活动|攻坚(?:战)?|会战|竞赛)期间|(?:行动|专项活动|专项整治)[”"’」]?(?:(?:中|期间)(?!心)|(?:以来|开展以来)?(?:共|累计|已|先后|全年|当年)*(?:办理|受理|承办|指派|调解|化解|调处|排查|提供|为|挽回|帮助|接待|解答|审结|办结))/;

// 2018年“草原流动调解”共受理…58起, “法援惠民生”品牌累计办理…: a name in quotes right before the verb of the figure's own
// clause (a programme, a mechanism, a team) is the subject counting, one channel of the work. A span of years in quotes
// (“十四五”期间) is none, nor a manner (“一站式”受理), nor a name after the whole region's (全县“…”), nor a name in a clause
// before (深化…,共受理…).
const QUOTED_SUBJECT =
  /[“"](?![^”"]*(?:十[一二三四五六七八九]五|\d))[^”",]{2,12}(?<!式)[”"](?:品牌|机制|模式|工作法|服务队|工作队)?(?:共计?|累计|已|全年|当年|先后)*(?:受理|调解|化解|调处|排查|办理|承办|指派|接待|挽回)/;

/** Committees of one trade named in `text`, not listed after the other levels (村(社区)、乡镇(街道)、行业性…). */
function namesTradeCommittees(text: string): boolean {
  const trade = ONE_KIND_OF_COMMITTEE.exec(text);
  return trade !== null && !OTHER_LEVELS.test(text.slice(0, trade.index));
}

// The clause right before the figure's, with its figures: the last piece of the sentence between clause marks. A
// comma or colon before a digit is no mark (2,345; 调解纠纷:2,345件), as in clauseAround; it always matches.
const LAST_CLAUSE = /(?:^|[,;:](?!\d))((?:[^,;:]|[,:](?=\d))*)[,;:]?$/;
const clauseBefore = (earlier: string): string => LAST_CLAUSE.exec(earlier)?.[1] ?? '';

function namesKind(text: string): boolean {
  for (const re of [KIND_BEFORE_HEAD, LEGAL_AID_KIND]) {
    const m = re.exec(text);
    if (m !== null && !GATHERS_ALL.test(text.slice(m.index))) return true;
  }
  return false;
}

// 化解近16万起交通事故纠纷: the kind may follow the number, right before its head noun.
const KIND_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{0,2}?(?:${KINDS})[\\u4e00-\\u9fa5()、]{0,8}?${HEAD}`);

// The count of a clause, then its words (受理97起婚姻家庭纠纷 → 婚姻家庭纠纷).
const COUNT_THEN_WORDS = /[\d一二两三四五六七八九十百千万.]+(?:万|亿)?(?:余|多)?(?:件|起|宗|例|个)(.*)$/;
const kindAfterACount = (clause: string): boolean => {
  const m = COUNT_THEN_WORDS.exec(clause);
  return m?.[1] !== undefined && namesKindAfter(m[1]);
};

/** Does the kind follow the figure (…16万起交通事故纠纷)? `following`: the words right after the counter. */
export const namesKindAfter = (following: string): boolean =>
  KIND_AFTER.test(following) && !GATHERS_ALL.test(following);

/**
 * @param local the figure's clause before it, from the previous figure on
 * @param clause the figure's whole clause before it
 * @param subject the words that can name its subject (FigureText.subject)
 * @param list a 分别 list the figure is an item of (FigureText.list)
 */
export function namesACategory(
  local: string,
  clause: string,
  subject: string,
  list?: string,
  earlier = '',
  frame = '',
): boolean {
  // A campaign named in the figure's own clause (“法润三湘”行动累计办理…); one named earlier in the
  // sentence is often only the frame of the year's work (开展…专项行动,受理矛盾纠纷8710件).
  if (KIND_RIGHT_BEFORE.test(local) || RECOVERED_FOR_A_KIND.test(local)) return true;
  if (CAMPAIGN.test(local.replace(CAMPAIGN_AS_MEANS, ''))) return true;
  if (QUOTED_SUBJECT.test(local) && !namesTheWholeRegion(local)) return true;
  // The frame may open the sentence's first part, before a semicolon (从应诉机关来看,…120件;复议机关单独应诉的有11件).
  if (BREAKDOWN_FRAME.test(earlier + local) || BREAKDOWN_FRAME.test(frame)) return true;
  const own = afterLastWhole(subject);
  // (通过视频连线方式促成和解…56件: in the figure's own clause the manner is still its channel.)
  const meansOnly = MEANS_TO_AN_END.test(own) && !CHANNEL.test(local);
  const oneChannel = CHANNEL.test(own) && !ALL_PLATFORMS.test(own) && !meansOnly;
  if (CAMPAIGN_SUBJECT.test(own.replace(CAMPAIGN_AS_MEANS, '')) || oneChannel || ONE_COURT.test(own))
    return true;
  if (PROGRAMME.test(own) && !PROGRAMME_AS_FRAME.test(own)) return true;
  // An aside in brackets right after a figure (…类案件增幅超3.6倍(新收2758件)) counts what that clause counts.
  if (/^[(]/.test(local) && namesKind(clause)) return true;
  if (PART_AT_SOME_LEVELS.test(local)) return true;
  // 村(社区)、乡镇(街道)、行业性专业性调解组织共…: committees of trades listed after the other levels (、 ends a
  // clause) make all of them; 村(社区)、街道调解组织 alone are still some.
  // (全县112个村(社区)调委会和9个乡镇调委会…: an item of the list may open with its own count, a figure of its own.)
  const beforeItem = earlier.replace(/[\d,.]+个?$/, '');
  const listed = /[、和及]$/.test(beforeItem) ? clauseBefore(beforeItem) : '';
  const allLevels =
    (OTHER_LEVELS.test(listed) && ONE_KIND_OF_COMMITTEE.test(local)) ||
    LEVELS_THEN_TRADES.test(/[^,;:]*$/.exec(earlier + local)?.[0] ?? '');
  // 全县218个村(社区)人民调解委员会 are all of the county's committees, as the report counts them; so are 全县112个村(社区)
  // 调委会和9个乡镇调委会, the whole region named at the list's head.
  // (县、乡、村三级人民调解委员会: committees of three levels named together are every level.)
  if (
    ONE_LEVEL.test(local) &&
    !namesTheWholeRegion(listed + clause) &&
    !allLevels &&
    !LEVELS_COUNTED.test(local) &&
    !TOWNSHIPS_AND_VILLAGES.test(local)
  )
    return true;
  if ((namesTradeCommittees(local) || ONE_TRADES_COMMITTEE_SHORT.test(clause)) && !allLevels) return true;
  if (namesKind(local)) return true;
  // 群体性、敏感性案件116宗: a kind word closing the clause before (、 ends a clause) names the figure's kind too.
  if (KIND_AT_END.test(listed) && namesKind(listed + local)) return true;
  // 刑事、民事法律援助案件分别为…: an item without its own head noun shares the list's, and with it its kind.
  if (list !== undefined && !NAMES_AN_OBJECT.test(local) && namesKind(list)) return true;
  // A clause with an object or a subject of its own (…,全市调解成功率98%) counts its own.
  // 全省1.5万个“百姓评理说事点”,化解矛盾纠纷7.5万件: a clause that ends on a channel is the subject of the clause after it,
  // even one with an object of its own.
  const previousClause = clauseBefore(earlier);
  const lastClause = afterLastWhole(previousClause);
  if (CHANNEL_AT_END.test(lastClause) && !namesTheWholeRegion(local)) return true;
  if (NAMES_AN_OBJECT.test(local) || namesTheWholeRegion(local)) return false;
  // 受理97起婚姻家庭纠纷,调处成功95起: a kind named after the count of the clause before holds for this one too.
  if (kindAfterACount(previousClause)) return true;
  // A clause without its own object counts the clause before it (lastClause): its committees of one trade
  // (行业性专业性调解组织调解纠纷2,345件,调解成功2,300件) or its channel (48个个人调解工作室共调解案件2034件,调解成功…)…
  if (
    namesTradeCommittees(lastClause) ||
    ONE_TRADES_COMMITTEE_SHORT.test(lastClause) ||
    CHANNEL.test(lastClause) ||
    DOCKED.test(lastClause)
  )
    return true;
  // …or the earlier clause's kind (…涉疫矛盾纠纷568件,调解成功564件), or its one level of committees (社区调解组织作用
  // 进一步发挥,调解…). The subject's last words name them; a bounded slice keeps a dense run of figures cheap.
  const named = afterLastWhole(subject.slice(-48));
  // 二审开庭42件,出庭41件: a clause without its own object after the second instance's count is the second instance's.
  if (/^(?:二审|再审)/.test(named)) return true;
  // After the items of a 其中 list (其中道路交通1202件、婚姻家庭250件,调解成功率达99.9%) the clause is the whole's again.
  if (ITEMS_OF_A_BREAKDOWN.test(named)) return false;
  // 其中婚姻家庭纠纷2.8万件,调解成功率97.6%: the bare success rate after one item of a 其中 is the whole's again (a part's
  // rate names its part: 婚姻家庭纠纷调解成功率).
  if (ONE_ITEM_OF_A_BREAKDOWN.test(named) && BARE_SUCCESS_RATE.test(local)) return false;
  return (
    namesKind(named) ||
    (ONE_LEVEL.test(named) && !namesTheWholeRegion(subject) && !SEVERAL_LEVELS.test(named))
  );
}
