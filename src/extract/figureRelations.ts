// How a figure relates to the figures before it: the total a 其中 breaks down, the figure a
// comparison point or a year-on-year change refers to.
import { assignMetric, figureTopic, isPartFigure, rateWordBefore } from './assignMetric.ts';
import type { Evidence } from './evidence.ts';
import type { FigureContext } from './figureContext.ts';
import type { RawFigure } from './scanFigures.ts';
import { MAX_LOOKBACK } from './sentences.ts';
import { YEAR_IN_BRACKET } from './brackets.ts';
import { RISE_VERB } from './reportYear.ts';
import { breakdownAt } from './subUnit.ts';
import { topicOf } from './topics.ts';
import type { Basis, Period, Scope, Unit } from './types.ts';
import { canQualify, type YoyChange } from './yoy.ts';

/** A figure with what has been worked out about it so far. */
export interface Scanned {
  fig: RawFigure;
  ctx: FigureContext;
  change: YoyChange | null;
  metric: string | null;
  /** The figure is about a part of the region (see metricOf). */
  part: boolean;
  year: number | undefined;
  /** Written as the comparison point (较上年的1,000件), so never the base of a change. */
  comparison: boolean;
  evidence: Evidence | null;
  scope: Scope;
  period?: Period;
  basis?: Basis;
  /** A total of several kinds that a 其中 breaks down into the metric's own object: reported without a metric. */
  mixed?: true;
  /** A change that continues the 分别 run of the change before it (同比分别增长9%和8.5%, …9%、下降3%). */
  joined?: true;
  /** The end of the closed bracket the figure stands in as an aside (…1200件(2022年为1100件)), if it does. */
  aside?: number | undefined;
}

const CASE_COUNTER = /^(?:件|宗|起|件次)$/;
const BODY_AFTER_BREAKDOWN =
  /^其中[,]?[\u4e00-\u9fa5]{0,10}?(?:调处中心|矛调中心|调解中心|调委会|调解委员会|工作室|调解室|司法所|派出所|办事处|人民法庭)/;

/**
 * 其中 opens a breakdown of what came before. A figure in it is a part when it would repeat the
 * metric of a figure it breaks down (法律援助案件11091件,其中农民工…574件) or when it splits a known
 * total by kinds that name another topic (法律援助案件…,其中行政案件155件). A narrower total under an
 * unrecognised one (排查纠纷1.2万件,其中人民调解…10856件) keeps its own metric.
 */
export function metricOf(
  items: readonly Scanned[],
  ctx: FigureContext,
): { metric: string | null; part: boolean } {
  if (isPartFigure(ctx.text)) return { metric: assignMetric(ctx.text, true), part: true };
  const metric = assignMetric(ctx.text);
  const at = breakdownAt(ctx.text.earlier + ctx.text.local);
  if (metric === null || at < 0) return { metric, part: false };
  const topic = figureTopic(ctx.text);
  // 其中市调处中心直接成功调处197件: one body named as the 其中's subject counts its own part of the cases, whatever stands
  // before (其中村委会设调委会3488个 counts committees, no cases).
  if (
    CASE_COUNTER.test(ctx.text.counter) &&
    BODY_AFTER_BREAKDOWN.test(ctx.text.local.slice(ctx.text.local.lastIndexOf('其中')))
  )
    return { metric: assignMetric(ctx.text, true), part: true };
  const wholes = brokenDown(items, ctx, ctx.sentence.start + at);
  if (concludedPartOfIntake(metric, wholes[0], ctx.text.local)) return { metric: null, part: true };
  for (const whole of wholes) {
    // 共调解行政争议纠纷18件,其中…行政复议申请受理后调解1件: a total of another kind of work (topic other) breaks down into
    // its own parts, whatever work their words name.
    if (
      whole.metric === null &&
      whole.change === null &&
      !whole.comparison &&
      topic !== 'other' &&
      figureTopic(whole.ctx.text) === 'other'
    )
      return { metric: assignMetric(ctx.text, true), part: true };
    // A total of every kind (see allKindsBeforePeoplesMediation) is no whole of people's mediation's figures.
    if (whole.metric === null || whole.mixed === true) continue;
    if (sameWork(whole.metric, metric) || figureTopic(whole.ctx.text) !== topic)
      return { metric: assignMetric(ctx.text, true), part: true };
  }
  return { metric, part: false };
}

