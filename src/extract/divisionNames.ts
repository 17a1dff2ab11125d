// Divisions the caller names (RegionNames): 英德市 on 清远's page is a part even though a county-level city
// ends in 市 like the page's own region, and 怀集 without its 县 is still 怀集县.
import type { RegionNames } from './types.ts';

/** The names one text uses: a short form (怀集) counts only where the text writes its full name (怀集县) too. */
export interface NamesInText {
  own: readonly string[];
  /** The divisions above the region that the text names: 广东省, 广东. */
  higher: readonly string[];
  /** Full names of three or more characters: distinctive wherever they stand. */
  full: readonly string[];
  /** Short forms and two-character names (沛县): a name only where a clause or a list opens with it. */
  bare: readonly string[];
  /** Other regions' full names that the text writes (吴江区 on 嘉善县's page). */
  others: readonly string[];
  /** Every other region's full name, written or not (宁波市, for 宁波江北区 and 承德全市). */
  allOthers?: ReadonlySet<string>;
}

// The last character of every division's name, where a scan for the names in a text stops to look back.
const LEVEL_CHAR = /[省市县区州盟旗]/g;
const LONGEST_NAME = 16;

/** Which of `names` (full names of divisions) the text writes: one pass over the text, not one search per name. */
function writtenNames(text: string, wanted: ReadonlySet<string>): string[] {
  if (wanted.size === 0) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(LEVEL_CHAR)) {
    const end = m.index + 1;
    for (let len = 3; len <= LONGEST_NAME && len <= end; len++) {
      const name = text.slice(end - len, end);
      if (wanted.has(name)) found.add(name);
    }
  }
  return [...found];
}

export function namesInText(text: string, names: RegionNames | undefined): NamesInText | undefined {
  if (names === undefined) return undefined;
  const higher = (names.higher ?? []).filter((n) => text.includes(n));
  const full: string[] = [];
  const bare: string[] = [];
  const shortOnly: string[] = [];
  for (const { name, short } of names.lower) {
    if (!text.includes(name)) {
      if (short !== undefined && short.length >= 2 && text.includes(short)) shortOnly.push(short);
      continue;
    }
    (name.length >= 3 ? full : bare).push(name);
    if (short !== undefined && short.length >= 2) bare.push(short);
  }
  // 济南、临沂、菏泽…受理…分别为: short forms listed one after another are the divisions, with no full name written.
  for (const short of shortOnly)
    if (
      shortOnly.some(
        (other) =>
          other !== short && (text.includes(`${short}、${other}`) || text.includes(`${other}、${short}`)),
      )
    )
      bare.push(short);
  const allOthers = new Set(names.others ?? []);
  const others = writtenNames(text, allOthers);
  // (With every other region's name at hand, one may stand in short form only: 宁波江北区, 承德全市.)
  if (full.length === 0 && bare.length === 0 && higher.length === 0 && allOthers.size === 0) return undefined;
  return {
    own: names.own.filter((n) => n.length >= 2),
    higher,
    full,
    bare,
    others,
    ...(allOthers.size > 0 ? { allOthers } : {}),
  };
}

// What may stand right before a bare name: nothing, a non-Han character, a list's joint, 在, or 其中.
const OPENS_BARE = /(?:[^\u4e00-\u9fa5]|[、和与及同在对]|其中)$/;

// 在英德市召开现场推进会,…全年共调解…: the place of a meeting, not the one counting (英德市举办… is the one acting).
const HOSTS = /^[^,]{0,2}?(?:召开|举办|举行|承办|主办)/;

/** End of the last mention of `name` in `text` that `ok` accepts, or -1. */
function lastMentionEnd(text: string, name: string, ok: (at: number) => boolean): number {
  let at = text.lastIndexOf(name);
  while (at >= 0) {
    if (ok(at)) return at + name.length;
    at = at === 0 ? -1 : text.lastIndexOf(name, at - 1);
  }
  return -1;
}

/**
 * Does the subject name one of the region's lower divisions, with no mention of the region itself after it
 * (肇庆市怀集县… is 怀集's; 学习英德市经验,清远市… is 清远's)?
 * @param subject the figure's subject words after the last 全市/各级 (afterLastWhole)
 */
export function namesAKnownLowerRegion(subject: string, names: NamesInText | undefined): boolean {
  if (names === undefined) return false;
  // 肇庆怀集…: the region's own name may open a bare one too.
  const afterOwn = (at: number): boolean => names.own.some((n) => subject.startsWith(n, at - n.length));
  const opens = (at: number): boolean =>
    at === 0 || OPENS_BARE.test(subject.slice(Math.max(0, at - 2), at)) || afterOwn(at);
  const counts = (n: string) => (at: number) =>
    !(
      /[在于赴到]$/.test(subject.slice(0, at)) && HOSTS.test(subject.slice(at + n.length, at + n.length + 8))
    );
  let lower = -1;
  for (const n of names.full) lower = Math.max(lower, lastMentionEnd(subject, n, counts(n)));
  for (const n of names.bare)
    lower = Math.max(
      lower,
      lastMentionEnd(subject, n, (at) => opens(at) && counts(n)(at)),
    );
  if (lower < 0) return false;
  // The region's own name after the part's takes the subject back.
  return !names.own.some((n) => subject.indexOf(n, lower) >= 0);
}

