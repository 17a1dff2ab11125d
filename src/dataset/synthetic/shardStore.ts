// The shards loaded so far, outside React: views subscribe to it, ask for what they need, and get a new snapshot
// (a new Map; shards themselves are shared and never changed) each time a shard arrives.
import type { LoadFailure } from '../loadDataset.ts';
import type { Shard } from './decodeShard.ts';
import { loadShard } from './loadSynthetic.ts';
import { LoadError } from '../fetchJson.ts';
import { retainShards } from './neededMetrics.ts';
import type { SyntheticMeta } from './syntheticMeta.ts';

/** Enough for a theme's table and a few metrics to switch back to; coverage of everything may hold more for a while. */
export const MAX_SHARDS = 12;

export interface ShardSnapshot {
  shards: ReadonlyMap<string, Shard>;
  failure: LoadFailure | null;
}

export interface ShardStore {
  subscribe(listener: () => void): () => void;
  snapshot(): ShardSnapshot;
  /** Starts loading whatever of `metrics` is missing; resolves when all are in (or one failed). */
  ensure(metrics: readonly string[]): Promise<void>;
}

export const createShardStore = (
  meta: SyntheticMeta,
  load = (metric: string) => loadShard(meta, metric),
): ShardStore => {
  let snapshot: ShardSnapshot = { shards: new Map(), failure: null };
  const listeners = new Set<() => void>();
  const inFlight = new Map<string, Promise<void>>();
  let wanted: readonly string[] = [];

  const publish = (next: ShardSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  const fetchOne = (metric: string) => {
    let pending = inFlight.get(metric);
    if (!pending) {
      pending = load(metric).then(
        (shard) => {
          inFlight.delete(metric);
          const shards = new Map(snapshot.shards).set(metric, shard);
          publish({ shards: retainShards(shards, wanted, MAX_SHARDS), failure: null });
        },
        (error: unknown) => {
          inFlight.delete(metric);
          const failure: LoadFailure =
            error instanceof LoadError
              ? error.failure
              : { kind: 'network', file: metric, reason: String(error) };
          publish({ ...snapshot, failure });
        },
      );
      inFlight.set(metric, pending);
    }
    return pending;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => snapshot,
    ensure(metrics) {
      wanted = metrics;
      if (snapshot.failure) publish({ ...snapshot, failure: null });
      return Promise.all(metrics.filter((m) => !snapshot.shards.has(m)).map(fetchOne)).then(() => undefined);
    },
  };
};
