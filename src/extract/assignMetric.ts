// Which catalogue metric a figure reports, from the words around it (see metricRules.ts).
import { namesACategory, namesKindAfter } from './category.ts';
import { METRIC_RULES } from './metricRules.ts';
import { MOVES_TO } from './reportYear.ts';
import { afterLastWhole, isSubUnitFigure, namesOneCentre } from './subUnit.ts';
import { listedAfterOtherKinds, topicOf, type Topic } from './topics.ts';
import type { Unit } from './types.ts';

/** The text around one figure, all taken from its sentence. */
export interface FigureText {
  unit: Unit;
  counter: string;
  /** The figure's clause before it, from the previous figure in that clause on. */
  local: string;
  /** The figure's whole clause before it. */
  clause: string;
  /** The words right after the counter, up to the clause end or the next figure. */
  following: string;
  /** The sentence before `local`. */
  earlier: string;
  /** Words that can name the figure's subject: each earlier clause of the sentence up to its first figure, plus `local`. */
  subject: string;
  /** The paragraph before this sentence, at most MAX_LOOKBACK characters (empty at a paragraph start): its topic carries over. */
  previous: string;
  /** The heading line a few lines above (🔹关键词:行政复议, 【法律援助】), or empty: its topic holds where none is named. */
  heading?: string;
  /** In a 分别 list, the whole list before 分别 (刑事、民事法律援助案件); `local` is then the figure's own item. */
  list?: string;
  /**
   * After a semicolon, the sentence's earlier parts back to its full stop (从应诉机关来看,…单独应诉的有120件): a frame
   * opened there holds for the parts after it.
   */
  frame?: string;
}

// 出庭应诉率由85%提升至100%, 由2022年的85%提升至2023年的98%, 从上年的87.5%提高到98.1%, 较2022年的87.5%提升至,
// 均达到100%, 连续三年保持100%: the rate word reaches the second percentage across the first (and the first across 由, 从上年的),
// and past a closing quote or a bracket (已达到 too) (实质性化解率(含调解和解)达), years, an adverb (持续保持100%, 首次达到, 同比下降至5.2%),
// 约, 了 and a colon (调解成功率:98.5%); a time word right after the rate word (成功率今年为, 出庭应诉率2021年为; not bare
// 去年, which can name the report's own year on a page of the next year).
const PRIOR_YEAR_WORD = '(?:(?:19|20)\\d{2}年度?|上一?年度?|去年|上年同期|去年同期)';
const RATE_AT_END = new RegExp(
  `([\\u4e00-\\u9fa5]{0,12}(?:率|比例|占比|比重))[”"’」]?(?:\\([^()]{0,16}\\))?` +
    `(?:(?:由|从|较|比)${PRIOR_YEAR_WORD}?的?\\d+(?:\\.\\d+)?%)?` +
    '(?:(?:19|20)\\d{2}年度?|今年|本年度?|当年|全年)?' +
    '(?:连续[一二两三四五六七八九十\\d]{1,2}年)?(?:已经|已|持续|始终|继续|一直|仍然|依然|稳定|同比|进一步|首次|平均|总体|整体)?(?:均|都|分别)?约?' +
    `(?:为|达到|达|是|实现|保持在|保持|稳定在|${MOVES_TO}|升至|降至|增至|降为|升为|控制在|在|均为|均达|分别为|分别达|仅为|仅)?了?` +
    `(?:(?:由|从|较|比)?${PRIOR_YEAR_WORD}的?|由|从)?:?$`,
);

// 以99.97%的调解成功率位居…, 临海市99.97%的调解成功率显著高于…: the rate word can follow its figure after 的.
const RATE_AFTER = /^的([\u4e00-\u9fa5]{0,8}率)/;

/** The rate word written right before a percentage in its clause: 调成率, 行政机关负责人出庭应诉率. */
export function rateWordBefore(clause: string): string | null {
  return RATE_AT_END.exec(clause)?.[1] ?? null;
}

// 出庭应诉率逐年提升,2022年首次突破80%,达80.98%; 败诉率明显下降,2021年降至5.6%: a clause that tells a rate's trend
// without a figure, then the figure in the clauses after it (only years between).
// 出庭应诉率连续三年呈增长态势,达99.71%: a streak of years and the trend's 态势 or 趋势 between, too.
const RATE_TREND =
  /([\u4e00-\u9fa5]{0,12}(?:率|比例))(?:连续[一二两三四五六七八九十\d]{1,2}年)?[\u4e00-\u9fa5]{0,4}?(?:提升|提高|上升|下降|降低|增长|攀升|回落|改善)(?:了|的?(?:态势|趋势))?[,，]/g;

