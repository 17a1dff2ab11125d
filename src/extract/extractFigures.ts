// Report text → candidate figures. Pure and synchronous; runs in Node and in the browser.
import { carryBodyOver } from './bodyCarriedOver.ts';
import { assignMetric, figureTopic, isMoneyPerUnit } from './assignMetric.ts';
import { basisOf } from './basis.ts';
import { changeEvidence, figureEvidence } from './evidence.ts';
import { asideEnd, closedBrackets, yearInBracketAfter } from './brackets.ts';
import { pastAnAsideSpan } from './asideSpan.ts';
import { allInstancesTotal } from './firstInstance.ts';
import { taskSetOnLine } from './taskList.ts';
import { receivedAndCarriedTotal } from './newAndCarriedOver.ts';
import { countOfABareShare } from './shareOfTotal.ts';
import { rateOfAPart } from './rateOfAPart.ts';
import { figureContext } from './figureContext.ts';
import {
  changeBase,
  changedMetric,
  comparedMetric,
  metricOf,
  movedFrom,
  resultMetric,
  spanRestatedMetric,
  type Scanned,
} from './figureRelations.ts';
import { namesAHigherRegion, namesAnotherRegion, namesInText, type NamesInText } from './divisionNames.ts';
import type { NormalizedText } from './normalizeText.ts';
import { readingText } from './readingText.ts';
import { openingLineSpans } from './pageSubject.ts';
import { scopeByPageSubject } from './pageScopes.ts';
import { readLaterYears } from './laterYears.ts';
import { REVIEW_OUTCOMES } from './metricRules.ts';
import { readPlansAsTargets } from './plansAhead.ts';
import { headingAbove } from './headingAbove.ts';
import { periodIndex, spanYears, type PeriodAt, type PeriodReading } from './period.ts';
import {
  comparedYear,
  inferReportYear,
  listedYear,
  MOVES_TO,
  opensWithPriorYear,
  statedYear,
  withoutYearLists,
  yearMovedTo,
} from './reportYear.ts';
import { scanFigures } from './scanFigures.ts';
import { capsFromAbove, setsAFloor } from './qualifier.ts';
import { fullSentenceStart } from './sentences.ts';
import { afterLastWhole, breakdownAt, namesTheWholeRegion } from './subUnit.ts';
import { figureScope, namesGovernmentsOfTheUnits, quotesAHigherRegion, regionLevel } from './scope.ts';
import { readTitlesAsText } from './titleRestatesText.ts';
import {
  acceptedUnderReceived,
  concludedOrCases,
  handledBeforeResolved,
  allKindsBeforePeoplesMediation,
  mixedTotal,
  peoplesMediationOfAll,
  recoveredOfAKind,
  resolvedAlone,
  partsBeforeTotal,
  sameSentenceRole,
  sumOfYears,
  splitsByTopic,
} from './sentenceRoles.ts';
import type { Candidate, ExtractOptions } from './types.ts';
import { nextInRun, priorValue, readOpenedYoy, readYoy, VERB as CHANGE_VERB } from './yoy.ts';

// 2021年败诉率为20.2%,2022年为15.5% (or (2022年为…), 而2022年仅为…, 2023年提升到…): a clause of only a year measures what the
// figure before it measures.
// The year may be cut to its first months (2024年1-10月为8.85%, 2025年前三季度…) and take an adverb (2024年则下降为6.2%).
const YEAR_ONLY = new RegExp(
  '^[(]?而?(?:19|20)\\d{2}年度?' +
    '(?:(?:1|一)?[-—~至到](?:\\d{1,2}|[一二三四五六七八九十]{1,2})月份?|前(?:\\d{1,2}|[一二三四五六七八九十]{1,2})个?月|上半年|前三季度|[一二三四]季度)?' +
    '(?:则|仍|又|更|再|进一步)?(?:仅|只)?' +
    `(?:为|是|达到?|${MOVES_TO}|降至|升至|增至|减至|降为)?:?$`,
);

