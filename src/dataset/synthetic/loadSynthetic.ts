// Fetches the synthetic dataset's manifest and regions, then one shard per metric as views ask for them.
import { fetchJson, invalidFile, LoadError, type LoadFailure } from '../fetchJson.ts';
import { decodeRegions } from './decodeRegions.ts';
import { decodeShard, type Shard } from './decodeShard.ts';
import {
  MANIFEST_FILE,
  REGIONS_FILE,
  SYNTHETIC_BASE,
  SYNTHETIC_FORMAT,
  type SyntheticManifest,
} from './format.ts';
import { syntheticMeta, type SyntheticMeta } from './syntheticMeta.ts';

export type MetaResult = { ok: true; meta: SyntheticMeta } | { ok: false; failure: LoadFailure };

const manifestProblem = (raw: unknown): string | null => {
  const m = raw as Partial<SyntheticManifest> | null;
  if (m?.format !== SYNTHETIC_FORMAT) return `format is not ${SYNTHETIC_FORMAT}; run npm run data:synthetic`;
  for (const key of ['years', 'themes', 'metrics', 'sources', 'shards'] as const)
    if (!Array.isArray(m[key])) return `"${key}" is not a list`;
  return null;
};

export const loadSyntheticMeta = async (
  base = import.meta.env.BASE_URL,
  fetcher: typeof fetch = fetch,
): Promise<MetaResult> => {
  const dir = `${base}${SYNTHETIC_BASE}`;
  try {
    const manifestFile = `${SYNTHETIC_BASE}${MANIFEST_FILE}`;
    const regionsFile = `${SYNTHETIC_BASE}${REGIONS_FILE}`;
    const [manifest, rawRegions] = await Promise.all([
      fetchJson(`${dir}${MANIFEST_FILE}`, manifestFile, fetcher),
      fetchJson(`${dir}${REGIONS_FILE}`, regionsFile, fetcher),
    ]);
    const problem = manifestProblem(manifest);
    if (problem) return { ok: false, failure: invalidFile(manifestFile, problem) };
    const m = manifest as SyntheticManifest;
    const regions = decodeRegions(rawRegions, m);
    if (!regions.ok) return { ok: false, failure: invalidFile(regionsFile, regions.problem) };
    return { ok: true, meta: syntheticMeta(m, regions.value) };
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, failure: error.failure };
    throw error;
  }
};

export const loadShard = async (
  meta: SyntheticMeta,
  metric: string,
  base = import.meta.env.BASE_URL,
  fetcher: typeof fetch = fetch,
): Promise<Shard> => {
  const entry = meta.manifest.shards.find((s) => s.metric === metric);
  if (!entry)
    throw new LoadError(
      invalidFile(`${SYNTHETIC_BASE}${MANIFEST_FILE}`, `no shard for metric "${metric}"`),
    );
  const file = `${SYNTHETIC_BASE}${entry.file}`;
  const shard = decodeShard(
    await fetchJson(`${base}${file}`, file, fetcher),
    metric,
    meta.regions,
    new Set(meta.manifest.years),
  );
  if (!shard.ok) throw new LoadError(invalidFile(file, shard.problem));
  return shard.value;
};
