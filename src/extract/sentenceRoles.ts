// A figure measured like an earlier figure of its sentence is rarely a second total: after
// 全市收到行政复议申请1113件 a 受理1033件 is the accepted count, and after 全市调解案件11063件 a
// 村(社区)调委会调解案件5414件 is a part. A new year, period or 全市 in between starts afresh.
import { assignMetric, figureTopic, isPartFigure } from './assignMetric.ts';
import { previousSentenceStart, sameWork, type Scanned } from './figureRelations.ts';
import { NAMED_TOTAL } from './figureContext.ts';
import { breakdownAt } from './subUnit.ts';
import type { Topic } from './topics.ts';

export type SentenceRole = 'part' | 'accepted' | null;

const WHOLE_REGION = /全市|全区|全县|全省|全州|全盟|全旗|全辖区|各级|全年|总计|合计|共计/;

/** Does a figure from the sentence before `item`'s on pass `test`? */
function earlierInReach(
  items: readonly Scanned[],
  item: Scanned,
  test: (before: Scanned) => boolean,
): boolean {
  const from = previousSentenceStart(item);
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < from) return false;
    if (test(before)) return true;
  }
  return false;
}

// 区政府共收到行政复议申请1113件…。受理1033件: the accepted count may open the next sentence; whose
// count it is (市政府作为复议机关…受理452件) is the scope's to say. After the cases handled (共办理行政复议案件4148件,
// 受理3246件), which take in those carried over, it is the accepted count too.
function acceptedAfterReceived(items: readonly Scanned[], item: Scanned): boolean {
  if (item.metric !== 'review.cases' || item.basis !== 'accepted') return false;
  return earlierInReach(items, item, (before) => {
    // A change of the received count (新收…较上年增加20件) says as much: the report tells 新收 from 受理.
    const received =
      before.metric === 'review.cases' ||
      (before.change !== null && figureTopic(before.ctx.text) === 'review');
    return received && (before.basis === 'received' || before.basis === 'handled');
  });
}

const NOT_ACCEPTED = /(?:不予|未予?|不)受理/;

/**
 * 收到行政复议申请786件,其中受理申请720件,不予受理43件: a 受理 count under a 其中 of the received count is no kind of
 * application but the accepted count of all of them (what is not accepted is no accepted count; 其中受理720件, with no
 * word of applications, is the accepted count by its own words).
 */
export function acceptedUnderReceived(items: readonly Scanned[], item: Scanned): boolean {
  if (!item.part || item.basis !== 'accepted' || NOT_ACCEPTED.test(item.ctx.text.local)) return false;
  if (isPartFigure(item.ctx.text) || assignMetric(item.ctx.text) !== 'review.cases') return false;
  return acceptedAfterReceived(items, { ...item, metric: 'review.cases' });
}

const SUCCEEDED = /成功|调成|调结|达成/;
/** A figure's own words, with the list it is an item of (2021年、2022年调解成功分别为…). */
const ownWords = (item: Scanned): string => (item.ctx.text.list ?? '') + item.ctx.text.local;

/**
 * 化解纠纷24947件,成功化解24044件: a plain 化解 count before a 成功 count of the same sentence is the
 * number handled, not the number resolved. Returns the earlier figure to read as cases, or null.
 */
export function handledBeforeResolved(items: readonly Scanned[], item: Scanned): Scanned | null {
  if (item.metric !== 'mediation.resolved' || item.part || !SUCCEEDED.test(ownWords(item))) return null;
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < item.ctx.sentence.start) break;
    if (before.metric === 'mediation.resolved' && !before.part && !SUCCEEDED.test(ownWords(before)))
      return before;
  }
  return null;
}

// 全省人民调解组织共化解矛盾纠纷16万件: a plain 化解 count that follows no count of disputes (排查…, 受理…, 调解…) in its
// sentence or the one before is the number of disputes the mediators took on, as reports use the word for their
// headline; after such a count (排查纠纷1.3万件,化解1.2万件) it is the part resolved.
const DISPUTE_COUNT = /纠纷|矛盾|排查|受理|调处|调解|案件/;
const DISPUTE_COUNTERS = /^(?:件|宗|起|件次)$/;
const SCREENED_ONLY = /^(?:(?!调解|调处|受理|化解)[^,])*(?:排查|摸排|排摸)(?:(?!调解|调处|受理|化解)[^,])*$/;
const MEDIATORS_OWN_SUBJECT =
  /^(?:各级|全[省市县区])?(?:人民)?(?:调解组织|调解委员会|调委会)(?:共|累计|全年)?化解/;

