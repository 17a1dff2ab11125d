// 全市共受理纠纷869件…;主动调解455件,占52.4%;申请调解378件,占43.5%: a count followed by its bare share (占52.4%,
// 占比43.5%, 占总数的52.4%), after a larger count of the same metric, is one part of that total, broken down by how
// the cases came. A share of a named base (占全省的12%, 占收到申请总数的85%) says nothing of the kind, and nor does a
// share after a count with no larger one before it (全市调解纠纷869件,占比12% is the share of something above it).
import { previousSentenceStart, type Scanned } from './figureRelations.ts';

const BARE_SHARE = /^占(?:比|总数的|总量的)?(?:为|达)?$/;

/** The count a bare share right after it makes a part, or null. */
export function countOfABareShare(items: readonly Scanned[], share: Scanned): Scanned | null {
  if (share.fig.unit !== 'percent' || !BARE_SHARE.test(share.ctx.text.local)) return null;
  const count = items[items.length - 1];
  if (count === undefined || count.fig.unit !== 'count' || count.metric === null || count.part) return null;
  if (count.ctx.sentence.start !== share.ctx.sentence.start || count.change !== null) return null;
  // The total may stand in the sentence before the count's, as sentence roles read it.
  const from = previousSentenceStart(count);
  for (let j = items.length - 2; j >= 0; j--) {
    const total = items[j];
    if (total === undefined || total.fig.start < from) return null;
    if (
      total.metric === count.metric &&
      !total.part &&
      total.change === null &&
      total.fig.value > count.fig.value
    )
      return count;
  }
  return null;
}
