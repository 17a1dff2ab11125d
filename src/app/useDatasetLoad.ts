import { useEffect, useState } from 'react';
import { loadDataset, preloadDataset, preloadedDataset, type LoadResult } from '../dataset/loadDataset.ts';

/** Loads data/ once; null while loading. */
export const useDatasetLoad = (): [LoadResult | null, () => void] => {
  const [result, setResult] = useState<LoadResult | null>(preloadedDataset);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    // The first load started before React rendered (main.tsx); a retry loads anew.
    (attempt === 0 ? preloadDataset() : loadDataset()).then(
      (r) => live && setResult(r),
      (error: unknown) => live && setResult({ ok: false, failure: { kind: 'network', file: 'data/', reason: String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [result, () => (setResult(null), setAttempt((a) => a + 1))];
};
