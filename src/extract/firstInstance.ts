// 全年共办理行政诉讼案件862件,其中一审案件615件,二审案件247件 (or (一审615件、二审247件), ,一审615件): the
// government's lawsuits (litigation.cases) are first-instance suits, so a total split into instances is no count of
// them, and its 一审 part is.
import { assignMetric, isPartFigure } from './assignMetric.ts';
import { levelBefore, type Scanned } from './figureRelations.ts';

const FIRST_INSTANCE = /一审/;

/** The total a 一审 count after it in its sentence breaks down, to leave without a metric; null when there is none. */
export function allInstancesTotal(items: readonly Scanned[], item: Scanned): Scanned | null {
  // A change of the 一审 part (其中一审案件较上年增加15件) splits the total as its count does: the words before the
  // change name the part, read as a count.
  const change = item.change?.subject;
  const t =
    change === undefined
      ? item.ctx.text
      : { ...item.ctx.text, unit: 'count' as const, counter: '件', local: change, clause: change };
  if (!FIRST_INSTANCE.test(t.local) || isPartFigure(t) || assignMetric(t) !== 'litigation.cases') return null;
  // …新收各类行政诉讼案件38061件,同比增长3.8%;审结38369件…。其中,新收一审行政案件17378件 (or 共…862件,败诉率5%,一审案件
  // 615件): the total may stand a few figures before, in the sentence before when a 其中 opens the part's.
  // The courts' every instance (全省法院新收各类行政诉讼案件…) is such a total too, and keeps its own metric.
  const total = levelBefore(
    items,
    item,
    (level) => level.metric === 'litigation.cases' || level.metric === 'litigation.all_instance_cases',
  );
  if (total === null || FIRST_INSTANCE.test(total.ctx.text.local)) return null;
  // …增至2,307件(2023年),五年累计受理一审行政案件9,860件: a count larger than the level before it is no part of it.
  return change === undefined && item.fig.value > total.fig.value ? null : total;
}
