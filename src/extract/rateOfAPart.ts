// 48个个人调解工作室共调解案件2034件,调解成功1996件,成功率98.13%: a rate
// right after a part's count in its sentence, with no subject of its own (no 全市, no body), is that part's rate. The
// count must be a part by its own words (a kind, a channel, a sub-unit): after a 其中 share of outcomes (办结255件,其中114件
// 终止结案,实质性化解率超40%) the rate is the whole's.
import { isPartFigure } from './assignMetric.ts';
import { breakdownAt } from './subUnit.ts';
import type { Scanned } from './figureRelations.ts';

const OWNLESS_RATE = /^[\u4e00-\u9fa5]{0,6}率(?:为|是|达到?)?$/;
const OWN_SUBJECT = /全|各|本|我/;

/** Is `item` the rate of the part counted right before it? */
export function rateOfAPart(items: readonly Scanned[], item: Scanned): boolean {
  if (item.fig.unit !== 'percent' || item.part || item.change !== null || item.comparison) return false;
  const before = items[items.length - 1];
  if (before === undefined || !before.part || before.fig.unit === 'percent' || before.change !== null)
    return false;
  if (before.ctx.sentence.start !== item.ctx.sentence.start || !isPartFigure(before.ctx.text)) return false;
  // …调解成功4396件,其中道路交通1202件、婚姻家庭250件,调解成功率达99.9%: after the items of a 其中 list, the whole's.
  if (breakdownAt(before.ctx.text.earlier + before.ctx.text.local) >= 0) return false;
  const local = item.ctx.text.local;
  return OWNLESS_RATE.test(local) && !OWN_SUBJECT.test(local);
}
