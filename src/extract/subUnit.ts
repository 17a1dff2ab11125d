// Is a figure about a part of the region (one 调解室, one 镇, the online channel) rather than its
// total? Region totals are what headline metrics hold, so a part must not pass for one. 其中
// breakdowns need the figures before them and are settled in figureRelations.ts.
import { ranksAFigure } from './period.ts';

// 办事处: a sub-district office (大鹏办事处, 葵涌办事处), one unit below a district as a 街道 is.
const SUB_UNIT_NOUN =
  /调解室|调解工作室|工作室|派出所|司法所|人民法庭|法庭|工作站|服务站|服务点|联系点|办事处/g;
const ALL_OF = /(?:各级|各类|所有|全部|各)$/;
// 法律援助中心及各法律援助工作站: the centre with every one of its stations is all of them, not one.
const CENTRE_AND_EVERY = /(?:中心|机构)[和及与、]各[^,、]{0,6}$/;
const NAMED_PLACE = /[\u4e00-\u9fa5]{2}(?:镇|街道)(?![街村办(])/g;
const NOT_A_NAME = /[乡镇街县区市省各全个的等村社每]|^[乡镇道县区市省村社][和与及]/;
// (…街道和镇…, 乡及镇: a level word and a conjunction are no name; 太和镇, 和平镇, 永和镇, 及第镇 are.)
// A township (大湾乡, 鄂伦春民族乡), not 城乡/下乡/家乡 nor 乡镇/乡村/乡贤.
const NAMED_TOWNSHIP = /[\u4e00-\u9fa5]{2}乡(?![镇村贤土亲里情愁音街办(])/g;
const NOT_A_TOWNSHIP = /[城下家农故老返回同异他水入进到]$/;
// One town not named (某镇, 某街道): never the region a report is about.
const SOME_TOWN = /某(?:个)?(?:镇|乡|街道|村|社区)/;
// One channel (线上, 线下 alone: 全区线下受理…), not both together (线上线下共受理…).
const CHANNEL = /(?<!线下)线上(?!线下)|(?<!线上)线下(?!线上)|在线|网上|平台/;
// Mediation docked to another body's work (访调对接, 警民联调) or joined with other mediation (三调对接, 三调联动: people's,
// administrative and judicial together): one channel of it, never all people's mediation.
export const DOCKED =
  /(?:[访警检公劳三两多]调|调援|援调)(?:对接|衔接|联动)|警民联调|公调对接|大调解联动|(?<!多元)联动调解/;
// 三大平台: the public legal services' three platforms together are every channel (not their work offline or online).
export const ALL_PLATFORMS = /[两三四五]大(?:服务)?平台(?![^,]{0,4}(?:线上|线下))/;
const WHOLE_NETWORK = new RegExp(`[两三四五]级[^,]{0,6}(?:平台|网络)|${ALL_PLATFORMS.source}`);
// A later 全市/各级 takes the subject back to the whole region (市本级…,全市共受理…).
// 为全市基层群众提供…: the whole region after 为 is who was served, not who did the work; after 占 it is what a share is of.
// 布久乡各级调委会, 城南街道各级…: every level of one township or street is that place's, not the region's (县、乡、村各级 is
// every level of the region's).
// 占全市的29%, 占全市总量: the whole a share is of is its denominator, not who counts.
export const WHOLE_REGION =
  /(?<![为占])(?:全市|全区|全县|全省|全州|全盟|全旗|全辖区)|(?<!(?:^|[^、,\s])[乡镇]|街道)各级|[我本](?:市|区|县|州|盟|旗)(?!级)/g;

const WHOLE_REGION_ONCE = new RegExp(WHOLE_REGION.source);

/** Does the text name the whole region anywhere (全市, 各级, 我县)? */
export const namesTheWholeRegion = (text: string): boolean => WHOLE_REGION_ONCE.test(text);

// 涪城区人民调解组织共调解…, 涪城全区各级…: the region named by its own name, then the whole of its bodies of a kind, is the
// whole region — not a body, a place or a system in it after the name (涪城区丰谷镇, 涪城区矛盾纠纷调解中心, 海南省工商联
// 系统所属商会调解组织).
const WHOLE_AFTER_A_NAME =
  /^(?:全(?:市|区|县|省|州|盟|旗)?|各级|各类|共|累计)*(?:人民调解(?:组织|委员会)|法律援助机构|行政复议机关|行政机关|(?:人民)?政府|各级|共|累计)/;

/** Does the text name the region by one of its own names (涪城区, 涪城), followed by the whole of its bodies of a kind? */
export const namesOwnRegion = (text: string, own: readonly string[] = []): boolean =>
  own.some((name) => {
    const at = text.lastIndexOf(name);
    return at >= 0 && WHOLE_AFTER_A_NAME.test(text.slice(at + name.length));
  });

export function afterLastWhole(text: string): string {
  let cut = 0;
  WHOLE_REGION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WHOLE_REGION.exec(text)) !== null) cut = m.index + m[0].length;
  return text.slice(cut);
}

