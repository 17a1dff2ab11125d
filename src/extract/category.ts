// Does a figure count one kind of case or dispute (婚姻家庭纠纷, 涉企复议案件, 民事法律援助案件,
// 二审案件), one level of committees (村(社区)调委会) or one campaign (“法润三湘”行动), rather than all
// of them? A kind named before the head noun makes it a part, unless the words go on to gather all
// kinds (婚姻家庭、邻里等各类纠纷).
import { WHOLE_REGION, afterLastWhole } from './subUnit.ts';

// prettier-ignore
const KINDS = [
  '婚姻家庭', '婚姻', '家庭', '家事', '邻里', '土地', '山林', '林权', '宅基地', '征地', '拆迁', '征收', '房屋',
  '劳动', '劳资', '欠薪', '讨薪', '工资', '工伤', '医疗', '医患', '交通', '物业', '消费', '金融', '借贷', '债务',
  '合同', '损害赔偿', '生产经营', '环境', '校园', '旅游', '知识产权', '商事', '继承', '赡养', '抚养', '安全生产',
  '农民工', '妇女', '未成年人', '老年人', '残疾人', '退役军人', '军人', '脱贫', '贫困', '低收入', '特殊群体',
  '重大', '疑难', '复杂', '群体性', '积案', '信访', '历史遗留', '疫情', '复工复产', '涉[企疫农外稳访军侨]',
  '涉法涉诉', '涉及[^,、]{1,8}的', '二审', '再审', '跨区域', '跨域', '异地', '以(?![全各])(?:(?!行政机关)[^,]){1,10}为被(?:申请人|告)',
].join('|');
const HEAD = '(?:纠纷|矛盾|案件|案|申请|事项|损失)';
const NAMES_AN_OBJECT = new RegExp(HEAD);
const KIND_BEFORE_HEAD = new RegExp(`(?:${KINDS})[\\u4e00-\\u9fa5()、]{0,8}?${HEAD}`);
// 涉及疫情的2470件案件: the kind can come right before the number, the head noun after it.
const KIND_RIGHT_BEFORE = /(?:涉及[^,、]{1,8}的|二审|再审)$/;
// 法律援助案件中民事类381件: the kind can stand alone right before the number.
const LEGAL_AID_KIND =
  /(?:民事|刑事|行政)类?法律援助|法律援助(?:民事|刑事|行政)|(?:民事|刑事)(?:诉讼)?(?:类)?案件|(?:民事|刑事)类?$/;
const GATHERS_ALL = /各类|各种|等|在内|全部|所有|及其他|和其他/;
// One level of committees, named in the figure's own clause: 村(社区)调委会, 乡镇(街道)调解组织.
const ONE_LEVEL =
  /(?:村|社区|乡镇|街道|镇街|村居|企业|行业性|专业性|专调)[)]?[、和及]?[^,]{0,8}?(?:调解委员会|调委会|调解组织|调解中心)/;
// Committees of trades and professions are one kind even across the whole region (全市行业性专业性调解组织).
const ONE_KIND_OF_COMMITTEE =
  /(?:企业|行业性|专业性|专调)[)]?[、和及]?[^,]{0,8}?(?:调解委员会|调委会|调解组织|调解中心)/;
const OTHER_LEVELS = /村|社区|乡镇|街道|镇街|人民调解委员会/;
const WHOLE = new RegExp(WHOLE_REGION.source);
const CAMPAIGN = /(?:专项)?行动|专项活动|专项整治/;
// A campaign that is the sentence's subject (“法润三湘”行动累计办理…,为困难群众挽回…): every figure after
// it counts the campaign's work. Written as the frame of the year (开展专项行动,受理…) it is not.
const CAMPAIGN_SUBJECT =
  /(?:行动|专项活动|专项整治)[”"’」]?(?:中|期间|以来|开展以来)?(?:共|累计|已|先后|全年|当年)*(?:办理|受理|承办|指派|调解|化解|调处|排查|提供|为|挽回|帮助|接待|解答|审结|办结)/;

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
): boolean {
  // A campaign named in the figure's own clause (“法润三湘”行动累计办理…); one named earlier in the
  // sentence is often only the frame of the year's work (开展…专项行动,受理矛盾纠纷8710件).
  if (KIND_RIGHT_BEFORE.test(local) || CAMPAIGN.test(local)) return true;
  if (CAMPAIGN_SUBJECT.test(afterLastWhole(subject))) return true;
  // 村(社区)、乡镇(街道)、行业性专业性调解组织共…: committees of trades listed after the other levels (、 ends a
  // clause) make all of them; 村(社区)、街道调解组织 alone are still some.
  const listed = /[、和及]$/.test(earlier) ? clauseBefore(earlier) : '';
  const allLevels = OTHER_LEVELS.test(listed) && ONE_KIND_OF_COMMITTEE.test(local);
  // 全县218个村(社区)人民调解委员会 are all of the county's committees, as the report counts them.
  if (ONE_LEVEL.test(local) && !WHOLE.test(clause) && !allLevels) return true;
  if (namesTradeCommittees(local) && !allLevels) return true;
  if (namesKind(local)) return true;
  // 刑事、民事法律援助案件分别为…: an item without its own head noun shares the list's, and with it its kind.
  if (list !== undefined && !NAMES_AN_OBJECT.test(local) && namesKind(list)) return true;
  if (NAMES_AN_OBJECT.test(local)) return false;
  // A clause without its own object counts the clause before it: its committees of one trade
  // (行业性专业性调解组织调解纠纷2,345件,调解成功2,300件)…
  if (namesTradeCommittees(afterLastWhole(clauseBefore(earlier)))) return true;
  // …or the earlier clause's kind (…涉疫矛盾纠纷568件,调解成功564件). The subject's last words name the kind;
  // a bounded slice keeps a dense run of figures cheap.
  return namesKind(afterLastWhole(subject.slice(-48)));
}