// The outcomes of reviews decided (维持, 撤销, 确认违法, 驳回, 终止…): parts of the count concluded, none a count of it.
const REVIEW_OUTCOME = new RegExp(`${REVIEW_OUTCOMES}|责令|撤回|不予受理`);

// A change's words and amount (年均增长14.2%, 同比下降3个百分点), its verbs those yoy.ts reads.
const CHANGE_WORDS = new RegExp(`(?:年均|平均|同比|环比)?${CHANGE_VERB}[\\d.]+(?:%|个百分点)`, 'g');

// The words that compare a change with its own year (同比, 较上年, 比上年, 与…相比).
const COMPARES = /同比|环比|较|比|与/;

/** A cap so that adversarial input (a megabyte of "1件") stays bounded in memory and time. */
export const MAX_FIGURES = 100_000;

function derive(
  original: string,
  norm: NormalizedText,
  item: Scanned,
  base: Scanned,
  reportYear: number | undefined,
): Candidate | null {
  if (item.change === null) return null;
  // A rate "up 0.4%" may be points or a relative change (rateBefore): no prior value is read from it.
  if (item.change.kind === 'percent' && base.fig.unit === 'percent') return null;
  const value = priorValue(item.change, base.fig);
  if (value === null) return null;
  const baseYear = base.year ?? reportYear;
  const year = item.change.year ?? (baseYear === undefined ? undefined : baseYear - 1);
  const ev = changeEvidence(original, norm, base.fig, base.ctx, item.fig, item.ctx) ?? item.evidence;
  if (ev === null) return null;
  const c: Candidate = {
    metric: base.mixed === true ? null : base.metric,
    value,
    unit: base.fig.unit,
    qualifier: 'derived',
    evidence: ev.evidence,
    offset: ev.offset,
    // The prior year of a part, a body's count or a cumulative figure is still one.
    scope: base.scope === 'region' ? 'prior_year' : base.scope,
  };
  if (year !== undefined) c.year = year;
  return c;
}

/**
 * A span of years named by the heading right above the figure's paragraph (一、过去五年工作回顾); asked only when the
 * paragraph states no period before the figure (only whitespace stands between the heading and the paragraph). A
 * vague one (近年来) is left: headings use it for a section's ways of working.
 */
function spanOfHeading(norm: string, periodAt: PeriodAt, paragraphStart: number): PeriodReading | null {
  const heading = headingAbove(norm, paragraphStart);
  if (heading === null) return null;
  const read = periodAt(heading.start, heading.end);
  return read?.cumulative === true && read.vague !== true ? read : null;
}

// 去年以来,天水市…。(a heading) …共排查各类矛盾纠纷12326件: a page that opens with the span it reports on — since a year,
// since last year, this year so far — frames each later figure whose paragraph names no period or year of its own.
// “十四五”期间, 近五年来 opening the page frame it too.
const OPENING_SPAN =
  /^(?:自|从)?(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:份)?)?以来|(?:去年|上年)(?:\d{1,2}月(?:份)?)?以来|今年以来|年初以来|[“"]?十[一二三四五]五[”"]?(?:期间|以来|时期)|(?:近|过去)[\d一二两三四五六七八九十]{1,2}年(?:来|以来|间)?)/;

// 近年来,市矛盾纠纷调处中心…。截至目前,共受理…: a running total to date, in a paragraph opened by an open span of years,
// sums over that span.
function toDateAfterASpan(
  norm: string,
  periodAt: PeriodAt,
  paragraphStart: number,
  figureStart: number,
  period: PeriodReading | null,
): PeriodReading | null {
  if (period === null || period.cumulative || !/^截至(?:目前|当前|现在|发稿时)/.test(period.period.phrase))
    return period;
  const at = norm.lastIndexOf('截至', figureStart);
  const before = at > paragraphStart ? periodAt(paragraphStart, at) : null;
  // Only an open span (近年来, 成立以来): one that closed (十三五期间…。截至目前,…同比增长…) leaves this year's to date.
  const open = before?.vague === true || before?.period.kind === 'unknown';
  return before?.cumulative === true && open ? { period: period.period, cumulative: true } : period;
}

