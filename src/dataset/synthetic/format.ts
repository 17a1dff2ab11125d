// The synthetic national dataset on disk (public/synthetic/): a manifest, the regions as columns, and one columnar
// shard per metric, so a view fetches only the metrics it shows. Written by `npm run data:synthetic`.
import type { Level, Metric, Qualifier, Source, Theme } from '../schema.ts';

export const SYNTHETIC_FORMAT = 'fazhi-synthetic/1';
export const SYNTHETIC_BASE = 'synthetic/';
export const SYNTHETIC_SOURCE_ID = 'synthetic';
/** Fixed names, so the manifest and the regions can be fetched at once. */
export const MANIFEST_FILE = 'manifest.json';
export const REGIONS_FILE = 'regions.json';
/** Every synthetic value says what it is where a real one quotes its report. */
export const SYNTHETIC_EVIDENCE = '合成数据，并非任何报告的原文 · Synthetic data, not quoted from any report';

/** Column codes: an index into these lists. */
export const LEVEL_CODES: readonly Level[] = ['provincial', 'prefecture', 'district', 'county'];
export const QUALIFIER_CODES: readonly Qualifier[] = ['exact', 'approx', 'lower_bound', 'derived'];

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ShardEntry {
  metric: string;
  file: string;
  count: number;
}

export interface SyntheticManifest {
  format: typeof SYNTHETIC_FORMAT;
  seed: number;
  note: Bilingual;
  years: number[];
  themes: Theme[];
  metrics: Metric[];
  sources: Source[];
  population: { year: number; source: Bilingual };
  regionCount: number;
  observationCount: number;
  shards: ShardEntry[];
}

/** Regions as parallel arrays; `province` is the row index of the region's province. */
export interface RegionColumns {
  code: string[];
  zh: string[];
  en: string[];
  level: number[];
  province: number[];
  population: number[];
}

/** One metric's observations as parallel arrays; `region` is a row index into RegionColumns. */
export interface ShardColumns {
  metric: string;
  region: number[];
  year: number[];
  value: number[];
  qualifier: number[];
}

export const shardFileName = (metric: string): string => `obs/${metric}.json`;
