// Which loaded shards to keep when memory is bounded (which ones a view needs, its descriptor says).

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