function pageOpeningSpan(
  norm: string,
  periodAt: PeriodAt,
  reportYear: number | undefined,
): { reading: PeriodReading; end: number } | null {
  const titles = new Set(openingLineSpans(norm).map((t) => t.start));
  let start = 0;
  while (titles.has(start)) {
    const next = norm.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  const m = OPENING_SPAN.exec(norm.slice(start));
  if (m === null) return null;
  const reading = periodAt(start, start + m[0].length);
  // Since the report's own year (2022年以来 opening a 2022 report) is this year so far: each figure says its own.
  if (reading === null || (reading.cumulative && reading.period.from === reportYear)) return null;
  const end = norm.indexOf('\n', start);
  return { reading, end: end < 0 ? norm.length : end };
}

/** Where the last mention of a span's phrase ends in `text`; 0 when the span is named elsewhere (a heading). */
function afterPhrase(text: string, phrase: string): number {
  const at = text.lastIndexOf(phrase);
  return at < 0 ? 0 : at + phrase.length;
}

/** Where the clause of a 分别 list starts: after the last clause break before its 分别. */
function listClauseStart(norm: string, sentence: number, start: number): number {
  const at = norm.lastIndexOf('分别', start);
  const head = norm.slice(sentence, at < sentence ? start : at);
  return sentence + Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
}

/** The year a 分别 list of years gives the figure at `start` (see listedYear) and its place in the list, or undefined. */
function yearOfList(
  norm: string,
  items: readonly Scanned[],
  ctx: Scanned['ctx'],
  start: number,
): { year: number; index: number } | undefined {
  const sentence = ctx.sentence.start;
  if (!norm.slice(sentence, start).includes('分别')) return undefined;
  // …分别办理…3.71万件,三年累计10.11万件;为受援群众挽回经济损失分别为5.6亿元、6.1亿元和7.3亿元: a list after a semicolon
  // may go on with the years its sentence listed before it, to the full stop before (within the figure's paragraph, as
  // far back as its context reads).
  const before = norm.slice(ctx.paragraphStart, sentence);
  const from = ctx.paragraphStart + Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1;
  const prefix = norm.slice(from, start);
  const at = prefix.lastIndexOf('分别');
  let k = 0;
  for (let j = items.length - 1; j >= 0 && (items[j]?.fig.start ?? -1) > from + at; j--) k++;
  const year = listedYear(prefix, k);
  return year === undefined ? undefined : { year, index: k };
}

// 受理量首次突破300件,达326件: a threshold passed, then the figure itself.
const REACHED = /^(?:达到?|为|共)$/;

/** The threshold the figure at `ctx` says was passed (突破300件,达326件), or null. */
function passedThreshold(
  items: readonly Scanned[],
  ctx: Scanned['ctx'],
  fig: Scanned['fig'],
): Scanned | null {
  const before = items[items.length - 1];
  if (before === undefined || before.fig.start < ctx.sentence.start || !REACHED.test(ctx.text.local))
    return null;
  const passed =
    before.fig.qualifier === 'lower_bound' && before.fig.unit === fig.unit && before.fig.value < fig.value;
  return passed && before.change === null ? before : null;
}

// 共受理…5632件,其中市本级927件、县区4705件: a total broken down by level right after it is the region's, whatever the heading.
const BROKEN_DOWN_BY_LEVEL = /^[^。;]{0,3}其中[^。;]{0,4}(?:本级|县|区|旗)/;

function scan(
  norm: string,
  reportYear: number | undefined,
  region: string | undefined,
  names: NamesInText | undefined,
  ownNames: readonly string[] | undefined,
): Scanned[] {
  const level = regionLevel(region);
  const figures = scanFigures(norm, MAX_FIGURES);
  const periodAt = periodIndex(norm, reportYear);
  const opening = pageOpeningSpan(norm, periodAt, reportYear);
  const items: Scanned[] = [];
  const brackets = closedBrackets(norm);
  figures.forEach((fig, i) => {
    const ctx = figureContext(norm, figures, i);
    if (ctx === null) return;
    const last = items[items.length - 1];
    // The change before opens a 分别 run or continues one, and starts in this figure's sentence (in a long one each
    // figure's sentence starts at most MAX_LOOKBACK back, so two of its figures need not share a start).
    const inRun =
      last?.change != null &&
      last.fig.start >= ctx.sentence.start &&
      (last.joined === true || last.ctx.text.local.includes('分别'));
    const own =
      readYoy(ctx.text.local, fig) ?? readOpenedYoy(ctx.text.earlier + ctx.text.local, ctx.text.local, fig);
    const change =
      own ??
      (inRun && last.change !== null
        ? nextInRun(last.change, norm.slice(last.fig.end, fig.start), fig)
        : null);
    const previousYear = reportYear === undefined ? undefined : reportYear - 1;
    const compared = comparedYear(ctx.text.local, previousYear, ctx.text.following);
    let { metric, part } =
      change !== null || fig.multiple ? { metric: null, part: false } : metricOf(items, ctx);
    if (compared !== null && metric === null) metric = comparedMetric(items, ctx, fig);
    const from = change === null ? movedFrom(items, ctx) : null;
    if (metric === null && from !== null) metric = from.metric;
    // 邻里家事纠纷化解成功率从2020年的95.3%提升至2022年的98.4%: the level moved to is of what the start is of, a part too.
    if (from?.part === true) part = true;
    if (metric === null && change === null)
      metric = resultMetric(items, ctx) ?? spanRestatedMetric(items, ctx, fig);
    const threshold = metric === null && change === null ? passedThreshold(items, ctx, fig) : null;
    if (threshold !== null) {
      metric = threshold.metric;
      threshold.metric = null;
    }
    const prefix = ctx.text.earlier + ctx.text.local;
    // A change in a list of years takes its year from the list too (分别增长10%、12%), but no metric.
    const listed = yearOfList(norm, items, ctx, fig.start);
    if (listed !== undefined && change === null) {
      if (listed.index > 0) {
        // The later items count what the first counts.
        metric = comparedMetric(items, ctx, fig);
      } else if (metric === null) {
        // The list's items are the years; the words of its clause name what all of them count (2022年、2023年审结案件
        // 分别为…), else the figure before (受理…300件,2022年、2023年分别为…) or the sentence's words around the years.
        const words = withoutYearLists(norm.slice(ctx.sentence.start, fig.start));
        const own = withoutYearLists(
          norm.slice(listClauseStart(norm, ctx.sentence.start, fig.start), fig.start),
        );
        metric =
          assignMetric({ ...ctx.text, local: own, clause: own }) ??
          comparedMetric(items, ctx, fig) ??
          assignMetric({ ...ctx.text, local: words, clause: words });
      }
    } else if (change === null && YEAR_ONLY.test(ctx.text.local)) {
      // Whatever the words of the sentence name (公证…挽回损失300万元,2022年为280万元 is no 公证 amount); with no figure
      // before it, the sentence's words before the year name it (…法律援助案件数量连续五年增长,2023年达到12,563件).
      // A change before (年均增长14.2%) names how the level grew, no average of it.
      const words = (ctx.text.earlier + ctx.text.local).replace(CHANGE_WORDS, '');
      // (…案件年均增长14.2%,2022年达到2.3万件: a percent before a count, a rate or a change, names nothing of it.)
      const alone = !items.some(
        (before) =>
          before.ctx.sentence.start === ctx.sentence.start &&
          (before.fig.unit !== 'percent' || fig.unit === 'percent'),
      );
      metric =
        comparedMetric(items, ctx, fig) ??
        (alone ? assignMetric({ ...ctx.text, local: words, clause: words, subject: words }) : null);
    }
    // A list's or a year clause's figure takes its metric from elsewhere: money per unit (2711元/月) still takes none.
    if (isMoneyPerUnit(fig.unit, norm.slice(fig.end, fig.end + 4))) metric = null;
    const opensPrior = reportYear !== undefined && opensWithPriorYear(prefix) ? reportYear - 1 : undefined;
    // …820件,上年受理700件: a later clause opened by the year before speaks of it, whatever year opened the sentence.
    const clausePrior =
      reportYear !== undefined && opensWithPriorYear(ctx.text.clause) ? reportYear - 1 : undefined;
    // 从2021年的3,100件增长至2022年的3,300件, 增加到2022年的1,203件: a level moved to has the year named right before it;
    // 由7,352件(2015年)增至11,086件(2020年): a figure has the year in a bracket right after it.
    const ownYear = yearInBracketAfter(norm, fig.end) ?? yearMovedTo(ctx.text.local);
    // …2022年办理法律援助案件742件,今年前三季度办理589件: a clause opened by this year speaks of the report's year, whatever
    // year the sentence named before.
    const stated = THIS_YEAR_OPENS.test(ctx.text.clause) ? reportYear : statedYear(prefix);
    let year =
      listed?.year ?? ownYear ?? (compared === null ? (clausePrior ?? stated ?? opensPrior) : compared);
    // One year of a list of years is no span of them (2021年至2023年分别为…), nor is a level with its own year
    // (…以来,…从2020年的95.3%提升至2022年的98.4%).
    let period =
      listed === undefined && ownYear === undefined
        ? (toDateAfterASpan(
            norm,
            periodAt,
            ctx.paragraphStart,
            fig.start,
            pastAnAsideSpan(
              norm,
              periodAt,
              ctx.paragraphStart,
              fig.start,
              periodAt(ctx.paragraphStart, fig.start),
            ),
          ) ??
          spanOfHeading(norm, periodAt, ctx.paragraphStart) ??
          (opening !== null &&
          fig.start > opening.end &&
          (year === undefined || year === reportYear) &&
          compared === null &&
          stated === undefined
            ? opening.reading
            : null))
        : null;
    // 2022年县行政复议机关受理…254件。行政复议调解和解率达到24.5%: a whole earlier year, stated in a sentence before, is no
    // period of a figure of the report's own year.
    // (去年/上年 before may be the report's own year on a page of the next year: left.)
    if (
      period?.period.kind === 'full_year' &&
      (year === undefined || year === reportYear) &&
      period.period.from !== undefined &&
      reportYear !== undefined &&
      period.period.from < reportYear &&
      !prefix.includes(period.period.phrase)
    )
      period = null;
    // 2019年至2021年,…分别达到21.1%、65.5%、80.4%,2022年7月(or 2021年7月, 2018年7月),…已达到100%: a year stated after a
    // closed span and before the figure dates the figure instead.
    if (
      period?.period.kind === 'multi_year' &&
      stated !== undefined &&
      prefix.lastIndexOf(`${stated}年`) >= afterPhrase(prefix, period.period.phrase)
    )
      period = null;
    // 2015年到2017年, 五年来,…出庭应诉率从47.97%增长至62.83%: a move between two levels over a span of years starts in its
    // first year and ends in its last, no sum over the span.
    if (from !== null && period?.cumulative === true) {
      const span = spanYears(period.period, year ?? reportYear);
      if (span !== null) {
        from.year = span.from;
        year = span.to;
        period = null;
      }
    }
    const topic = figureTopic(ctx.text);
    const item: Scanned = {
      fig,
      ctx,
      change,
      metric,
      part,
      year,
      evidence: null,
      comparison: compared !== null,
      scope: 'region',
      aside: asideEnd(norm, brackets, fig.start, fig.end),
    };
    item.period = period?.period;
    // 共新收公民、法人或其它组织的行政复议申请205件: a 、 ends a clause, but the verb before it still counts the figure.
    const listedWords = ctx.text.earlier.endsWith('、') ? (/[^,;:]*$/.exec(ctx.text.earlier)?.[0] ?? '') : '';
    item.basis = basisOf(listedWords + ctx.text.local, topic, fig.unit);
    item.metric = concludedOrCases(items, item);
    if (taskSetOnLine(norm, fig.end)) item.metric = null;
    const handled = handledBeforeResolved(items, item);
    if (handled !== null) handled.metric = 'mediation.cases';
    else if (resolvedAlone(items, item)) item.metric = 'mediation.cases';
    // A total split into instances (…862件,其中一审615件) or into new and carried-over cases (…1,410件,其中新收1,320件,
    // 结转90件) is no count of the metric; its 一审 or 新收 part is.
    const splitTotal = allInstancesTotal(items, item) ?? receivedAndCarriedTotal(items, item, norm);
    if (splitTotal !== null) {
      if (splitTotal.metric !== 'litigation.all_instance_cases') splitTotal.metric = null;
      item.part = part = false;
      item.metric = assignMetric(ctx.text);
    }
    const shared = countOfABareShare(items, item);
    if (shared !== null) {
      shared.part = true;
      shared.metric = null;
      shared.scope = 'sub_category';
    }
    if (acceptedUnderReceived(items, item)) {
      item.part = part = false;
      item.metric = 'review.accepted';
    }
    for (const before of partsBeforeTotal(items, item)) {
      before.part = true;
      before.metric = assignMetric(before.ctx.text, true);
      before.scope = 'sub_category';
    }
    const role = sameSentenceRole(items, item);
    if (role === 'part') {
      item.part = part = true;
      item.metric = assignMetric(ctx.text, true);
    }
    if (role === 'accepted') item.metric = 'review.accepted';
    const sum = sumOfYears(items, item, norm);
    if (sum !== null) {
      sum.scope = 'cumulative';
      item.part = part = false;
      item.metric = sum.metric;
    }
    if (recoveredOfAKind(items, item)) item.part = part = true;
    if (rateOfAPart(items, item)) {
      item.part = part = true;
      item.metric = assignMetric(ctx.text, true);
    }
    const allKinds = allKindsBeforePeoplesMediation(items, item);
    if (allKinds.length > 0) {
      for (const whole of allKinds) whole.mixed = true;
      item.part = part = false;
      item.metric = assignMetric(ctx.text);
    }
    const mixed = mixedTotal(items, item);
    if (mixed !== null) {
      mixed.mixed = true;
      // The parts run to the full stop (复议案件2448件…;行政应诉案件2165件…。).
      const after = /^[^。\n]{0,120}/.exec(norm.slice(fig.end, fig.end + 120))?.[0] ?? '';
      // A change that is the first part keeps no metric (changedMetric names what it changes).
      if (change === null && (splitsByTopic(item, after) || peoplesMediationOfAll(item))) {
        item.part = part = false;
        item.metric = assignMetric(ctx.text);
      }
    }
    const said = from === null ? ctx.text.subject : from.ctx.text.subject + ctx.text.local;
    // A paragraph under a heading that names one body is that body's, save where its words name the whole region.
    const subject =
      ctx.bodyAbove !== '' &&
      !namesTheWholeRegion(said) &&
      !BROKEN_DOWN_BY_LEVEL.test(norm.slice(fig.end, fig.end + 16))
        ? `${ctx.bodyAbove},${said}`
        : said;
    item.scope = figureScope({
      topic,
      change: change !== null,
      earlier: compared !== null || (year !== undefined && reportYear !== undefined && year < reportYear),
      part,
      period,
      percent: fig.unit === 'percent',
      subject,
      clause: ctx.text.clause,
      sentencePrefix: prefix,
      // (Read for suits only: a court's words may stand before a semicolon.)
      ...(topic === 'litigation'
        ? {
            fullSentencePrefix: norm.slice(
              fullSentenceStart(norm, ctx.sentence.start, Math.max(0, ctx.sentence.start - 300)),
              fig.start,
            ),
          }
        : {}),
      after: norm.slice(fig.end, fig.end + 14),
      level,
      region,
      names,
      ownNames,
      year: year ?? reportYear,
    });
    // A body's own share of a total keeps the metric it counts (其中市本级收到行政复议申请893件).
    if (item.scope === 'government_own' && item.part) item.metric = assignMetric(ctx.text);
    // Named by the body alone (其中市本级1,300件, 其中…各县(市、区)政府收到1,593件), it counts what the total it breaks down
    // counts (not an outcome of the body's reviews: 审结11件,其中维持8件、撤销2件).
    if (
      (item.scope === 'government_own' ||
        (item.scope === 'sub_category' &&
          namesGovernmentsOfTheUnits(prefix, afterLastWhole(ctx.text.subject)))) &&
      item.metric === null &&
      breakdownAt(prefix) >= 0 &&
      !REVIEW_OUTCOME.test(ctx.text.local)
    )
      item.metric = comparedMetric(items, ctx, fig);
    // A court's figure is no count of the government's, and its mediation never people's mediation (issue 14: the
    // corpus maps it to a court.* metric, which no rule here names).
    if (item.scope === 'court') item.metric = null;
    if (
      capsFromAbove(norm.slice(fig.start, fig.end)) ||
      setsAFloor(norm.slice(fig.start, fig.end), norm.slice(Math.max(0, fig.start - 2), fig.start))
    )
      item.metric = null;
    // The province's or the city above's figure claims nothing for this region, whatever year or part it is.
    if (
      quotesAHigherRegion(subject, level, region, topic, ownNames) ||
      namesAHigherRegion(subject, names) ||
      namesAnotherRegion(subject, names, () =>
        norm.slice(Math.max(0, ctx.sentence.start - 600), ctx.sentence.start),
      )
    )
      item.metric = null;
    // The run goes on with a change joined by 和/、, or with one whose clause, the next, opens with its verb (、下降3%);
    // one with a comparison or a subject of its own (,调解成功率同比提高0.5个百分点), or further on, starts afresh.
    if (inRun && change !== null) {
      const nextClause = ctx.clause.start === last.fig.end + 1;
      if (own === null || (own.subject === '' && nextClause && !COMPARES.test(ctx.text.local)))
        item.joined = true;
    }
    items.push(item);
  });
  return items;
}

const THIS_YEAR_OPENS = /^(?:今年|本年度?)(?!同期|以前|之前)/;

function extract(original: string, options: ExtractOptions): Candidate[] {
  const norm = readingText(original);
  const reportYear = options.year ?? inferReportYear(norm.text);
  const items = scan(
    norm.text,
    reportYear,
    options.region,
    namesInText(norm.text, options.names),
    options.names?.own,
  );
  scopeByPageSubject(items, norm.text, options, reportYear);
  readPlansAsTargets(items, norm.text, reportYear);
  readLaterYears(items, norm.text, reportYear, original);
  readTitlesAsText(items, norm.text);
  carryBodyOver(items, norm.text);
  for (const item of items) item.evidence = figureEvidence(original, norm, item.fig, item.ctx);
  const out: Candidate[] = [];
  items.forEach((item, i) => {
    const base = changeBase(items, i);
    if (!item.fig.multiple && item.evidence !== null) {
      const { fig, change } = item;
      const c: Candidate = {
        // A change keeps the metric it changes and its sign (较上年下降3.2% → -3.2), never as a level.
        metric: change !== null ? changedMetric(items, i, base) : item.mixed === true ? null : item.metric,
        value: change === null ? fig.value : change.sign * fig.value,
        unit: fig.unit,
        qualifier: fig.qualifier,
        evidence: item.evidence.evidence,
        offset: item.evidence.offset,
        scope: item.scope,
      };
      const year = item.year ?? reportYear;
      if (year !== undefined) c.year = year;
      if (item.period !== undefined) c.period = item.period;
      if (item.basis !== undefined) c.basis = item.basis;
      out.push(c);
    }
    const derived = base === null ? null : derive(original, norm, item, base, reportYear);
    if (derived !== null) out.push(derived);
  });
  return out;
}

/**
 * Candidate figures of a report. Never throws: input that is not a string, or any internal failure,
 * gives an empty list. `offset` is the evidence start in `text` (UTF-16 code units).
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Candidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return extract(text, options);
  } catch {
    return [];
  }
}