// What may stand between the trend and its figure: a year and a verb (2022年首次突破, 2021年降至), nothing of its own.
const YEAR_AND_VERB =
  /^(?:(?:19|20)\d{2}年度?|今年|全年|当年)?(?:首次|已|已经|再次|进一步|同比)?(?:突破|达到?|为|是|(?:提升|提高|上升|下降|降低|增长|回落)(?:至|到|为)|降至|升至|保持在?|稳定在)?$/;

/** The rate word of a trend told in the clause before (…率逐年提升,2022年首次突破80%), when only a year and a verb follow it. */
export function rateOfTrendBefore(text: string): string | null {
  let found: RegExpExecArray | null = null;
  RATE_TREND.lastIndex = 0;
  for (let m = RATE_TREND.exec(text); m !== null; m = RATE_TREND.exec(text)) found = m;
  if (found === null) return null;
  return YEAR_AND_VERB.test(text.slice(found.index + found[0].length)) ? (found[1] ?? null) : null;
}

// …实质性化解行政争议388件,占比14.1%; 行政机关败诉26件,占比22.2%; 直接纠错46件,占比1.78%: a bare share right after a count
// of cases resolved in substance, lost or corrected is that count's rate — nor a share of a base named (占全省的15%). After a
// part of them (其中涉企败诉案件10件,占比8.5%) the share is a part too, as the clause before it (namesACategory).
const BARE_SHARE = /^占(?:比|总数的|总量的)?(?:为|达)?$/;
const COUNT_CLAUSE_AT_END = /([^,;:。]*?)\d[\d,.]*万?(?:件|宗|起)[,]$/;
const RATE_OF_A_COUNT: ReadonlyArray<[RegExp, string]> = [
  [/实质性?化解/, '实质性化解率'],
  [/败诉/, '败诉率'],
  [/纠错|纠正/, '纠错率'],
];

/** The rate a bare share after a count names (实质性化解率 of …化解行政争议388件,占比14.1%), or null. */
export function rateOfACountBefore(earlier: string, local: string): string | null {
  if (!BARE_SHARE.test(local)) return null;
  const words = COUNT_CLAUSE_AT_END.exec(earlier)?.[1] ?? '';
  return RATE_OF_A_COUNT.find(([re]) => re.test(words))?.[1] ?? null;
}

// Several stages ask for one figure's topic; reading it costs a scan of the sentence.
const topics = new WeakMap<FigureText, Topic | null>();

export function figureTopic(t: FigureText): Topic | null {
  let topic = topics.get(t);
  if (topic === undefined) {
    topic = topicOf(t.local, t.following, t.earlier, t.previous, t.heading);
    topics.set(t, topic);
  }
  return topic;
}

const HEADLINE_TOPICS: ReadonlySet<Topic> = new Set(['mediation', 'review', 'litigation', 'legal_aid']);

/** A figure about a named sub-unit, a channel, or one kind of case (其中 breakdowns: figureRelations.ts). */
export function isPartFigure(t: FigureText): boolean {
  if (isSubUnitFigure(t.earlier + t.local, t.subject, t.local)) return true;
  const topic = figureTopic(t);
  if (topic === 'mediation' && namesOneCentre(t.subject)) return true;
  if (topic === 'legal_aid' && listedAfterOtherKinds(t.earlier, t.local)) return true;
  return (
    topic !== null &&
    HEADLINE_TOPICS.has(topic) &&
    (namesACategory(t.local, t.clause, t.subject, t.list, t.earlier, t.frame) || namesKindAfter(t.following))
  );
}

/**
 * The first rule of METRIC_RULES that fits the figure, or null.
 * @param part the figure is known to be about a part of the region (see isPartFigure and
 *   figureRelations.ts): only rules for parts apply.
 */
