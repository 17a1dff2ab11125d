// The regions a view compares: the chosen ones, narrowed by level and province.
import type { Level, Region } from '../schema.ts';

/** Which regions a view compares: chosen codes (none = all), a level and a province code, each null for any. */
export interface RegionChoice {
  regions: readonly string[];
  level: Level | null;
  province: string | null;
}

export const filterRegions = (
  regions: readonly Region[],
  f: RegionChoice,
): Region[] =>
  regions.filter(
    (r) =>
      (f.regions.length === 0 || f.regions.includes(r.code)) &&
      (f.level === null || r.level === f.level) &&
      (f.province === null || r.province.code === f.province),
  );

/** True when the regions compared are of more than one administrative level. */
export const mixesLevels = (regions: readonly Region[]): boolean => new Set(regions.map((r) => r.level)).size > 1;
