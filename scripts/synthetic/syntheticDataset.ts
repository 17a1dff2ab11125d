// The whole synthetic dataset, pure: divisions and the real metric catalogue in, manifest + regions + shards out.
import type { Metric, Source, Theme } from '../../src/dataset/schema.ts';
import {
  SYNTHETIC_FORMAT,
  SYNTHETIC_SOURCE_ID,
  shardFileName,
  type RegionColumns,
  type ShardColumns,
  type SyntheticManifest,
} from '../../src/dataset/synthetic/format.ts';
import { syntheticShard } from './observations.ts';
import { syntheticRegions, type Divisions } from './regions.ts';

export interface SyntheticInput {
  divisions: Divisions;
  themes: Theme[];
  metrics: Metric[];
  seed: number;
  years: number[];
  metricCount: number;
  /** Keep only a few provinces' regions (tests). */
  regionLimit?: number;
}

export interface SyntheticDataset {
  manifest: SyntheticManifest;
  regions: RegionColumns;
  shards: ShardColumns[];
}

/** The headline metrics first, then one metric per theme in turn, so every theme has a few. */
export const chooseMetrics = (metrics: readonly Metric[], count: number): Metric[] => {
  const chosen = metrics.filter((m) => m.headline).slice(0, count);
  const rest = metrics.filter((m) => !m.headline);
  const themes = [...new Set(rest.map((m) => m.theme))];
  for (let round = 0; chosen.length < count && round < rest.length; round++)
    for (const theme of themes) {
      const next = rest.filter((m) => m.theme === theme)[round];
      if (next && chosen.length < count) chosen.push(next);
    }
  // Catalogue order, as the real dataset lists them.
  return metrics.filter((m) => chosen.includes(m));
};

const SOURCE_NOTE = {
  zh: '合成数据（非真实报告）：用于性能测试的全国规模假数据，数值均为随机生成',
  en: 'Synthetic data (not a real report): made-up national-scale figures for performance testing',
};

export const syntheticDataset = (input: SyntheticInput): SyntheticDataset => {
  const regions = syntheticRegions(input.divisions, input.seed, input.regionLimit);
  const metrics = chooseMetrics(input.metrics, input.metricCount);
  const themeIds = new Set(metrics.map((m) => m.theme));
  const shards = metrics.map((m) => syntheticShard(m, regions, input.years, input.seed));
  const lastYear = input.years.at(-1) ?? 2024;
  const source: Source = {
    id: SYNTHETIC_SOURCE_ID,
    region: '000000',
    year: lastYear,
    title: SOURCE_NOTE,
    issuer: { zh: '合成数据生成器（scripts/synthetic）', en: 'Synthetic data generator (scripts/synthetic)' },
    date: null,
    kind: 'other',
    file: 'synthetic',
  };
  const manifest: SyntheticManifest = {
    format: SYNTHETIC_FORMAT,
    seed: input.seed,
    note: SOURCE_NOTE,
    years: input.years,
    themes: input.themes.filter((t) => themeIds.has(t.id)),
    metrics,
    sources: [source],
    population: {
      year: 2020,
      source: { zh: '合成数据（非人口普查）', en: 'Synthetic (not census figures)' },
    },
    regionCount: regions.code.length,
    observationCount: shards.reduce((n, s) => n + s.value.length, 0),
    shards: shards.map((s) => ({ metric: s.metric, file: shardFileName(s.metric), count: s.value.length })),
  };
  return { manifest, regions, shards };
};