// 每个人平均办结8起, 人均办案: a figure per person or per case is no total. An average compared against (高于全省
// 平均水平, 超过平均) says nothing of the figure.
const PER_UNIT = /(?<![于过])平均(?![水值线])|人均|[年月日]均|每(?:人|个人|名|位|件|年|月|季度)/;
// 每万人行政诉讼案件2.3件, 万人成讼率1.81件/万人: a count per head of population is a ratio, no total either (每十万人
// is read in the whole clause: its 十万 is a figure of its own, which cuts the subject).
const PER_POPULATION = /每(?:[十百千]|\d+)?万人|万人(?:成讼|发案|诉讼|案件)/;
const PER_POPULATION_AFTER = /^\/(?:每)?[十百千]?万?人/;
// 2711元/月, 300元/件, 500元/人: money per month, per case or per head is a standard or a rate, no total (a count per
// year, 142453件/年, is that year's count).
const MONEY_PER_UNIT_AFTER = /^\/(?:每)?(?:月|年|季度?|天|日|户|件|次|人次|人|宗)/;

/** Money written per unit of time, case or head (2711元/月): in a list of years too, it is no total. */
export function isMoneyPerUnit(unit: Unit, after: string): boolean {
  return unit === 'yuan' && MONEY_PER_UNIT_AFTER.test(after);
}
// 每年, 年年 (not the 年年 of 2023年年底, 今年年底), unless a year of its own follows (每年开展…,2023年办理…, 年年增加,现有…).
const EVERY_YEAR =
  /(?:每一?年|(?<![\d〇零一二三四五六七八九十今去上本当明前全同该次])年年)(?!.*(?:今年|本年|当年|全年|(?:19|20)\d{2}年|现有|目前))/;
// 力争调解成功率达到98%, 将确保…100%, 计划全年调解纠纷2万件, 拟将…调整为900件, 年办理量要达到6,500件: a target or a plan,
// not what was done.
const TARGET =
  /力争|争取|确保(?!了)|目标(?:是|为|值)|预计|(?<!按)计划(?!生育)|拟(?:将|于|在|新建|建成|安排|调整|达到)|(?<![需只重主必])要(?:达到|实现|突破|保持|稳定|提高|提升|控制|完成)|将(?:要|会)?(?:实现|达到|确保|力争|完成)|要求[^,]{0,20}(?:达到|率|为)$|不低于|不少于|(?:确定|下达|分解|明确)[^,]{0,14}(?:完成|目标|任务)/;
// 主要任务是:办理案件不少于1.8万件: a colon after a task or target opens what was asked for; so does a quote after 提出
// or 要求 (方案提出“…法律援助案件服务5万件”).
const TARGET_OPENS = /(?:任务|指标|目标)(?:是|为)?[:][^,;。]*$|(?:提出|要求|明确)[:]?[“"][^”"]*$/;
// 力争2024年,…出庭应诉率保持100%; 下一步,我们将力争…,…; 2024年工作打算:力争…: a sentence that opens with a target or
// the plans ahead is a target in every clause, not what was done.
// (An ellipsis may open it, where an excerpt skips text: ……力争….)
// (Who is to strive: the writer or the whole region, said or not.)
const SUBJECT = '(?:我们|我局|我市|我县|我区|全市|全县|全区)';
const STRIVE = '(?:力争|争取|确保(?!了))';
// 2017年,县司法局将力争…: the writer named as its body, with 将 or 要 before the striving (not 县司法局确保…, 争取到…: what it
// did).
const BODY_WILL_STRIVE = `[省市县区旗]?(?:司法局|司法厅|人民政府|政府)(?:将|要)(?:继续)?${STRIVE}(?!到)`;
const TARGET_SENTENCE = new RegExp(
  `^[…\\s]*(?:(?:19|20)\\d{2}年(?:度)?(?:工作)?(?:打算|计划|目标|思路)[:,]?)?(?:下一步|今后|明年|来年|新的一年)?[,]?(?:${BODY_WILL_STRIVE}|${SUBJECT}?(?:将|要)?(?:继续)?${STRIVE})`,
);
// So does one that opens with this year or a year and then what will be striven for (今年,要力争…; 2022年,将确保…;
// 2024年,力争…; not 2023年,我局争取专项资金…, funds secured, nor 2023年,全县确保…不出县, what was kept; not 今年以来).
const YEAR_TARGET_SENTENCE = new RegExp(
  `^[…\\s]*(?:今年|(?:19|20)\\d{2}年)[,]?(?:${BODY_WILL_STRIVE}|${SUBJECT}?(?:(?:将|要)(?:继续)?${STRIVE}|力争))`,
);
// …,2022年、2023年办理…分别为: a clause that opens with a year of its own reports that year, target sentence or not.
const OWN_YEAR_CLAUSE = /[,;](?:19|20)\d{2}年/;