// The page's own region in other words (全市, 我区) after the higher one's name takes the subject back.
const OWN_WHOLE = /全市|全区|全县|全州|全盟|全旗|全辖区|[我本](?:市|区|县|州|盟|旗)(?!级)/;

// A higher region as the subject of the count: its name right before the counting words (广东省共调解…, 广东各级法律援助
// 机构…), not 作为广东省唯一试点 nor 在广东省率先.
// (广东省人民政府作为复议机关…, 海北州全州…: its government, and its whole, count for it too.)
const HIGHER_SUBJECT =
  /^(?:省|市|州)?(?:全年|共|累计|各级|各地|全省|全市|全州|全盟|全区|人民调解|法律援助|行政复议|行政机关|(?:人民)?政府|司法行政|受理|办理|调解|收到|新收|审结|办结)/;

/**
 * Does the subject name a region above the page's as the one counting (广东省共调解矛盾纠纷40万件 on 清远's page), with
 * neither the page's region nor a part of it named after? Such a figure is that region's total, not the page's.
 * @param subject the figure's subject words (FigureText.subject)
 */
export function namesAHigherRegion(subject: string, names: NamesInText | undefined): boolean {
  if (names === undefined || names.higher.length === 0) return false;
  let higher = -1;
  for (const n of names.higher) {
    const end = lastMentionEnd(subject, n, (at) => HIGHER_SUBJECT.test(subject.slice(at + n.length)));
    higher = Math.max(higher, end);
  }
  if (higher < 0) return false;
  // (苏州全市…: the whole right after the higher region's name is its own.)
  if (OWN_WHOLE.test(subject.slice(higher).replace(/^全(?:省|市|区|州|盟)/, ''))) return false;
  return ![...names.own, ...names.full, ...names.bare].some((n) => subject.indexOf(n, higher) >= 0);
}

// 吴江区调解纠纷2.6万余件, 休宁县、婺源县同期分别调处…, 邻近的开平市同年办理…: another region opening the clause that
// counts. Not the place of a meeting (在开化县召开…: no clause opens with it there) nor one learnt from (诸暨市经验).
const OPENS_CLAUSE =
  /(?:^|[^\u4e00-\u9fa5]|[、和及而的]|同期|同年|当年|全年|今年|去年|此外|另外|省内|市内|区内|境内)$/;
const NOT_COUNTING = /^(?:的)?(?:经验|做法|模式)|^[^,]{0,2}?(?:召开|举办|举行|承办|主办)/;
// 全州县市两级…, 全州县(市): a name run into another level word is part of other words (全州 and 县市), no region's name.
const LONGER_NAME_AFTER = /^[市县区州盟旗(]/;
// 桥西区(全年收案266件), 占安阳市同期总量(3.4万件): a bracket right after another region's name (or a few words of it)
// holds that region's figure, wherever the name stands.
const BRACKET_AFTER = /^[^,;:(]{0,8}[(][^)]*$/;
// 该市借鉴…后,2023年调解纠纷4,150件: 该 and a level word stand for the last region of that level the text named before.
const PRONOUN = /该(省|市|区|县|州|盟|旗)/g;

// 兰州市城关区 on 拉萨城关区's page, 宁波江北区 on 重庆江北区's, 承德全市 on 天津's: the page's own name after another region's
// (by its full name, or its short one that is a full name with 市 or 省), or a short one before its whole, is that region.
const SHORT_BEFORE_WHOLE = /([\u4e00-\u9fa5]{2,3})全(市|县|区|州|盟|省)/g;
// 同期厦门办理法律援助案件1.05万件, 沈阳去年出庭率…, 广东本省当年…, 德阳、眉山、资阳三市分别…: a city's or a province's
// short name opening the clause that counts, right before a time, its own whole, the counting words or the list's count.
const SHORT_COUNTS =
  /(?:^|[^\u4e00-\u9fa5]|同期|同年|当年|而)([\u4e00-\u9fa5]{2,3}?)(?=去年|今年|同期|当年|全年|本省|本市|共|各级|人民调解|法律援助|行政复议|行政机关|办理|调解|受理|收案|出庭|[两三四五六七八九十]个?[市省])/g;

/** How long the other region's name is that the own name at `at` in `text` is written after (兰州市城关区, 宁波江北区), or 0. */
function anotherNameBefore(text: string, at: number, names: NamesInText): number {
  const all = names.allOthers;
  if (all === undefined) return 0;
  for (let k = 2; k <= 8 && k <= at; k++) {
    const before = text.slice(at - k, at);
    if (all.has(before) || (k <= 3 && (all.has(`${before}市`) || all.has(`${before}省`)))) return k;
  }
  return 0;
}

const afterAnotherName = (text: string, at: number, names: NamesInText): boolean =>
  anotherNameBefore(text, at, names) > 0;

/** Where another region is written in the subject by a short name or before the page's own name: [start, end) pairs. */
function foreignMentions(subject: string, names: NamesInText): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const n of names.own) {
    for (let at = subject.indexOf(n); at >= 0; at = subject.indexOf(n, at + 1)) {
      const k = anotherNameBefore(subject, at, names);
      if (k > 0) found.push([at - k, at + n.length]);
    }
  }
  for (const m of subject.matchAll(SHORT_BEFORE_WHOLE)) {
    const stem = m[1] ?? '';
    if (names.own.some((o) => o.startsWith(stem))) continue;
    if (names.allOthers?.has(`${stem}${m[2] ?? ''}`) === true || names.allOthers?.has(`${stem}市`) === true)
      found.push([m.index, m.index + m[0].length]);
  }
  // (A short name counts in the figure's own clause only: 朝阳调解工作室…326件,全市共调解… is the page's 全市.)
  const ownClause = subject.search(/[^,;]*$/);
  for (const m of subject.slice(ownClause).matchAll(SHORT_COUNTS)) {
    const stem = m[1] ?? '';
    if (names.own.some((o) => o.startsWith(stem)) || names.higher.some((h) => h.startsWith(stem))) continue;
    if (names.allOthers?.has(`${stem}市`) === true || names.allOthers?.has(`${stem}省`) === true) {
      const start = ownClause + m.index + m[0].length - stem.length;
      found.push([start, start + stem.length]);
    }
  }
  return found;
}

