// observationByKey for a sharded dataset: looks a "region|year|metric" key up in the loaded shards instead of
// copying every observation into one more map.
import type { Observation } from '../schema.ts';
import type { Shard } from './decodeShard.ts';
import { observationKey } from '../observationKey.ts';

export class ShardLookup implements ReadonlyMap<string, Observation> {
  constructor(private readonly shards: ReadonlyMap<string, Shard>) {}

  get(key: string): Observation | undefined {
    const [region = '', year = '', metric = ''] = key.split('|');
    return this.shards
      .get(metric)
      ?.byRegion.get(region)
      ?.find((o) => o.year === Number(year));
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
