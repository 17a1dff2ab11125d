// What is known of the synthetic dataset before any shard arrives: the manifest, the regions, and the catalogue the
// URL is parsed against (every metric with a shard, every year), so a link stays valid while its data loads.
import type { Region } from '../schema.ts';
import type { Catalogue } from '../catalogue.ts';
import { DEFAULT_METRIC, themeMaps } from '../catalogue.ts';
import type { SyntheticManifest } from './format.ts';

export interface SyntheticMeta {
  manifest: SyntheticManifest;
  regions: Region[];
  catalogue: Catalogue;
}

export const syntheticMeta = (manifest: SyntheticManifest, regions: Region[]): SyntheticMeta => {
  const sharded = new Set(manifest.shards.map((s) => s.metric));
  return {
    manifest,
    regions,
    catalogue: {
      metrics: new Set(manifest.metrics.map((m) => m.id)),
      themes: new Set(manifest.themes.map((t) => t.id)),
      regions: new Set(regions.map((r) => r.code)),
      provinces: new Set(regions.map((r) => r.province.code)),
      levels: new Set(regions.map((r) => r.level)),
      sourceKinds: new Set(manifest.sources.map((s) => s.kind)),
      years: new Set(manifest.years),
      defaultMetric: sharded.has(DEFAULT_METRIC)
        ? DEFAULT_METRIC
        : (manifest.shards[0]?.metric ?? DEFAULT_METRIC),
      ...themeMaps(manifest.metrics, sharded),
    },
  };
};