/** Is the region of this level the text names last (by any of its names) another region than the page's or a lower one? */
function lastNamedIsAnother(text: string, level: string, names: NamesInText): boolean {
  let best: { at: number; another: boolean } | null = null;
  for (const n of [...names.own, ...names.full, ...names.higher, ...names.others]) {
    if (!n.endsWith(level)) continue;
    // (在杭州市召开的会议上, 赴绍兴市学习: a place gone to is not the one 该市 stands for.)
    let at = text.lastIndexOf(n);
    while (at > 0 && /[在赴到往从于]/.test(text[at - 1] ?? '')) at = text.lastIndexOf(n, at - 1);
    if (at < 0 || (best !== null && at <= best.at)) continue;
    // (兰州市城关区 is 兰州's, whatever the page's own 城关区.)
    const ownOrLower = names.own.includes(n) ? !afterAnotherName(text, at, names) : names.full.includes(n);
    best = { at, another: !ownOrLower };
  }
  return best?.another ?? false;
}

/**
 * Does the subject open a clause with another region's name (not the page's, nor one above or below it), with neither
 * the page's region nor a part of it, nor its own whole (我县, 本市), named after? Such a figure is that region's. So is one
 * in a bracket right after another region's name, or one whose subject calls another region named before 该市.
 * @param subject the figure's subject words (FigureText.subject)
 * @param before the text before the figure's sentence, where a pronoun's region was named (read only for a pronoun)
 */
export function namesAnotherRegion(
  subject: string,
  names: NamesInText | undefined,
  before: () => string = () => '',
): boolean {
  if (names === undefined) return false;
  for (const m of subject.matchAll(PRONOUN))
    if (lastNamedIsAnother(before() + subject.slice(0, m.index), m[1] ?? '', names)) return true;
  const elsewhere = [...names.others, ...names.higher];
  if (
    elsewhere.some((n) => {
      const at = subject.lastIndexOf(n);
      return at >= 0 && BRACKET_AFTER.test(subject.slice(at + n.length));
    })
  )
    return true;
  let other = -1;
  for (const [start, end] of foreignMentions(subject, names))
    if (OPENS_CLAUSE.test(subject.slice(Math.max(0, start - 2), start))) other = Math.max(other, end);
  for (const n of names.others) {
    const end = lastMentionEnd(
      subject,
      n,
      (at) =>
        OPENS_CLAUSE.test(subject.slice(Math.max(0, at - 2), at)) &&
        !LONGER_NAME_AFTER.test(subject.slice(at + n.length)) &&
        !NOT_COUNTING.test(subject.slice(at + n.length)),
    );
    other = Math.max(other, end);
  }
  if (other < 0) return false;
  // (重庆市方面,同期全市…: a whole after the other region's name is that region's; 我县 is the page's.)
  if (/[我本](?:市|区|县|州|盟|旗)(?!级)/.test(subject.slice(other))) return false;
  return ![...names.own, ...names.full, ...names.bare].some((n) => subject.indexOf(n, other) >= 0);
}