/** Does the text name one town, township or street (琴溪镇, 萨力巴乡, 城南街道, 某镇)? */
export function namesAPlace(text: string): boolean {
  if (SOME_TOWN.test(text)) return true;
  NAMED_PLACE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAMED_PLACE.exec(text)) !== null) {
    if (!NOT_A_NAME.test(m[0].slice(0, 2))) return true;
  }
  NAMED_TOWNSHIP.lastIndex = 0;
  while ((m = NAMED_TOWNSHIP.exec(text)) !== null) {
    const name = m[0].slice(0, 2);
    if (!NOT_A_NAME.test(name) && !NOT_A_TOWNSHIP.test(name)) return true;
  }
  return false;
}

function namesASubUnit(text: string): boolean {
  SUB_UNIT_NOUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUB_UNIT_NOUN.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!ALL_OF.test(before) && !CENTRE_AND_EVERY.test(before)) return true;
  }
  return namesAPlace(text);
}

/** Where a 其中 breakdown opens in the sentence prefix, or -1. A 其中 in a closed bracket has ended. */
export function breakdownAt(sentencePrefix: string): number {
  const at = sentencePrefix.lastIndexOf('其中');
  if (at < 0) return -1;
  const open = Math.max(sentencePrefix.lastIndexOf('(', at), sentencePrefix.lastIndexOf('（', at));
  return open >= 0 && at - open <= 4 && /[)）]/.test(sentencePrefix.slice(at)) ? -1 : at;
}

// 成立以来, 建成四个多月来, 创办6个月以来, 运行一年来, 揭牌至今: a body's figures since it was set up or opened.
const SINCE_FOUNDING =
  /(?:成立|建立|建成|组建|创办|创建|设立|开办|运行|启用|揭牌|挂牌|开通|投用|投入使用)(?:[一二三四五六七八九十两半\d]+(?:多|余)?个?(?:多|余)?(?:年|月|天|日|周)(?:多|余)?)?(?:以来|来|至今)/g;

/** 成立以来 that times the figures after it, not one that ranks the figure before it (创成立以来新高). */
function countsSinceFounding(sentencePrefix: string): boolean {
  SINCE_FOUNDING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SINCE_FOUNDING.exec(sentencePrefix)) !== null)
    if (!ranksAFigure(sentencePrefix, m.index + m[0].length)) return true;
  return false;
}

/**
 * A named sub-unit, a unit counted since its founding (成立以来), or a channel (线上).
 * @param sentencePrefix the sentence up to the figure
 * @param subject the words of the sentence that can name the figure's subject (see FigureText.subject)
 * @param local the figure's own clause up to it
 */
export function isSubUnitFigure(sentencePrefix: string, subject: string, local: string): boolean {
  if (countsSinceFounding(sentencePrefix)) return true;
  // 通过三级网络平台办理: a network of every level is the region's whole channel.
  if (CHANNEL.test(local) && !WHOLE_NETWORK.test(local)) return true;
  if (DOCKED.test(local)) return true;
  return namesASubUnit(afterLastWhole(subject));
}

/** Bodies of every level together: 各县(市、区)…, 市县两级, 四级调解网络, 市、区法律援助中心, 市县(区)政府; 市区 is the urban area. */
export const EVERY_LEVEL =
  /各(?:县|区|市|旗|乡镇|镇街|地)|[两三四五]级|(?:省|市|州)(?:[、和及](?:县|区)|县)(?:[(（][^)）]{0,8}[)）])?(?:人民)?(?:政府|法律援助|法援|复议)/;
// The centre as the subject of its clause (专调中心共调解…, 中心已化解…), not the object of 建立调解中心.
// 人民调解组织在矛调中心参与调解…, 各级综治中心组织调处…: the work done at the centre is the centre's too.
const CENTRE = /中心[”"’」)]?(?:已|共|累计|先后|全年|今年|当年|受理|调解|化解|接待|调处|办理|成功|参与|组织)/;

// 三级综治中心已累计化解…, 县乡两级矛调中心…: centres of social governance take disputes through every channel (courts,
// petitions, administrative mediation), so even all of them together are no count of people's mediation.
const GOVERNANCE_CENTRE = /综治中心|矛调中心|矛盾纠纷(?:多元)?(?:调处)?化解中心|社会治理(?:综合)?中心/;

/**
 * A mediation centre (专调中心, 矛盾纠纷多元化解中心, 中心已接待…) is one hub, not every committee of the
 * region; centres of every level together (市县乡三级调解中心) are.
 */
export function namesOneCentre(subject: string): boolean {
  const own = afterLastWhole(subject);
  return CENTRE.test(own) && (!EVERY_LEVEL.test(own) || GOVERNANCE_CENTRE.test(own));
}
