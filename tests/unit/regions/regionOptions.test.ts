import { describe, expect, it } from 'vitest';
import type { Level, Region } from '../../../src/dataset/schema.ts';
import { buildRegionIndex } from '../../../src/regions/matchRegion.ts';
import { regionOptions, type PickerItem } from '../../../src/filters/regionOptions.ts';

const province = (code: string, zh: string, en: string) => ({ code, name: { zh, en } });
const guangdong = province('440000', '广东省', 'Guangdong');
const henan = province('410000', '河南省', 'Henan');
const region = (code: string, zh: string, en: string, level: Level, p = guangdong): Region => ({
  code,
  name: { zh, en },
  level,
  province: p,
  population: null,
});
const index = buildRegionIndex([
  region('441802', '清远市清城区', 'Qingcheng District, Qingyuan', 'district'),
  region('440900', '茂名市', 'Maoming', 'prefecture'),
  region('411500', '信阳市', 'Xinyang', 'prefecture', henan),
  region('441900', '东莞市', 'Dongguan', 'prefecture'),
]);
const codes = (items: PickerItem[]) =>
  items.map((i) => (i.kind === 'region' ? i.region.code : `${i.kind}:${i.codes.join('+')}`));

describe('regionOptions', () => {
  it('lists every region by province code, then level, with shortcuts for the region chosen last', () => {
    const options = regionOptions(index, '', ['440900'], 10);
    expect(options.groups.map((g) => g.key)).toEqual([
      '410000|prefecture',
      '440000|prefecture',
      '440000|district',
    ]);
    expect(options.groups.map((g) => codes(g.items))).toEqual([['411500'], ['440900', '441900'], ['441802']]);
    expect(codes(options.shortcuts)).toEqual(['sameLevel:411500+441900', 'sameProvince:441802+441900']);
    expect(options.more).toBe(0);
  });

  it('places each group where its best match ranks, and offers no shortcuts while one types', () => {
    const options = regionOptions(index, 'q', ['440900'], 10);
    expect(options.groups.map((g) => codes(g.items))).toEqual([['441802']]);
    expect(options.shortcuts).toEqual([]);
    const maoming = regionOptions(index, '44', [], 10);
    expect(maoming.groups.map((g) => codes(g.items))).toEqual([['441802'], ['440900', '441900']]);
  });

  it('offers no shortcut that would add nothing, and counts what the limit leaves out', () => {
    const all = regionOptions(index, '', ['441802', '440900', '441900'], 2);
    expect(codes(all.shortcuts)).toEqual(['sameLevel:411500']);
    expect(all.more).toBe(2);
  });
});
