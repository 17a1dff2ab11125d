import { describe, expect, it } from 'vitest';
import { checkReportText } from '../../../src/user-data/readReportText.ts';
import { divisionRegions, searchDivisions } from '../../../src/user-data/divisionRegions.ts';

describe('checking pasted text', () => {
  it('drops a BOM, refuses empty text and text over 2 MiB characters', () => {
    expect(checkReportText('\uFEFF调解案件1200件')).toEqual({ ok: true, text: '调解案件1200件' });
    expect(checkReportText('  \n ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkReportText('a'.repeat(2 * 1024 * 1024 + 1))).toMatchObject({ ok: false, problem: 'too_large' });
  });
});

describe('GB/T 2260 divisions', () => {
  const regions = divisionRegions(
    [{ code: '44', name: '广东省' }, { code: '11', name: '北京市' }],
    [{ code: '4418', name: '清远市', provinceCode: '44' }, { code: '1101', name: '市辖区', provinceCode: '11' }],
    [{ code: '441802', name: '清城区', cityCode: '4418', provinceCode: '44' }, { code: '110101', name: '东城区', cityCode: '1101', provinceCode: '11' }],
  );
  it('builds regions with six-digit codes, levels and provinces, and no population', () => {
    expect(regions.map((r) => [r.code, r.name.zh, r.level, r.province.code])).toEqual([
      ['440000', '广东省', 'provincial', '440000'],
      ['110000', '北京市', 'provincial', '110000'],
      ['441800', '清远市', 'prefecture', '440000'],
      ['441802', '清远市清城区', 'district', '440000'],
      ['110101', '北京市东城区', 'district', '110000'],
    ]);
    expect(regions.every((r) => r.population === null)).toBe(true);
  });
  it('finds by name or code prefix', () => {
    expect(searchDivisions(regions, '清城').map((r) => r.code)).toEqual(['441802']);
    expect(searchDivisions(regions, '4418').map((r) => r.code)).toEqual(['441800', '441802']);
    expect(searchDivisions(regions, '')).toEqual([]);
  });
});