/**
 * Does a part of metric `part` repeat what its whole counts? The same metric does; so do the applications received among
 * the cases accepted (受理…300件,其中新收280件), which take in those carried over. The accepted among those received
 * (收到…786件,其中受理720件) are no part but the accepted count.
 */
export const sameWork = (whole: string | null, part: string | null): boolean =>
  whole === part || (whole === 'review.accepted' && part === 'review.cases');

const INTAKE_METRICS = new Set(['litigation.cases', 'review.cases', 'review.accepted']);
const CONCLUDED_VERB = /审结|结案|办结/;
const OWN_VERB = /受理|收到|新收|收案|立案|办理|审结|结案|办结|审理|应诉/;

/**
 * 全市法院审结行政诉讼案件900件,其中一审615件: a part that names no verb of its own counts what its total counts, so
 * under a concluded total it is a concluded count, never the year's intake of suits or applications.
 */
function concludedPartOfIntake(metric: string, whole: Scanned | undefined, local: string): boolean {
  if (!INTAKE_METRICS.has(metric) || whole === undefined || whole.change !== null || whole.comparison)
    return false;
  const own = local.slice(local.lastIndexOf('其中') + 2);
  return CONCLUDED_VERB.test(whole.ctx.text.local) && !OWN_VERB.test(own);
}

/** The figures a 其中 at `opens` breaks down: those before it in its sentence, or in the sentence before when it opens one. */
function brokenDown(items: readonly Scanned[], ctx: FigureContext, opens: number): Scanned[] {
  const opensSentence = opens - ctx.sentence.start <= 1;
  const out: Scanned[] = [];
  let sentence: number | null = null;
  for (let j = items.length - 1; j >= 0; j--) {
    const item = items[j];
    if (item === undefined || item.fig.start < opens - MAX_LOOKBACK) break;
    if (item.fig.start >= opens) continue;
    const start = item.ctx.sentence.start;
    if (opensSentence ? (sentence ??= start) !== start : start !== ctx.sentence.start) break;
    out.push(item);
  }
  return out;
}

/** Where a figure's lookback starts: the sentence before its own, which may hold the figure it follows. */
export const previousSentenceStart = (item: Pick<Scanned, 'ctx'>): number =>
  item.ctx.sentence.start - 1 - item.ctx.text.previous.length;

/**
 * The nearest level before `item` in its sentence — or in the sentence before, when a 其中 opens `item`'s (…862件。
 * 其中一审615件): a figure that is neither a change nor a comparison point (and, given `accept`, one it accepts); else null.
 */
export function levelBefore(
  items: readonly Scanned[],
  item: Scanned,
  accept: (level: Scanned) => boolean = () => true,
): Scanned | null {
  const at = breakdownAt(item.ctx.text.earlier + item.ctx.text.local);
  const from = at >= 0 && at <= 1 ? previousSentenceStart(item) : item.ctx.sentence.start;
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < from) return null;
    if (before.change === null && !before.comparison && accept(before)) return before;
  }
  return null;
}

/**
 * A comparison point (较上年的1,000件) measures what the figure before it in the sentence measures — or, with none there,
 * a figure before it in its paragraph (全市调解纠纷3,000件。2022年为2,800件。), as previousSentenceStart reaches.
 */
export function comparedMetric(items: readonly Scanned[], ctx: FigureContext, fig: RawFigure): string | null {
  // 各镇(街道)作为被告的案件占比由上年的38%降至29%: a point that names a share of its own (占比, 比重, 比例), not in the clause
  // of the rate before it, is no point of that rate.
  const word = fig.unit === 'percent' ? rateWordBefore(ctx.text.local) : null;
  const own = word !== null && /(?:占比|比重|比例)$/.test(word) ? word : null;
  const reach = previousSentenceStart({ ctx });
  for (let j = items.length - 1; j >= 0; j--) {
    const before = items[j];
    if (before === undefined || before.fig.start < reach) break;
    if (before.fig.unit === fig.unit && !before.comparison && before.change === null)
      return own === null || before.ctx.text.clause.includes(own.slice(-3)) ? before.metric : null;
  }
  return null;
}

