// What the region picker lists for a query: shortcuts for the last chosen region, then matches grouped by province
// and level. Pure, so the grouping and the shortcuts are tested without a DOM.
import { LEVELS, type Level, type Region } from '../dataset/schema.ts';
import { searchRegions, type RegionIndex } from '../regions/matchRegion.ts';

export type PickerItem =
  | { kind: 'region'; region: Region }
  /** Add every region of `of`'s level (or province) that is not chosen yet: `codes`. */
  | { kind: 'sameLevel' | 'sameProvince'; of: Region; codes: string[] };

export interface OptionGroup {
  key: string;
  province: Region['province'];
  level: Level;
  items: PickerItem[];
}

export interface RegionOptions {
  shortcuts: PickerItem[];
  groups: OptionGroup[];
  /** Matches left out by the limit. */
  more: number;
}

const shortcutsFor = (
  regions: readonly Region[],
  chosen: ReadonlySet<string>,
  last: Region | undefined,
): PickerItem[] => {
  if (!last) return [];
  const open = (same: (r: Region) => boolean) =>
    regions.filter((r) => same(r) && !chosen.has(r.code)).map((r) => r.code);
  const level = open((r) => r.level === last.level);
  const province = open((r) => r.province.code === last.province.code);
  return [
    ...(level.length > 0 ? [{ kind: 'sameLevel' as const, of: last, codes: level }] : []),
    ...(province.length > 0 ? [{ kind: 'sameProvince' as const, of: last, codes: province }] : []),
  ];
};

const groupOf = (groups: Map<string, OptionGroup>, r: Region): OptionGroup => {
  const key = `${r.province.code}|${r.level}`;
  let group = groups.get(key);
  if (!group) {
    group = { key, province: r.province, level: r.level, items: [] };
    groups.set(key, group);
  }
  return group;
};

/**
 * A typed query lists matches best first, each group placed where its best match ranks; an empty query lists every
 * region by province and level, after the shortcuts for the region chosen last.
 */
export const regionOptions = (
  index: RegionIndex,
  query: string,
  selected: readonly string[],
  limit: number,
): RegionOptions => {
  const typed = query.trim() !== '';
  const matches = searchRegions(index, query);
  const regions = index.entries.map((e) => e.region);
  const ordered = typed
    ? matches
    : [...matches].sort(
        (a, b) =>
          a.province.code.localeCompare(b.province.code) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level),
      );
  const groups = new Map<string, OptionGroup>();
  for (const region of ordered.slice(0, limit))
    groupOf(groups, region).items.push({ kind: 'region', region });
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const last = [...selected]
    .reverse()
    .map((code) => byCode.get(code))
    .find((r) => r !== undefined);
  return {
    shortcuts: typed ? [] : shortcutsFor(regions, new Set(selected), last),
    groups: [...groups.values()],
    more: Math.max(0, ordered.length - limit),
  };
};