/** Is `item` a plain 化解 count of disputes with none counted before it? Then it is the number handled. */
export function resolvedAlone(items: readonly Scanned[], item: Scanned): boolean {
  if (item.metric !== 'mediation.resolved' || item.part || item.change !== null || item.comparison)
    return false;
  if (SUCCEEDED.test(ownWords(item)) || !/化解/.test(item.ctx.text.local)) return false;
  // (…网格员排查矛盾纠纷1.2万余件,各级人民调解组织化解纠纷6,871件: a clause naming the mediators as its own subject counts
  // what they took on after a count of screening alone, whoever screened.)
  const ownSubject = MEDIATORS_OWN_SUBJECT.test(item.ctx.text.local);
  return !earlierInReach(
    items,
    item,
    // (A count of another topic before — 法律援助机构办理案件4,806件, 复议…调解和解结案71件 — counts no disputes.)
    (before) =>
      DISPUTE_COUNTERS.test(before.fig.counter) &&
      DISPUTE_COUNT.test(before.ctx.text.local) &&
      figureTopic(before.ctx.text) === 'mediation' &&
      !(ownSubject && SCREENED_ONLY.test(before.ctx.text.local)),
  );
}

/** Does the count name itself the total (出庭应诉总数为131件, 合计200件)? See NAMED_TOTAL. */
const namesItsTotal = (item: Scanned): boolean =>
  item.fig.unit === 'count' && NAMED_TOTAL.test(item.ctx.text.local);

/**
 * 行政首长出庭应诉48件,委托副职出庭应诉83件,出庭应诉总数为131件: the counts of the same work before a count that names
 * itself the total, in its sentence, are its parts. Returns them (none when the item names no total).
 */
export function partsBeforeTotal(items: readonly Scanned[], item: Scanned): Scanned[] {
  if (item.metric === null || item.change !== null || item.comparison || !namesItsTotal(item)) return [];
  const parts: Scanned[] = [];
  // Back through the sentence only: the work per figure stays bounded by its sentence, never the whole text.
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < item.ctx.sentence.start) break;
    if (
      before.change === null &&
      !before.comparison &&
      !before.part &&
      before.year === item.year &&
      before.fig.value < item.fig.value &&
      sameWork(before.metric, item.metric)
    )
      parts.push(before);
  }
  return parts;
}

export function sameSentenceRole(items: readonly Scanned[], item: Scanned): SentenceRole {
  if (item.metric === null || item.change !== null || item.comparison || item.part) return null;
  if (namesItsTotal(item)) return null;
  if (acceptedAfterReceived(items, item)) return 'accepted';
  const sentence = item.ctx.sentence.start;
  const prefix = item.ctx.text.earlier + item.ctx.text.local;
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < sentence) break;
    if (before.change !== null || before.comparison || before.part || !sameWork(before.metric, item.metric))
      continue;
    if (before.fig.value === item.fig.value || before.year !== item.year) return null;
    if (before.period?.phrase !== item.period?.phrase) return null;
    const between = prefix.slice(Math.max(0, before.fig.end - sentence));
    return WHOLE_REGION.test(between) ? null : 'part';
  }
  return null;
}

// The object a count of the topic names when it is that metric's own: 行政复议案件, 法律援助案件.
const OBJECT: Partial<Record<Topic, RegExp>> = {
  review: /复议(?:申请|案件)/,
  legal_aid: /法律援助案件|法援案件/,
  litigation: /(?:行政诉讼|应诉)案件/,
  // 其中人民调解4.5万件 under 全市各类调解组织共调解…5.6万件: people's mediation named as the kind right after 其中
  // (not 其中村(居)人民调解委员会, one kind of committee inside it).
  mediation: /其中(?:通过|经|由)?人民调解/,
};

// …受理4,605件,办结4,312件。其中,涉企行政复议案件891件: a count of cases that names no object of its own (no bare 案件 or 事项,
// before it or right after: 4613件各类案件由…) goes on counting what its sentence counts, so the part is one kind of it.
// A mediation total names its disputes (共调解纠纷…), and people's mediation after 其中 is still one kind of all.
const BARE_CASES = /案|事项/;
const namesItsCases = (whole: Scanned, topic: Topic | null): boolean =>
  topic === 'mediation' ||
  BARE_CASES.test(whole.ctx.text.local + (whole.ctx.text.following.split(/[,;。]/)[0] ?? ''));

