// The synthetic dataset as the DatasetModel every view reads, built from the shards loaded so far. A new shard makes a
// new model; the shards and the regions are shared, never changed.
import { tableLookups, type DatasetModel } from '../datasetModel.ts';
import type { Dataset, Observation } from '../schema.ts';
import type { ObservationIndex } from '../select/observationIndex.ts';
import type { Shard } from './decodeShard.ts';
import { ShardLookup } from './shardLookup.ts';
import type { SyntheticMeta } from './syntheticMeta.ts';

const NONE: readonly Observation[] = [];

export const shardedModel = (meta: SyntheticMeta, shards: ReadonlyMap<string, Shard>): DatasetModel => {
  const { manifest, regions } = meta;
  const sharded = new Set(manifest.shards.map((s) => s.metric));
  const index: ObservationIndex = {
    series: (region, metric) => shards.get(metric)?.byRegion.get(region) ?? NONE,
    years: manifest.years,
  };
  const observationByKey = new ShardLookup(shards);
  let observations: Observation[] | undefined;
  const dataset: Dataset = {
    themes: manifest.themes,
    regions,
    sources: manifest.sources,
    metrics: manifest.metrics,
    // Only exports read every observation; flatten the loaded shards when one asks.
    get observations() {
      return (observations ??= [...observationByKey.values()]);
    },
  };
  return {
    dataset,
    index,
    catalogue: meta.catalogue,
    observationByKey,
    populationYear: manifest.population.year,
    // The same lookups as the published data's model; "with data" means a shard exists for the metric.
    ...tableLookups({ themes: manifest.themes, regions, sources: manifest.sources, metrics: manifest.metrics }, sharded),
  };
};