// 第三季度调解纠纷5218件,1-9月累计15937件; 上半年办理…案件620件,全年共1,310件: a clause of a span of the year alone
// (and 累计, 共) before its figure counts again what the sentence's figure before it counts, over that span.
const SPAN_ALONE =
  /^(?:今年|本年|全年)?(?:\d{1,2}(?:月份?)?[-—~至]\d{1,2}月份?|[上下]半年|前三季度|第?[一二三四]季度|今年以来|年初以来|年初至今|全年)(?:累计|共计|合计|总计|共)?(?:为|达到?)?$/;

/** The metric of the figure before in the sentence, for a figure whose clause names only a span of the year; else null. */
export function spanRestatedMetric(
  items: readonly Scanned[],
  ctx: FigureContext,
  fig: RawFigure,
): string | null {
  if (!SPAN_ALONE.test(ctx.text.local)) return null;
  const before = items[items.length - 1];
  if (before === undefined || before.fig.start < ctx.sentence.start || before.fig.unit !== fig.unit)
    return null;
  return before.change === null && !before.comparison ? before.metric : null;
}

/** The metric a change's own subject names (人民调解案件总量较去年增长…); undefined when it names none. */
function subjectMetric(
  item: Scanned,
  change: YoyChange,
  unit: Unit,
  counter: string,
): string | null | undefined {
  if (topicOf(change.subject, '', '') === null) return undefined;
  const t = item.ctx.text;
  return assignMetric({ ...t, unit, counter, local: change.subject, clause: change.subject, following: '' });
}

// 纠错率同比下降19%: a change whose subject is a rate word changes that rate.
const RATE_SUBJECT = /(?:率|比例|占比|比重)$/;

/** What the changed figure counts: a rate for points or a rate named, the change's own unit for an absolute change. */
function changedUnit(item: Scanned, change: YoyChange): [Unit, string] {
  if (change.kind === 'points' || (change.kind === 'percent' && RATE_SUBJECT.test(change.subject)))
    return ['percent', '%'];
  if (change.kind === 'absolute') return [item.fig.unit, item.fig.counter];
  return ['count', '件'];
}

// 较上年增加35件,达到186件: the figure a change applies to can follow it.
const RESULT = /^(?:达到|达|增至|升至|降至|减至|增加到|减少到|上升到|下降到|共计|总计|总数为|为|至)$/;

function resultOf(items: readonly Scanned[], i: number): Scanned | null {
  const item = items[i];
  const next = items[i + 1];
  if (item?.change == null || next === undefined || next.change !== null) return null;
  if (next.ctx.sentence.start !== item.ctx.sentence.start || !RESULT.test(next.ctx.text.local)) return null;
  return canQualify(item.change, next.fig, item.fig) ? next : null;
}

// 由2022年的1.05万件增加到1.2万件, 出庭应诉率由85%提升至100%, 从上年的9,800件回落到…: the level a comparison point
// moved to. One with its own year (…增长至2022年的3,300件) is that year's, not the point's move: left alone.
// The verbs are reportYear's rise or fall (RISE_VERB), and 回落.
// 增加到2023年的1,203件: the year it moved to may stand right before the figure, never elsewhere after the verb.
// 由7,352件(2015年)增至…: the point's own year may stand in a bracket right after it.
const MOVED_TO = new RegExp(
  `^(?:${YEAR_IN_BRACKET})?(?:(?:${RISE_VERB}|回落)(?:到|至)|达到)(?!.*(?:19|20)\\d{2}年(?!度?的?$))`,
);

/** The comparison point a level moved from (由…的85%提升至100%): the figure right before it in its sentence, or null. */
export function movedFrom(items: readonly Scanned[], ctx: FigureContext): Scanned | null {
  const from = items[items.length - 1];
  if (from?.comparison !== true || from.fig.start < ctx.sentence.start) return null;
  return from.fig.unit === ctx.text.unit && MOVED_TO.test(ctx.text.local) ? from : null;
}

/** A result figure (…,达到186件) measures what the change before it names. */
export function resultMetric(items: readonly Scanned[], ctx: FigureContext): string | null {
  const change = items[items.length - 1];
  if (change?.change == null || !RESULT.test(ctx.text.local)) return null;
  return subjectMetric(change, change.change, ctx.text.unit, ctx.text.counter) ?? null;
}

