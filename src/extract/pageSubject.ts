// 兴宁市石马司法所:维护山区和谐稳定的坚固防线 / (城南街道) / 北京市公共法律服务中心正式启用…: a page whose title names one
// body below the region — a township or street office, a justice office, a police station, a court's tribunal, a centre,
// a committee, a studio, a team of lawyers — tells that body's work, so its figures are that body's part unless their
// own sentence names the whole region (全县共调解…, 各级…).
import { namesAPlace, namesTheWholeRegion } from './subUnit.ts';

const OPENING = 200;
const TITLE_MAX = 40;
// The body as the title's subject: at most a place name before it (兴宁市石马司法所:…, (城南街道), 某某镇人民调解委员会…).
// 山东省聊城市东阿县司法局高集司法所: the place name may be a chain of divisions down to the county, and the bureau over the body.
const ONE_BODY = new RegExp(
  `^[(]?(?:(?:[\\u4e00-\\u9fa5]{1,6}?(?:省|自治区|市|州|盟|县|区|旗)){1,3}(?:司法局|公安局)?)?[\\u4e00-\\u9fa5]{0,8}?(?:${[
    '司法所',
    '派出所',
    '人民法庭',
    '调委会',
    '调解委员会',
    '调解室',
    '工作室',
    '律师团队',
    '(?:法律|公共法律)服务中心',
    '矛调中心',
    // 上海金融纠纷调解中心, 城关法律援助工作站: one centre of mediation, one station of legal aid.
    '(?:纠纷)?调解中心',
    '法律援助(?:工作)?站',
    '调处化解中心',
    '综治中心',
    // 石马镇, 萨力巴乡, 城南街道 as the whole title or before a colon or a bracket's end — not 家乡事, 乡镇 (levels).
    '(?:镇|乡|街道)(?=[)::]|$)',
  ].join('|')})`,
);

// 2024-11-18 15:07:16 项学敏, 2023年05月12日 来源:…: a line of the date and time (with at most a byline's name) is no title.
const DATELINE = /^[\d\s\-:/.年月日]{8,}(?:[\u4e00-\u9fa5]{0,4}|来源[:][^\n]*)$/;

/**
 * The short lines that open a page, its title and subtitle (and a line of its date): where each starts and ends. They
 * stand before its first line of prose; a short line after one (一、深入学习贯彻…) is a heading of the text, no title.
 */
