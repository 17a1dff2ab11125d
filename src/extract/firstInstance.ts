// 全年共办理行政诉讼案件862件,其中一审案件615件,二审案件247件: the government's lawsuits (litigation.cases) are
// first-instance suits, so a total that a 其中 splits into instances is no count of them, and its 一审 part is.
import { figureTopic, isPartFigure } from './assignMetric.ts';
import type { Scanned } from './figureRelations.ts';
import { breakdownAt } from './subUnit.ts';

const FIRST_INSTANCE = /一审/;

/** The total a 一审 part breaks down, to leave without a metric; null when `item` is no such part. */
export function allInstancesTotal(items: readonly Scanned[], item: Scanned): Scanned | null {
  const t = item.ctx.text;
  if (!item.part || item.fig.unit !== 'count' || !FIRST_INSTANCE.test(t.local)) return null;
  if (figureTopic(t) !== 'litigation' || isPartFigure(t)) return null;
  const at = breakdownAt(t.earlier + t.local);
  if (at < 0) return null;
  const opens = item.ctx.sentence.start + at;
  for (let j = items.length - 1; j >= 0; j--) {
    const whole = items[j];
    if (whole === undefined || whole.fig.start < item.ctx.sentence.start) return null;
    if (whole.fig.start >= opens || whole.change !== null || whole.comparison) continue;
    const total = whole.metric === 'litigation.cases' && !FIRST_INSTANCE.test(whole.ctx.text.local);
    return total ? whole : null;
  }
  return null;
}
