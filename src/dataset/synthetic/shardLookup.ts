// observationByKey for a sharded dataset: looks an observation key up in the loaded shards instead of
// copying every observation into one more map.
import type { Observation } from '../schema.ts';
import type { Shard } from './decodeShard.ts';
import { observationKey, parseObservationKey } from '../observationKey.ts';

export class ShardLookup implements ReadonlyMap<string, Observation> {
  constructor(private readonly shards: ReadonlyMap<string, Shard>) {}

  get(key: string): Observation | undefined {
    const id = parseObservationKey(key);
    if (!id) return undefined;
    return this.shards
      .get(id.metric)
      ?.byRegion.get(id.region)
      ?.find((o) => o.year === id.year && o.scope === id.scope && o.period.kind === id.periodKind);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let n = 0;
    for (const shard of this.shards.values()) n += shard.count;
    return n;
  }

  *values(): MapIterator<Observation> {
    for (const shard of this.shards.values()) for (const list of shard.byRegion.values()) yield* list;
  }

  *entries(): MapIterator<[string, Observation]> {
    for (const o of this.values()) yield [observationKey(o), o];
  }

  *keys(): MapIterator<string> {
    for (const o of this.values()) yield observationKey(o);
  }

  [Symbol.iterator](): MapIterator<[string, Observation]> {
    return this.entries();
  }

  forEach(callback: (value: Observation, key: string, map: ReadonlyMap<string, Observation>) => void): void {
    for (const [key, o] of this.entries()) callback(o, key, this);
  }
}
