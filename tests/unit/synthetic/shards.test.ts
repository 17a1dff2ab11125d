import { describe, expect, it } from 'vitest';
import { decodeRegions } from '../../../src/dataset/synthetic/decodeRegions.ts';
import { decodeShard, type Shard } from '../../../src/dataset/synthetic/decodeShard.ts';
import { SYNTHETIC_FORMAT, type SyntheticManifest } from '../../../src/dataset/synthetic/format.ts';
import { neededMetrics, retainShards } from '../../../src/dataset/synthetic/neededMetrics.ts';
import { shardedModel } from '../../../src/dataset/synthetic/shardedModel.ts';
import { createShardStore } from '../../../src/dataset/synthetic/shardStore.ts';
import { syntheticMeta } from '../../../src/dataset/synthetic/syntheticMeta.ts';
import { keepDatasetChoice } from '../../../src/dataset/datasetChoice.ts';
import { rankRegions } from '../../../src/dataset/select/rankRegions.ts';
import type { Metric } from '../../../src/dataset/schema.ts';
import { DEFAULT_FILTERS } from '../../../src/view-state/filters.ts';

const metric = (id: string, theme: string): Metric => ({
  id,
  theme,
  unit: 'count',
  name: { zh: id, en: id },
  definition: { zh: id, en: id },
  direction: 'neutral',
  rankable: true,
});
const metrics = [
  metric('mediation.cases', 'mediation'),
  metric('mediation.resolved', 'mediation'),
  metric('review.cases', 'review'),
];
const manifest: SyntheticManifest = {
  format: SYNTHETIC_FORMAT,
  seed: 1,
  note: { zh: '合成数据', en: 'Synthetic data' },
  years: [2023, 2024],
  themes: [
    { id: 'mediation', name: { zh: '人民调解', en: 'Mediation' } },
    { id: 'review', name: { zh: '行政复议', en: 'Review' } },
  ],
  metrics,
  sources: [],
  population: { year: 2020, source: { zh: '合成数据', en: 'Synthetic' } },
  regionCount: 2,
  observationCount: 3,
  shards: metrics.map((m) => ({ metric: m.id, file: `obs/${m.id}.json`, count: 1 })),
};
const decoded = decodeRegions(
  {
    code: ['440000', '440900'],
    zh: ['广东省', '茂名市'],
    en: ['Guangdong', 'Maoming'],
    level: [0, 1],
    province: [0, 0],
    population: [9, 3],
  },
  manifest,
);
if (!decoded.ok) throw new Error(decoded.problem);
const meta = syntheticMeta(manifest, decoded.value);
const shardOf = (id: string, values: number[]): Shard => {
  const s = decodeShard(
    { metric: id, region: [0, 1, 1], year: [2024, 2023, 2024], value: values, qualifier: [0, 0, 0] },
    id,
    meta.regions,
    new Set(manifest.years),
  );
  if (!s.ok) throw new Error(s.problem);
  return s.value;
};

describe('neededMetrics', () => {
  it('is the metric for a ranking or trend, the theme for a profile or table, everything for coverage of all themes', () => {
    const f = { ...DEFAULT_FILTERS, metric: 'mediation.cases' };
    expect(neededMetrics({ ...f, view: 'rank' }, metrics)).toEqual(['mediation.cases']);
    expect(neededMetrics({ ...f, view: 'trend' }, metrics)).toEqual(['mediation.cases']);
    expect(neededMetrics({ ...f, view: 'table' }, metrics)).toEqual([
      'mediation.cases',
      'mediation.resolved',
    ]);
    expect(neededMetrics({ ...f, view: 'profile', theme: 'review' }, metrics)).toEqual(['review.cases']);
    expect(neededMetrics({ ...f, view: 'coverage' }, metrics)).toEqual(metrics.map((m) => m.id));
    expect(neededMetrics({ ...f, view: 'coverage', theme: 'review' }, metrics)).toEqual(['review.cases']);
  });
});

describe('retainShards', () => {
  it('keeps what is needed, then the most recent others, up to the limit', () => {
    const all = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    expect([...retainShards(all, ['a'], 3).keys()]).toEqual(['a', 'c', 'd']);
    expect([...retainShards(all, ['a', 'b', 'c'], 2).keys()]).toEqual(['a', 'b', 'c']);
  });
});

describe('shardedModel', () => {
  it('answers series and source lookups from the loaded shards, and knows every metric before they load', () => {
    const model = shardedModel(meta, new Map([['mediation.cases', shardOf('mediation.cases', [5, 1, 2])]]));
    expect(model.index.series('440900', 'mediation.cases').map((o) => o.value)).toEqual([1, 2]);
    expect(model.index.series('440900', 'review.cases')).toEqual([]);
    expect(model.observationByKey.get('440900|2023|mediation.cases|region|full_year')?.value).toBe(1);
    expect(model.observationByKey.get('440900|2022|mediation.cases|region|full_year')).toBeUndefined();
    expect(model.observationByKey.size).toBe(3);
    expect(model.dataset.observations).toHaveLength(3);
    expect(model.catalogue.metrics.has('review.cases')).toBe(true);
    expect(model.catalogue.years).toEqual(new Set([2023, 2024]));
    expect(model.metricsWithData.map((m) => m.id)).toEqual(metrics.map((m) => m.id));
    const ranking = rankRegions(model.index, model.dataset.regions, metrics[0] as Metric, 2024, false);
    expect(ranking.rows.map((r) => [r.region.code, r.value])).toEqual([
      ['440000', 5],
      ['440900', 2],
    ]);
  });
});

describe('the shard store', () => {
  it('loads each missing shard once, publishes a new snapshot when it arrives, and reports a failure', async () => {
    const asked: string[] = [];
    const store = createShardStore(meta, async (id) => {
      asked.push(id);
      if (id === 'review.cases') throw new Error('offline');
      return shardOf(id, [1, 2, 3]);
    });
    const snapshots: number[] = [];
    store.subscribe(() => snapshots.push(store.snapshot().shards.size));
    await Promise.all([
      store.ensure(['mediation.cases']),
      store.ensure(['mediation.cases', 'mediation.resolved']),
    ]);
    expect(asked).toEqual(['mediation.cases', 'mediation.resolved']);
    expect(snapshots).toEqual([1, 2]);
    await store.ensure(['mediation.cases']);
    expect(asked).toHaveLength(2);
    await store.ensure(['review.cases']);
    expect(store.snapshot().failure).toMatchObject({ kind: 'network', reason: 'Error: offline' });
  });
});

describe('keepDatasetChoice', () => {
  it('carries ?dataset=synthetic over to a new query, and adds nothing for the published data', () => {
    expect(keepDatasetChoice('year=2023&regions=1~2', '?dataset=synthetic&year=2024')).toBe(
      'year=2023&regions=1~2&dataset=synthetic',
    );
    expect(keepDatasetChoice('', '?dataset=synthetic')).toBe('dataset=synthetic');
    expect(keepDatasetChoice('year=2023', '?year=2024')).toBe('year=2023');
  });
});