// 下半年,我们将…: 一是…; 二是…, 下一步,市司法局要…: a sentence that opens with the time ahead and what will be done there
// is a plan in every clause and part (not 下半年,全市调解纠纷…, a report of the second half).
// (今年我们要…: this year too, where what is to be done follows; not 今年我们将, where 将 may only carry the object.)
// (将 but where it only carries an object to a verb after it: 下半年,我局将人民调解工作纳入网格化管理.)
const WILL = '(?:要|计划|拟|将(?![^,;。]{0,20}(?:纳入|作为|列为|列入|融入|放在|摆在|贯穿)))';
const SUBJECT_AHEAD = `(?:${SUBJECT}|[市县区]司法局)?`;
const AHEAD_SENTENCE = new RegExp(
  `^[…\\s]*(?:(?:下一步|下步|下半年|明年|来年|今后|新的一年|下一阶段)[,]?${SUBJECT_AHEAD}${WILL}|今年[,]?${SUBJECT_AHEAD}要)`,
);

const targetSentence = (words: string): boolean => {
  const m = TARGET_SENTENCE.exec(words) ?? YEAR_TARGET_SENTENCE.exec(words) ?? AHEAD_SENTENCE.exec(words);
  return m !== null && !OWN_YEAR_CLAUSE.test(words.slice(m[0].length));
};
// 败诉率控制在5%以内, 不足20件, 低于5%: an upper bound has no qualifier to carry it (exact would overstate it).
const UPPER_BOUND_AFTER = /^(?:以内|以下|之内)/;
// 出庭应诉率超过60%的有德州、…: a threshold the units that passed it are listed against, no rate of any of them.
const THRESHOLD_OF_A_LIST = /^(?:以上|以下)?的(?:有|是|为|包括)/;
const UPPER_BOUND_BEFORE = /(?:不到|不足|不超过|低于|少于|未超过)$/;
// 在一起工伤纠纷中…挽回损失20万元, 该案经调解…: one case's figures, told as a story.
const ONE_CASE =
  /(?<![与和同跟并])一起(?!化解|调解|调处|办理|处理|解决|参与|开展)(?=[^,]{0,12}(?:纠纷|案|事件|事故))|一宗|这起|该案|此案|本案|案例中/;
// 行政复议和行政应诉案件3,200件: one count of two topics' cases is neither's.
const JOINT = /复议(?:和|与|及|、)?(?:行政)?(?:应诉|诉讼)|(?:应诉|诉讼)(?:和|与|及|、)(?:行政)?复议/;
// 行政、赔偿诉讼一审案件570件(新收案件436件…): administrative and state-compensation suits counted together are neither's
// alone (、 parts the clause: read the words before it, back to the last comma).
const WITH_COMPENSATION = /行政(?:和|与|及|、)(?:国家)?赔偿/;
// 在办结2件行政复议案件时,发现…: a figure inside a clause of time tells a story, it is no total.
const EPISODE = /^[\u4e00-\u9fa5()]{0,14}(?:时|之时|过程中)$/;
// 对38件案件组织召开听证会, 并对120件行政复议案件开展回访: the cases an action was taken on, the object of 对, are no count of
// the year's (依法对386件案件作出复议决定 is the cases decided: left to the verb after).
// The cases may be named before (对结案的1,402件案件逐一回访, 2023年对已办结的56件案件开展评查).
const OBJECT_OF_ACTION =
  /(?:^|[,;:、]|共|累计|先后|已|全年|并|还|分别|依法|年|[局院委会府心所市县区])对(?:[\u4e00-\u9fa5]{1,8}的)?$/;
const DECIDED_AFTER = /^[^,;。]{0,16}(?:作出|审结|办结|结案|决定)/;
// 尚有21宗案件还在审理中, 仍有3件未审结, 另外2起也正在积极调处中: the cases still in hand, no count of the year's.
const STILL_PENDING = /(?:尚有|还有|仍有|尚余)$/;
const PENDING_AFTER =
  /^[\u4e00-\u9fa5]{0,8}?(?:(?:正在|还在|仍在|尚在)?(?:积极)?(?:审理|办理|审查|调处|调解|处理|化解)中|(?:尚)?未(?:审结|办结|结案))/;

