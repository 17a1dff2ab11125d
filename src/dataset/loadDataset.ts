// Fetch data/*.json and validate at runtime: a broken file becomes a readable failure, never a blank page.
import { DATASET_FILES, fileName, type DatasetFile, type DatasetFiles } from './files.ts';
import type { Dataset } from './schema.ts';
import { fetchJson, LoadError, type LoadFailure } from './fetchJson.ts';
import { validateDataset } from './validateDataset.ts';
import { unknownReferences } from './consistencyRules.ts';

export type { LoadFailure } from './fetchJson.ts';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

const fetchTable = (base: string, table: DatasetFile, fetcher: typeof fetch): Promise<unknown> =>
  fetchJson(`${base}${fileName(table)}`, fileName(table), fetcher);

/** Turns raw tables into a dataset or a failure; shared by the network loader and user-added data. */
export const acceptDataset = (files: DatasetFiles): LoadResult => {
  const validated = validateDataset(files);
  if (!validated.ok) return { ok: false, failure: { kind: 'invalid', problems: validated.problems } };
  const problems = unknownReferences(validated.dataset);
  if (problems.length > 0) return { ok: false, failure: { kind: 'invalid', problems } };
  if (validated.dataset.observations.length === 0) return { ok: false, failure: { kind: 'empty' } };
  return { ok: true, dataset: validated.dataset };
};

export const loadDataset = async (base = import.meta.env.BASE_URL, fetcher: typeof fetch = fetch): Promise<LoadResult> => {
  try {
    const tables = await Promise.all(DATASET_FILES.map((t) => fetchTable(base, t, fetcher)));
    return acceptDataset(Object.fromEntries(DATASET_FILES.map((t, i) => [t, tables[i]])) as DatasetFiles);
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, failure: error.failure };
    throw error;
  }
};

interface EarlyLoad {
  promise: Promise<LoadResult>;
  result: LoadResult | null;
}
let early: EarlyLoad | null = null;

/**
 * Starts loading data/ before React first renders (main.tsx starts it while the app's code downloads; startApp.tsx
 * awaits it with the translations), so the first render already has the dataset: no loading frame, and the fetches
 * overlap the script's own start-up. Never rejects.
 */
export const preloadDataset = (): Promise<LoadResult> => {
  if (!early) {
    const entry: EarlyLoad = {
      result: null,
      promise: loadDataset().catch((error: unknown): LoadResult => ({ ok: false, failure: { kind: 'network', file: 'data/', reason: String(error) } })),
    };
    void entry.promise.then((r) => (entry.result = r));
    early = entry;
  }
  return early.promise;
};

/** The preloaded result once it is in, or null. */
export const preloadedDataset = (): LoadResult | null => early?.result ?? null;
