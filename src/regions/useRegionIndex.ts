import { useCallback, useMemo, useState } from 'react';
import type { Region } from '../dataset/schema.ts';
import { loadRegionSpelling } from './loadRegionSpelling.ts';
import { buildRegionIndex, type RegionIndex, type RegionSpelling } from './matchRegion.ts';

/**
 * The search index of a region list, rebuilt only when the list changes. It reads names and codes at once, and pinyin
 * and traditional characters once `prepare()` (call it when a search box gets focus) has loaded the spelling.
 */
export function useRegionIndex(regions: readonly Region[]): { index: RegionIndex; prepare: () => void } {
  const [spelling, setSpelling] = useState<RegionSpelling | null>(null);
  const prepare = useCallback(() => {
    void loadRegionSpelling().then(setSpelling);
  }, []);
  const index = useMemo(() => buildRegionIndex(regions, spelling), [regions, spelling]);
  return { index, prepare };
}