// 2021年、2022年成功率均保持在…: 均 spreads a rate over listed years, so it is no one year's; over the years of a span
// (三年来…均保持在98%以上) it is the span's. Over every unit of the region (各县(市、区)…均达到98%以上, 各部门…均达到100%)
// it is the region's too: if each unit's rate is at least X, so is the region's (以上 makes it a lower bound). A count
// in the same clause (…均为100%的调委会调解纠纷1,200件) is no one year's either.
const TWO_YEARS = /(?:19|20)\d{2}年[^,]{0,12}?(?:19|20)\d{2}年/;

function spreadOverYears(t: FigureText): boolean {
  return /率均/.test(t.clause) && TWO_YEARS.test(t.earlier + t.local);
}

export function assignMetric(t: FigureText, part = false): string | null {
  const topic = figureTopic(t);
  if (topic === null) return null;
  if (
    t.unit !== 'percent' &&
    HEADLINE_TOPICS.has(topic) &&
    (PER_UNIT.test(afterLastWhole(t.subject)) ||
      PER_POPULATION.test(t.clause) ||
      PER_POPULATION_AFTER.test(t.following))
  )
    return null;
  // 每年化解…,调解成功率达98.5%, 每年办理公证事项3万余件: a figure said of every year alike is no one year's (the
  // headline topics' counts are per unit already, above).
  if (EVERY_YEAR.test(afterLastWhole(t.subject))) return null;
  if (EPISODE.test(t.following) || isMoneyPerUnit(t.unit, t.following)) return null;
  if (STILL_PENDING.test(t.local) || PENDING_AFTER.test(t.following)) return null;
  if (t.unit === 'count' && OBJECT_OF_ACTION.test(t.local) && !DECIDED_AFTER.test(t.following)) return null;
  if (
    TARGET.test(t.clause) ||
    TARGET_OPENS.test(t.earlier + t.local) ||
    targetSentence(t.earlier + t.local) ||
    (t.frame !== undefined && targetSentence(`${t.frame};${t.earlier}${t.local}`))
  )
    return null;
  if (UPPER_BOUND_AFTER.test(t.following) || UPPER_BOUND_BEFORE.test(t.local)) return null;
  if (THRESHOLD_OF_A_LIST.test(t.following)) return null;
  if (
    t.unit !== 'percent' &&
    (JOINT.test(t.local) || WITH_COMPENSATION.test(t.earlier.slice(t.earlier.search(/[^,;]*$/)) + t.local))
  )
    return null;
  if (HEADLINE_TOPICS.has(topic) && ONE_CASE.test(afterLastWhole(t.subject))) return null;
  const localText = `${t.local}|${t.following}`;
  const rate =
    t.unit === 'percent'
      ? (rateOfACountBefore(t.earlier, t.local) ??
        rateWordBefore(t.clause) ??
        RATE_AFTER.exec(t.following)?.[1] ??
        rateOfTrendBefore(t.earlier + t.local))
      : null;
  if (spreadOverYears(t)) return null;
  let ownSubject: string | undefined;
  for (const rule of METRIC_RULES) {
    if (rule.topic !== topic || !rule.units.includes(t.unit)) continue;
    if (rule.counters !== undefined && !rule.counters.includes(t.counter)) continue;
    if (part && rule.part !== true) continue;
    if (rule.rate !== undefined && (rate === null || !rule.rate.test(rate))) continue;
    if (rule.notRate !== undefined && rate !== null && rule.notRate.test(rate)) continue;
    if (rule.local !== undefined && !rule.local.test(localText)) continue;
    if (rule.after !== undefined && !rule.after.test(t.following)) continue;
    if (rule.notLocal?.test(`${t.clause}|${t.following}`) === true) continue;
    if (rule.subject !== undefined && !rule.subject.test(t.earlier + t.local)) continue;
    if (
      rule.notSubject !== undefined &&
      rule.notSubject.test((ownSubject ??= afterLastWhole(t.earlier + t.local)))
    )
      continue;
    // …the words right after the figure too (383件行政案件被告行政机关的负责人出庭应诉), as a rule's local words are read.
    if (rule.paragraph !== undefined && !rule.paragraph.test(`${t.previous}${t.earlier}${localText}`))
      continue;
    return rule.metric;
  }
  return null;
}