/**
 * What a change measures: its base's metric, else the one its own words name (案件受理量同比增长79.3%
 * with no count beside it), else null. A change is never a level, but a reader needs to know of what.
 */
export function changedMetric(items: readonly Scanned[], i: number, base: Scanned | null): string | null {
  // The change of a part, a body's count, a cumulative figure or a mixed total is not the region's change.
  if (base !== null) return base.scope === 'region' && base.mixed !== true ? base.metric : null;
  const item = items[i];
  if (item?.change == null) return null;
  return subjectMetric(item, item.change, ...changedUnit(item, item.change)) ?? null;
}

// A level rises or falls (提高, 上升); a quantity grows (增长, 增加): 调解成功率98%,同比增长12% is the count's growth.
const LEVEL_VERB = /(?:提高|提升|上升|下降|降低|回落)了?$/;

/**
 * 调解成功率98.2%,同比上升0.4%: a percent change that opens its clause with a level's verb right after a rate
 * changes that rate. The page may mean points or a relative change, so no prior-year value is read from it.
 */
export function rateBefore(items: readonly Scanned[], i: number): Scanned | null {
  const item = items[i];
  const before = items[i - 1];
  if (item?.change?.kind !== 'percent' || item.change.subject !== '' || before === undefined) return null;
  if (!LEVEL_VERB.test(item.ctx.text.local)) return null;
  if (before.fig.unit !== 'percent' || before.change !== null || before.comparison) return null;
  return before.fig.start >= item.ctx.sentence.start ? before : null;
}

/**
 * 调解纠纷1.5万件,调解成功1.48万件,同比分别增长9%和8.5%: the k-th change of a 分别 run qualifies the k-th of as many
 * figures right before the run. Undefined when the change is in no such run.
 */
function respectiveBase(items: readonly Scanned[], i: number): Scanned | null | undefined {
  const item = items[i];
  if (item?.change == null) return undefined;
  // The run: the change that opens it (分别) and the changes joined to it.
  let first = i;
  while (items[first]?.joined === true) first--;
  let last = i;
  while (items[last + 1]?.joined === true) last++;
  const head = items[first];
  if (last === first || head === undefined) return undefined;
  // Every change of the run reads the figures before it in the sentence of its first change.
  const sentence = head.ctx.sentence.start;
  const bases: Scanned[] = [];
  for (let j = first - 1; j >= 0 && bases.length <= last - first; j--) {
    const base = items[j];
    if (base === undefined || base.fig.start < sentence) break;
    if (base.change === null && !base.comparison) bases.unshift(base);
  }
  const base = bases.length === last - first + 1 ? bases[i - first] : undefined;
  if (base === undefined) return undefined;
  return canQualify(item.change, base.fig, item.fig) ? base : null;
}

/** The figure a change qualifies: the one its own subject names, else the nearest before it, else the result after it. */
export function changeBase(items: readonly Scanned[], i: number): Scanned | null {
  const item = items[i];
  if (item?.change == null) return null;
  const listed = respectiveBase(items, i);
  if (listed !== undefined) return listed;
  const rate = rateBefore(items, i);
  if (rate !== null) return rate;
  const change = item.change;
  const wanted = subjectMetric(item, change, ...changedUnit(item, change));
  if (wanted === null) return null;
  // 命案发生率同比下降57%: a percent change of a rate the catalogue does not know changes no count before it.
  if (wanted === undefined && change.kind === 'percent' && RATE_SUBJECT.test(change.subject)) return null;
  for (let j = i - 1; j >= 0; j--) {
    const base = items[j];
    if (base === undefined || base.fig.start < item.ctx.sentence.start) break;
    if (base.change !== null || base.comparison || !canQualify(change, base.fig, item.fig)) continue;
    // …1200件(2022年为1100件),同比增长9.1%: a change with no words of its own is not of a figure in a bracket closed
    // before it (…(新收案件649件,旧存案件144件),新收案件同比下降16.04% names its own).
    if (change.subject === '' && base.aside !== undefined && base.aside <= item.fig.start) continue;
    if (wanted === undefined || base.metric === wanted) return base;
  }
  return resultOf(items, i);
}