export function openingLineSpans(norm: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of norm.slice(0, OPENING).split('\n')) {
    const end = start + line.length;
    const short = line.length <= TITLE_MAX && !line.includes('。');
    if (!short && end < norm.length) break;
    if (line.length > 0 && short && end < norm.length) spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

/** The page's title lines: its short opening lines but a line of its date. */
function openingLines(norm: string): string[] {
  return openingLineSpans(norm)
    .map(({ start, end }) => norm.slice(start, end))
    .filter((line) => !DATELINE.test(line));
}

// 泾县琴溪镇多措并举开展专项活动显成效, 敖汉旗萨力巴乡以…“三治融合”…为依托,…: a title or a first sentence that opens with one
// town, township or street (after at most its county's name) makes it the page's subject.
// 2024年以来,六安市金安区先生店镇坚持…: after a year's phrase and a chain of divisions down to the county, too.
// 近年来,淮安区河下街道始终…: after 近年来, 今年以来 or 近期, too.
const PLACE_FIRST =
  /^[(]?(?:(?:(?:19|20)\d{2}年(?:以来|上半年|下半年|前三季度|度)?|近年来|今年以来|近期|近年)[,]?)?(?:[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|旗|州|盟)){0,3}[\u4e00-\u9fa5]{2,4}?(?:镇|乡|街道)/;

// 本报讯10月12日,中共寮步镇委…, 本报讯(记者 李明)近日,石岭镇…: a news item's opening words (the paper's mark, the reporter, the
// day, the Party's committee of the place) stand before the place it is about.
const NEWS_OPENER =
  /^(?:本报讯|本网讯|本台讯)?\s*(?:[(][^)]{0,20}[)])?\s*(?:\d{1,2}月\d{1,2}日|近日|日前|近期|昨日|昨天|今天|今日)?[,]?(?:中共)?/;

const opensWithAPlace = (line: string): boolean => {
  const m = PLACE_FIRST.exec(line.replace(NEWS_OPENER, ''));
  return m !== null && namesAPlace(m[0]) && !namesTheWholeRegion(m[0]);
};

// 近年来,平塘县司法局金盆司法所立足…, 今年以来,某县公安局城关派出所坚持…: a first sentence that opens, after at most a time
// phrase, with one body (its county and bureau before it) makes it the subject — not the bureau over several (县司法局指导各
// 司法所…), nor bodies of the whole region or several of them (全县司法所, 人民调解委员会和司法所).
const TIME_OPENER = /^(?:(?:19|20)\d{2}年(?:以来|上半年|度)?|近年来|今年以来|近期|近年)[,]?/;
// The body's own name (金盆, 城关, 塘边镇) stands right before its kind: two to six characters, no verb nor pronoun in them.
const BODY_FIRST = new RegExp(
  `^(?:[\u4e00-\u9fa5]{1,6}?(?:省|自治区|市|州|盟|县|区|旗)){0,3}(?:司法局|公安局)?([\u4e00-\u9fa5]{2,6}?)(?:${[
    '司法所',
    '派出所',
    '人民法庭',
    '(?:人民)?调解委员会',
    '调委会',
    '调解室',
    '调解工作室',
    '法律援助(?:工作)?站',
    '(?:纠纷)?调解中心',
    '综治中心',
  ].join('|')})(?![和与及、等])`,
);
const NOT_A_NAME = /[各全等和与及、本我该其级]|指导|设立|建立|成立|组建|推动|依托|联合|会同|所有/;

const opensWithABody = (sentence: string): boolean => {
  const m = BODY_FIRST.exec(sentence.replace(NEWS_OPENER, '').replace(TIME_OPENER, ''));
  return m !== null && !NOT_A_NAME.test(m[1] ?? '') && !namesTheWholeRegion(m[0]);
};

const firstSentence = (norm: string): string =>
  norm
    .slice(0, OPENING)
    .split(/[。\n]/)
    .find((line) => line.trim() !== '' && !DATELINE.test(line)) ?? '';

/** Does the page's title (or, with none, its first sentence) name one body below the region as its subject, and not the whole region? */
export function pageAboutOneBody(norm: string): boolean {
  const titles = openingLines(norm);
  if (titles.length === 0) {
    const first = firstSentence(norm);
    // 作为县城区派出所,…: a first sentence that opens with one body as its role (作为…) makes it the subject too.
    const role = /^作为(.*)/.exec(first)?.[1];
    return (
      opensWithAPlace(first) ||
      opensWithABody(first) ||
      (role !== undefined && ONE_BODY.test(role) && !namesTheWholeRegion(role.slice(0, 20)))
    );
  }
  return titles.some((line) => (ONE_BODY.test(line) || opensWithAPlace(line)) && !namesTheWholeRegion(line));
}

/**
 * Is that subject a town, township or street (城南街道, 石马镇), a place with a government of its own, whose 行政机关
 * and 政府 are its own — not a centre, committee or office?
 */
export function pageAboutOnePlace(norm: string): boolean {
  const titles = openingLines(norm);
  if (titles.length === 0) return opensWithAPlace(firstSentence(norm));
  return titles.some(
    (line) =>
      !namesTheWholeRegion(line) &&
      (opensWithAPlace(line) || /(?:镇|乡|街道)$/.test(ONE_BODY.exec(line)?.[0] ?? '')),
  );
}

// 依据《中华人民共和国政府信息公开条例》…编制本报告, 某某区2023年政府信息公开工作年度报告: the yearly report on information
// disclosure counts only the reviews and suits about disclosure (被申请行政复议、提起行政诉讼情况), a part of the region's.
// The set headings of its parts (…、政府信息公开行政复议、行政诉讼情况、…) name it too, where an excerpt starts after its title.
const DISCLOSURE_REPORT =
  /政府信息公开(?:工作)?年度报告|政府信息公开条例[^。]{0,80}?编制本报告|政府信息公开行政复议、行政诉讼情况/;
const DISCLOSURE_OPENING = 300;

/** Is the page a yearly report on government information disclosure (its review and suit counts are disclosure's)? */
export const pageAboutDisclosure = (norm: string): boolean =>
  DISCLOSURE_REPORT.test(norm.slice(0, DISCLOSURE_OPENING));

// 重庆市法律援助中心2024年第一季度法律援助信息公开, 2023年度宁波市法律援助中心案件办理情况公示: a headline that makes one level's
// legal aid centre the page's subject, within the page's opening (after a site's navigation).
const CENTRE_HEADLINE =
  /^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fa5]{0,8}?(自治区|省|市|州|盟|区|县|旗)法律援助中心[^。\n]{0,30}$/;
const CENTRE_OPENING = 800;

/** The level word of the legal aid centre a headline of the page's opening makes its subject (市 of 重庆市法律援助中心…), or null. */
export function pageCentreLevel(norm: string): string | null {
  for (const raw of norm.slice(0, CENTRE_OPENING).split('\n')) {
    const line = raw.trim();
    const m = CENTRE_HEADLINE.exec(line);
    if (m !== null && line.length <= TITLE_MAX) return m[1] ?? null;
  }
  return null;
}

// 2023年,钟楼区人社局以…, 近年来,河南省人社厅认真…, 2021年,深圳市生态环境局作为被告…: a page whose title or first sentence opens
// with one department of the government (not its justice bureau or review bureau, the government's review office, nor a
// court) tells that department's work, so its reviews and suits are the department's own. An article's byline names its
// author's department after a □ (□绍兴市自然资源和规划局 王建江).
const DEPARTMENT_FIRST =
  /^[□■]?(?:(?:19|20)\d{2}年(?:以来|度)?|近年来|今年以来|近日|日前)?[,]?[\u4e00-\u9fa5]{2,16}?(?<!司法|政府|复议|法院|管理|[布格大结当时全开破新变展])(?:局|厅)(?![长])/;
const NOT_A_DEPARTMENT = /司法|政府|复议|法院|[全各]/;

const opensWithADepartment = (line: string): boolean => {
  const m = DEPARTMENT_FIRST.exec(line.replace(NEWS_OPENER, ''));
  return m !== null && !NOT_A_DEPARTMENT.test(m[0]);
};

/** Does the page's title or first sentence open with one department of the government as its subject? */
export function pageAboutOneDepartment(norm: string): boolean {
  const titles = openingLines(norm);
  const first = norm
    .slice(0, OPENING)
    .split(/[。\n]/)
    .find((line) => line.trim() !== '' && !DATELINE.test(line) && !titles.includes(line));
  return titles.some(opensWithADepartment) || opensWithADepartment(first ?? '');
}
