// 区政府收到行政复议申请281件……。从审理结果看,审结的262件行政复议案件中,直接纠错56件: a paragraph that opened on one
// body's own count goes on about that body until a sentence names another subject, so a figure of the same work in a
// later sentence with no subject of its own is that body's too, not the region's.
import type { Scanned } from './figureRelations.ts';
import { fullSentenceStart, MAX_LOOKBACK } from './sentences.ts';
import { namesTheWholeRegion } from './subUnit.ts';

/** The theme of a catalogue metric: its id's first part (legal_aid of legal_aid.cases), or null without a metric. */
export const metricTheme = (metric: string | null): string | null =>
  metric === null ? null : (metric.split('.')[0] ?? null);

/** The work whose counts a body keeps as its own (see governmentOwn in scope.ts). */
const BODY_WORK: ReadonlySet<string | null> = new Set(['review', 'litigation', 'legal_aid']);
// A subject of the sentence's own: a body, an office, a level, a place (全区, 各级, 市政府, 司法局, 中心, 县, 乡镇).
const OWN_SUBJECT = /政府|机关|机构|部门|单位|[局厅委办所处]|中心|[省市区县州盟旗乡镇]|街道|法院/;

/** Is the figure at `at` one of a 其中 breakdown: does its sentence (to its full stop) say 其中 before it? */
function inABreakdown(norm: string, at: number): boolean {
  return norm.slice(fullSentenceStart(norm, at, Math.max(0, at - MAX_LOOKBACK)), at).includes('其中');
}

const topicOf = (item: Scanned): string | null => {
  const theme = metricTheme(item.metric);
  return BODY_WORK.has(theme) ? theme : null;
};

/** Marks as `government_own` each region claim that carries on the paragraph's body's own count; returns the items. */
export function carryBodyOver(items: Scanned[], norm: string): Scanned[] {
  items.forEach((item, i) => {
    const topic = topicOf(item);
    if (item.scope !== 'region' || topic === null) return;
    const before = norm.slice(item.ctx.sentence.start, item.fig.start);
    if (namesTheWholeRegion(before) || OWN_SUBJECT.test(before)) return;
    // The nearest figure of the same work before, in an earlier sentence of the same paragraph.
    for (let j = i - 1; j >= 0; j--) {
      const earlier = items[j];
      if (earlier === undefined || norm.slice(earlier.fig.end, item.fig.start).includes('\n')) return;
      if (earlier.ctx.sentence.start === item.ctx.sentence.start || topicOf(earlier) !== topic) continue;
      // A comparison (较2020年172件, 增长63%) belongs to the count before it.
      if (earlier.scope === 'change' || earlier.scope === 'prior_year') continue;
      // …共收案1.52万件。其中,市政府本级收案2,064件…;38个区县政府共收案1.31万件。全年通过调解、和解方式结案3,871件: a 其中
      // breakdown into the bodies' own counts is an aside of the total; the next sentence with no subject is the whole's.
      if (earlier.scope === 'government_own' && !inABreakdown(norm, earlier.fig.start))
        item.scope = 'government_own';
      return;
    }
  });
  return items;
}
