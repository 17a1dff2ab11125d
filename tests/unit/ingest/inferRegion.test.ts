import { describe, expect, it } from 'vitest';
import { inferRegion, namedDivisions } from '../../../src/ingest/inferRegion.ts';

const divisions = namedDivisions(
  [{ code: '44', name: '广东省' }, { code: '11', name: '北京市' }, { code: '22', name: '吉林省' }],
  [
    { code: '4401', name: '广州市', provinceCode: '44' },
    { code: '4419', name: '东莞市', provinceCode: '44' },
    { code: '1101', name: '市辖区', provinceCode: '11' },
    { code: '2201', name: '长春市', provinceCode: '22' },
  ],
  [
    { code: '440106', name: '天河区', cityCode: '4401', provinceCode: '44' },
    { code: '441900', name: '东莞市', cityCode: '4419', provinceCode: '44' },
    { code: '110105', name: '朝阳区', cityCode: '1101', provinceCode: '11' },
    { code: '220104', name: '朝阳区', cityCode: '2201', provinceCode: '22' },
  ],
);

describe('inferRegion', () => {
  it('takes the most specific division named in the title', () => {
    expect(inferRegion('广东省广州市天河区2023年法治政府建设年度报告\n全区……', divisions)).toEqual({ code: '440106', name: '天河区', how: 'title' });
    expect(inferRegion('广州市2023年法治政府建设年度报告\n天河区、越秀区……', divisions)).toEqual({ code: '440100', name: '广州市', how: 'title' });
  });
  it('reads a city listed twice under one code (东莞市) as one region', () => {
    expect(inferRegion('东莞市司法局2022年法治政府建设年度报告', divisions)).toMatchObject({ code: '441900', name: '东莞市' });
  });
  it('leaves a name two divisions share unknown unless its city or province is named', () => {
    expect(inferRegion('朝阳区2023年法治政府建设年度报告', divisions)).toBeNull();
    expect(inferRegion('朝阳区2023年法治政府建设年度报告\n在长春市委的领导下', divisions)).toMatchObject({ code: '220104', how: 'title' });
  });
  it('falls back to the division the text names most often, never to a single mention', () => {
    const body = `${'x'.repeat(200)}广州市推进……广州市完成……广州市开展……天河区……`;
    expect(inferRegion(body, divisions)).toEqual({ code: '440100', name: '广州市', how: 'text' });
    expect(inferRegion(`${'x'.repeat(200)}广州市推进……`, divisions)).toBeNull();
  });
});
