// Which metric shards a view needs: the one metric for a ranking or a trend, the theme's metrics for a profile or
// the table, and for coverage the theme's metrics or, with no theme chosen, all of them.
import type { Metric } from '../schema.ts';

export const neededMetrics = (
  filters: { view: string; metric: string; theme: string | null },
  metrics: readonly Metric[],
): string[] => {
  if (filters.view === 'rank' || filters.view === 'trend') return [filters.metric];
  const theme =
    filters.view === 'coverage'
      ? filters.theme
      : (filters.theme ?? metrics.find((m) => m.id === filters.metric)?.theme);
  return metrics.filter((m) => theme === null || theme === undefined || m.theme === theme).map((m) => m.id);
};

/** The shards to keep: every needed one, then the most recently loaded others up to `max` in all. */
export const retainShards = <S>(
  shards: ReadonlyMap<string, S>,
  needed: readonly string[],
  max: number,
): Map<string, S> => {
  const keep = new Map<string, S>();
  for (const id of needed) {
    const shard = shards.get(id);
    if (shard) keep.set(id, shard);
  }
  const others = [...shards].filter(([id]) => !keep.has(id));
  for (const [id, shard] of others.slice(Math.max(0, others.length - (max - keep.size)))) keep.set(id, shard);
  return keep;
};
