// The regions a view compares: the chosen ones, narrowed by level and province.
import type { Level, Region, SourceKind } from '../schema.ts';

/** Which regions a view compares: chosen codes (none = all), a level, a province code and a kind of source, each null for any. */
export interface RegionChoice {
  regions: readonly string[];
  level: Level | null;
  province: string | null;
  /** Only regions with at least one source of this kind (a full annual report, a news item…). */
  sourceKind?: SourceKind | null;
}

export const filterRegions = (
  regions: readonly Region[],
  f: RegionChoice,
  /** Region code → the kinds of its sources; needed only when a kind is chosen. */
  sourceKinds: ReadonlyMap<string, ReadonlySet<SourceKind>> = new Map(),
): Region[] =>
  regions.filter(
    (r) =>
      (f.regions.length === 0 || f.regions.includes(r.code)) &&
      (f.level === null || r.level === f.level) &&
      (f.province === null || r.province.code === f.province) &&
      (f.sourceKind === undefined || f.sourceKind === null || (sourceKinds.get(r.code)?.has(f.sourceKind) ?? false)),
  );

/** Region code → the kinds of the sources its figures come from. */
export const sourceKindsByRegion = (sources: ReadonlyArray<{ region: string; kind: SourceKind }>): Map<string, Set<SourceKind>> => {
  const kinds = new Map<string, Set<SourceKind>>();
  for (const s of sources) kinds.set(s.region, (kinds.get(s.region) ?? new Set()).add(s.kind));
  return kinds;
};

/** True when the regions compared are of more than one administrative level. */
export const mixesLevels = (regions: readonly Region[]): boolean => new Set(regions.map((r) => r.level)).size > 1;
