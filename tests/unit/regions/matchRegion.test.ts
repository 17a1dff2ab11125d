import { describe, expect, it } from 'vitest';
import type { Level, Region } from '../../../src/dataset/schema.ts';
import { buildRegionIndex, searchRegions } from '../../../src/regions/matchRegion.ts';
import { regionSpelling } from '../../../src/regions/regionSpelling.ts';

const region = (code: string, zh: string, en: string, level: Level): Region => ({
  code,
  name: { zh, en },
  level,
  province: { code: `${code.slice(0, 2)}0000`, name: { zh: '省', en: 'Province' } },
  population: null,
});

// The order is deliberate: a better match placed later in the list must still come first.
const regions = [
  region('440902', '茂名市茂南区', 'Maonan District, Maoming', 'district'),
  region('440900', '茂名市', 'Maoming', 'prefecture'),
  region('440000', '广东省', 'Guangdong', 'provincial'),
  region('441900', '东莞市', 'Dongguan', 'prefecture'),
  region('440310', '深圳市坪山区', 'Pingshan District, Shenzhen', 'district'),
  region('110101', '北京市东城区', 'Dongcheng District, Beijing', 'district'),
  region('411500', '信阳市', 'Xinyang', 'prefecture'),
  region('610100', '西安市', "Xi'an", 'prefecture'),
  region('140000', '山西省', 'Shanxi', 'provincial'),
  region('610000', '陕西省', 'Shaanxi', 'provincial'),
  region('150000', '内蒙古自治区', 'Inner Mongolia', 'provincial'),
];
const index = buildRegionIndex(regions, regionSpelling);
const codes = (query: string) => searchRegions(index, query).map((r) => r.code);

describe('searchRegions', () => {
  it('finds a Chinese name, also when typed in traditional characters', () => {
    expect(codes('东莞')).toEqual(['441900']);
    expect(codes('東莞')).toEqual(['441900']);
    expect(codes('坪山')).toEqual(['440310']);
    expect(codes('陝西')).toEqual(['610000']);
  });

  it('finds full pinyin, with or without spaces, in any case, and pinyin initials', () => {
    expect(codes('dongguan')).toEqual(['441900']);
    expect(codes('dong guan')).toEqual(['441900']);
    expect(codes('DongGuan')).toEqual(['441900']);
    expect(codes('dg')).toEqual(['441900']);
    expect(codes('nmg')).toEqual(['150000']);
    expect(codes('szspsq')).toEqual(['440310']);
    expect(codes('psq')).toEqual(['440310']);
  });

  it('starts a pinyin match at a syllable, never inside one', () => {
    expect(codes('an')).toEqual(['610100']);
    expect(codes('pingshan')).toEqual(['440310']);
  });

  it('finds English names in any case and by any word', () => {
    expect(codes('PINGSHAN DISTRICT')).toEqual(['440310']);
    expect(codes('mongolia')).toEqual(['150000']);
    expect(codes("xi'an")).toEqual(['610100']);
    expect(codes('shaanxi')).toEqual(['610000']);
  });

  it('finds codes from their start only; a code written without its trailing zeros is exact', () => {
    expect(codes('4409')).toEqual(['440900', '440902']);
    expect(codes('44')).toEqual(['440000', '440902', '440900', '441900', '440310']);
    expect(codes('440902')).toEqual(['440902']);
    expect(codes('0310')).toEqual([]);
  });

  it('ranks exact before prefix before a later syllable or word', () => {
    expect(codes('茂名')).toEqual(['440900', '440902']);
    expect(codes('maoming')).toEqual(['440900', '440902']);
    // 信阳 and 西安 start with xi; 山西 and 陕西 only have it as a later syllable
    expect(codes('xi')).toEqual(['411500', '610100', '140000', '610000']);
    // 山西 and 陕西 are both shanxi in pinyin; the English name decides nothing here, both are exact
    expect(codes('shanxi')).toEqual(['140000', '610000']);
    expect(codes('dong')).toEqual(['441900', '110101', '440000']);
  });

  it('gives every region, in order, for an empty query, and honours the limit', () => {
    expect(codes('  ')).toHaveLength(11);
    expect(searchRegions(index, '', 2).map((r) => r.code)).toEqual(['440902', '440900']);
    expect(searchRegions(index, '44', 1).map((r) => r.code)).toEqual(['440000']);
    expect(codes("'")).toEqual([]);
  });

  it('reads no pinyin and no traditional characters until it is given a spelling', () => {
    const plain = buildRegionIndex(regions);
    expect(searchRegions(plain, 'dg')).toEqual([]);
    expect(searchRegions(plain, '東莞')).toEqual([]);
    expect(searchRegions(plain, 'dongguan').map((r) => r.code)).toEqual(['441900']);
  });
});
