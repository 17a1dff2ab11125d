// The regions a view compares: the chosen ones, narrowed by level and province.
import type { Region } from '../schema.ts';
import type { Filters } from '../../view-state/filters.ts';

export const filterRegions = (
  regions: readonly Region[],
  f: Pick<Filters, 'regions' | 'level' | 'province'>,
): Region[] =>
  regions.filter(
    (r) =>
      (f.regions.length === 0 || f.regions.includes(r.code)) &&
      (f.level === null || r.level === f.level) &&
      (f.province === null || r.province.code === f.province),
  );

/** True when the regions compared are of more than one administrative level. */
export const mixesLevels = (regions: readonly Region[]): boolean => new Set(regions.map((r) => r.level)).size > 1;