/**
 * 复议机关共办理案件4613件,其中行政复议案件2448件、行政应诉案件2165件: a total of bare 案件 broken down
 * into the metric's own object holds other kinds too, so it is no count of that metric. Returns the
 * total to unlabel, or null.
 */
export function mixedTotal(items: readonly Scanned[], item: Scanned): Scanned | null {
  // A change in the breakdown (其中行政复议案件较上年增加48件, 其中法律援助案件同比增长5%) is a part too, and so is a
  // 倍 figure (其中行政复议案件是上年的2倍), which is never a part of its own (no metric is read for it).
  const partOfCount = item.part && item.fig.unit === 'count';
  if (item.change === null && !item.fig.multiple && !partOfCount) return null;
  const topic = figureTopic(item.ctx.text);
  const object = topic === null ? undefined : OBJECT[topic];
  if (object === undefined || !object.test(item.ctx.text.local)) return null;
  const sentence = item.ctx.sentence.start;
  const at = breakdownAt(item.ctx.text.earlier + item.ctx.text.local);
  if (at < 0) return null;
  // A 其中 that opens its sentence breaks down the sentence before.
  const from = at <= 1 ? previousSentenceStart(item) : sentence;
  for (let j = items.length - 1; j >= 0; j--) {
    const whole = items[j];
    if (whole === undefined || whole.fig.start < from) return null;
    if (whole.fig.start >= sentence + at || whole.change !== null || whole.comparison) continue;
    const mixed =
      whole.metric !== null &&
      whole.fig.unit === 'count' &&
      figureTopic(whole.ctx.text) === topic &&
      !object.test(whole.ctx.text.local) &&
      namesItsCases(whole, topic);
    return mixed ? whole : null;
  }
  return null;
}

// One kind's cases: of legal aid, or of no metric of their own (共受理农民工讨薪案件7件 on a legal aid page).
const oneKindsAidCases = (before: Scanned): boolean =>
  before.part &&
  before.fig.unit === 'count' &&
  (before.metric === null || before.metric.startsWith('legal_aid.'));

// 为受援人挽回…, 为困难群众…, 全市共挽回…: money recovered for every recipient, or the whole region's, names its own subject.
const ALL_RECIPIENTS = /受援人|受援群众|群众|当事人|全市|全县|全区|全省|全州|全盟|全旗|共计|合计|总计/;

/**
 * 全市共办理军人军属、退役军人法律援助案件412件,比上年增加56件,挽回经济损失1380万元: money recovered in the sentence of one
 * kind's legal-aid cases, naming no recipients of its own, is that kind's (not after the region's cases: 全年办理法律援助案件
 * 1,200件,其中农民工案件300件,挽回… stays the whole's when the whole's cases come first in the sentence).
 */
export function recoveredOfAKind(items: readonly Scanned[], item: Scanned): boolean {
  if (item.metric !== 'legal_aid.recovered' || ALL_RECIPIENTS.test(item.ctx.text.local)) return false;
  // The sentence's first count of cases decides: its subject (…民事案件2433件,受理…疑难案件11件,…挽回… is the whole's, 民事
  // cases being where legal aid recovers money at all).
  // Back through the sentence only, keeping the earliest such count: no scan of the whole page per figure.
  let first: Scanned | undefined;
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < item.ctx.sentence.start) break;
    const counts =
      before.ctx.sentence.start === item.ctx.sentence.start &&
      before.change === null &&
      !before.comparison &&
      (before.metric === 'legal_aid.cases' || oneKindsAidCases(before));
    if (counts) first = before;
  }
  return first !== undefined && first.part && !/民事/.test(first.ctx.text.local);
}

/**
 * 受理法律援助案件260件,办结230件: a concluded count after the cases in its paragraph is its own metric; alone
 * (累计办结法律援助案件393件) it is the report's count of cases, with basis concluded. Returns the
 * metric the figure keeps.
 */
export function concludedOrCases(items: readonly Scanned[], item: Scanned): string | null {
  if (item.metric !== 'legal_aid.concluded') return item.metric;
  // The cases may close the sentence before (…受理法律援助案件280件;办结230件). After one kind's cases
  // (受理农民工讨薪法律援助案件7件,…已结案2件) it is that kind's closed count, never the report's count of cases.
  return earlierInReach(
    items,
    item,
    (before) => before.metric === 'legal_aid.cases' || oneKindsAidCases(before),
  )
    ? item.metric
    : 'legal_aid.cases';
}

/**
 * 全市共调处各类矛盾纠纷5.6万件,其中人民调解4.5万件、行政调解6000件: the people's mediation of a total of all
 * kinds of mediation (see OBJECT) is the region's people's mediation, not a part of it.
 */
