import { useEffect, useState } from 'react';
import { loadDataset, type LoadResult } from '../dataset/loadDataset.ts';

/** Loads data/ once; null while loading. */
export const useDatasetLoad = (): [LoadResult | null, () => void] => {
  const [result, setResult] = useState<LoadResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadDataset().then(
      (r) => live && setResult(r),
      (error: unknown) => live && setResult({ ok: false, failure: { kind: 'network', file: 'data/', reason: String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [result, () => (setResult(null), setAttempt((a) => a + 1))];
};
