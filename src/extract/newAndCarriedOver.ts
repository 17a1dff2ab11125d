// 全年共有行政复议案件1,410件,其中新收1,320件,上年结转90件 (or ,新收1,320件,上年结转90件 with no 其中): review.cases
// counts the applications newly received in the year, so a total that also holds the cases carried over is no count
// of them, and its 新收 count is (its 受理 count is the accepted count: 其中受理1,320件). A 新收 count of one kind
// (其中新收涉企案件1,320件) is no count of them either.
import { assignMetric, isPartFigure } from './assignMetric.ts';
import { levelBefore, type Scanned } from './figureRelations.ts';

const CARRIED_OVER = /结转|旧存|上年转入|上年未(?:审)?结/;

/** The total a 新收 (or 受理) count with a carried-over sibling breaks down, to leave without a metric; null when there is none. */
export function receivedAndCarriedTotal(
  items: readonly Scanned[],
  item: Scanned,
  norm: string,
): Scanned | null {
  if ((item.basis !== 'received' && item.basis !== 'accepted') || isPartFigure(item.ctx.text)) return null;
  if (!CARRIED_OVER.test(norm.slice(item.ctx.sentence.start, item.ctx.sentence.end))) return null;
  const metric = assignMetric(item.ctx.text);
  if (metric !== 'review.cases' && metric !== 'review.accepted') return null;
  const whole = levelBefore(items, item);
  return whole?.metric === 'review.cases' && whole.basis !== 'received' ? whole : null;
}