export function peoplesMediationOfAll(item: Scanned): boolean {
  return figureTopic(item.ctx.text) === 'mediation';
}

// 其中,人民调解受理2345件: people's mediation opening the breakdown, its figure right after (OBJECT.mediation's words, a
// mark after 其中 allowed and nothing after the verb).
const PEOPLES_MEDIATION_OF_ALL =
  /其中[,，:：]?(?:通过|经|由)?人民调解(?:组织|委员会)?(?:共|累计)?(?:受理|调解|调处|排查|化解)?$/;

/**
 * 共排查出各类矛盾纠纷4190件,化解4043件,化解率达96.5%。其中,人民调解受理2345件…: people's mediation broken out of a total
 * of every kind of mediation shows that total — each of its figures, counts and rates — to be of all kinds, no count of
 * people's mediation. Returns those figures (before the 其中, in its sentence or the one it opens after), or none.
 */
export function allKindsBeforePeoplesMediation(items: readonly Scanned[], item: Scanned): Scanned[] {
  if (item.change !== null || item.fig.unit !== 'count') return [];
  const own = item.ctx.text.earlier + item.ctx.text.local;
  if (figureTopic(item.ctx.text) !== 'mediation' || !PEOPLES_MEDIATION_OF_ALL.test(own)) return [];
  const sentence = item.ctx.sentence.start;
  const at = breakdownAt(own);
  if (at < 0) return [];
  const from = at <= 1 ? previousSentenceStart(item) : sentence;
  return items.filter(
    (whole) =>
      whole.fig.start >= from &&
      whole.fig.start < sentence + at &&
      // Its comparison point (较上年的5万件) is of every kind too; a change's own reading names no metric of a mixed base.
      whole.change === null &&
      whole.metric !== null &&
      figureTopic(whole.ctx.text) === 'mediation' &&
      !/人民调解/.test(whole.ctx.text.local),
  );
}

/**
 * 复议机关共办理案件4613件,其中行政复议案件2448件…行政应诉案件2165件: when the parts of a mixed total
 * are each another topic's whole object, each is that topic's total, not a part. `after` is the
 * text after the first part, to the end of its paragraph.
 */
export function splitsByTopic(item: Scanned, after: string): boolean {
  const topic = figureTopic(item.ctx.text);
  for (const [other, object] of Object.entries(OBJECT) as Array<[Topic, RegExp]>) {
    if (other !== topic && object.test(after)) return true;
  }
  return false;
}

// 其中2019年办理4件, 2022年办理56件: an item of a 其中 list that is one year, with no other words of its own.
const YEAR_ITEM =
  /^(?:其中[,:]?)?(?:19|20)\d{2}年度?(?:全年)?(?:共|累计)?(?:办理|受理|收到|新收|调解|化解|调处|审结|办结|为|是|有)?[^,\d月季]{0,8}$/;
const YEAR_IN_LIST = /(?:19|20)\d{2}(?=年)/g;
// How far after its 其中 a list of years is read: a bounded slice keeps a long sentence cheap.
const YEAR_LIST_REACH = 200;

/**
 * 2019年以来共办理行政复议案件185件,其中2019年办理4件,…,2023年办理96件: a count broken down by two years or more is a
 * sum over them, and each year's item is that year's count of what the sum counts, no part of one year. Returns the sum
 * `item` is a year of, or null. `norm` is the normalised text the items' offsets point into.
 */
export function sumOfYears(items: readonly Scanned[], item: Scanned, norm: string): Scanned | null {
  if (item.change !== null || item.comparison || item.fig.unit !== 'count') return null;
  if (!YEAR_ITEM.test(item.ctx.text.local)) return null;
  const sentence = item.ctx.sentence;
  const at = breakdownAt(item.ctx.text.earlier + item.ctx.text.local);
  if (at < 0) return null;
  const listEnd = Math.min(sentence.end, sentence.start + at + YEAR_LIST_REACH);
  const years = new Set(norm.slice(sentence.start + at, listEnd).match(YEAR_IN_LIST) ?? []);
  if (years.size < 2) return null;
  for (let j = items.length - 1; j >= 0; j--) {
    const whole = items[j];
    if (whole === undefined || whole.fig.start < sentence.start) return null;
    if (whole.fig.start >= sentence.start + at) continue;
    const counts = whole.metric !== null && whole.fig.unit === 'count' && whole.change === null;
    return counts && !whole.comparison ? whole : null;
  }
  return null;
}
