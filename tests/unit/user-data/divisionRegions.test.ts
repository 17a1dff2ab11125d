import { describe, expect, it } from 'vitest';
import { divisionRegions } from '../../../src/user-data/divisionRegions.ts';
import { divisionEnglishName } from '../../../src/user-data/divisionEnglishName.ts';
import { placeSyllables } from '../../../src/regions/placePinyin.ts';
import { buildRegionIndex, searchRegions } from '../../../src/regions/matchRegion.ts';
import { regionSpelling } from '../../../src/regions/regionSpelling.ts';

const en = (zh: string, parent?: string) => divisionEnglishName(zh, placeSyllables, parent);

describe('English names of divisions', () => {
  it('names provinces the usual way, Shaanxi apart from Shanxi', () => {
    expect(
      [
        '广东省',
        '内蒙古自治区',
        '广西壮族自治区',
        '西藏自治区',
        '新疆维吾尔自治区',
        '宁夏回族自治区',
        '陕西省',
        '山西省',
        '黑龙江省',
      ].map((zh) => en(zh)),
    ).toEqual([
      'Guangdong',
      'Inner Mongolia',
      'Guangxi',
      'Tibet',
      'Xinjiang',
      'Ningxia',
      'Shaanxi',
      'Shanxi',
      'Heilongjiang',
    ]);
    expect([en('香港特别行政区'), en('澳门特别行政区'), en('北京市'), en('重庆市')]).toEqual([
      'Hong Kong',
      'Macao',
      'Beijing',
      'Chongqing',
    ]);
  });

  it('names prefecture-level divisions without 市, and autonomous ones without their peoples', () => {
    expect([en('深圳市'), en('西安市'), en('吕梁市'), en('六安市')]).toEqual([
      'Shenzhen',
      "Xi'an",
      'Lüliang',
      "Lu'an",
    ]);
    expect([
      en('延边朝鲜族自治州'),
      en('黔东南苗族侗族自治州'),
      en('伊犁哈萨克自治州'),
      en('阿克苏地区'),
      en('阿拉善盟'),
    ]).toEqual([
      'Yanbian Autonomous Prefecture',
      'Qiandongnan Autonomous Prefecture',
      'Yili Autonomous Prefecture',
      'Akesu Prefecture',
      'Alashan League',
    ]);
  });

  it('names districts, counties and county-level cities after their city', () => {
    expect(en('坪山区', 'Shenzhen')).toBe('Pingshan District, Shenzhen');
    expect(en('秀山土家族苗族自治县', 'Chongqing')).toBe('Xiushan Autonomous County, Chongqing');
    expect(en('巫山县', 'Chongqing')).toBe('Wushan County, Chongqing');
    expect(en('江阴市', 'Wuxi')).toBe('Jiangyin, Wuxi');
    expect(en('乐清市', 'Wenzhou')).toBe('Yueqing, Wenzhou');
    expect(en('单县', 'Heze')).toBe('Shan County, Heze');
    expect(en('鄂伦春自治旗', 'Hulunbuir')).toBe('Elunchun Autonomous Banner, Hulunbuir');
    expect(en('神农架林区', 'Hubei')).toBe('Shennongjia Forestry District, Hubei');
    expect(en('滨海新区', 'Tianjin')).toBe('Binhai New Area, Tianjin');
    // 清新区 is 清新's district: one character before 新区 is no new area (a new user saw "Qing New Area").
    expect(en('清新区', 'Qingyuan')).toBe('Qingxin District, Qingyuan');
    expect(en('龙胜各族自治县', 'Guilin')).toBe('Longsheng Autonomous County, Guilin');
    expect(en('都匀市', 'Qiannan')).toBe('Duyun, Qiannan');
    expect(en('阿坝藏族羌族自治州')).toBe('Aba Autonomous Prefecture');
  });
});

describe('GB/T 2260 divisions', () => {
  const regions = divisionRegions(
    [
      { code: '44', name: '广东省' },
      { code: '50', name: '重庆市' },
      { code: '42', name: '湖北省' },
    ],
    [
      { code: '4403', name: '深圳市', provinceCode: '44' },
      { code: '5001', name: '市辖区', provinceCode: '50' },
      { code: '5002', name: '县', provinceCode: '50' },
      { code: '4290', name: '省直辖县级行政区划', provinceCode: '42' },
    ],
    [
      { code: '440310', name: '坪山区', cityCode: '4403', provinceCode: '44' },
      { code: '500101', name: '万州区', cityCode: '5001', provinceCode: '50' },
      { code: '500241', name: '秀山土家族苗族自治县', cityCode: '5002', provinceCode: '50' },
      { code: '429004', name: '仙桃市', cityCode: '4290', provinceCode: '42' },
    ],
    placeSyllables,
  );

  it('builds regions with six-digit codes, levels, provinces and names in both languages, and no population', () => {
    expect(regions.map((r) => [r.code, r.name.zh, r.name.en, r.level, r.province.code])).toEqual([
      ['440000', '广东省', 'Guangdong', 'provincial', '440000'],
      ['500000', '重庆市', 'Chongqing', 'provincial', '500000'],
      ['420000', '湖北省', 'Hubei', 'provincial', '420000'],
      ['440300', '深圳市', 'Shenzhen', 'prefecture', '440000'],
      ['440310', '深圳市坪山区', 'Pingshan District, Shenzhen', 'district', '440000'],
      ['500101', '重庆市万州区', 'Wanzhou District, Chongqing', 'district', '500000'],
      ['500241', '重庆市秀山土家族苗族自治县', 'Xiushan Autonomous County, Chongqing', 'county', '500000'],
      ['429004', '湖北省仙桃市', 'Xiantao, Hubei', 'county', '420000'],
    ]);
    expect(regions.every((r) => r.population === null && r.user_added === true)).toBe(true);
  });

  it('gives each region its province in both languages, so an English province filter never lists 广东省', () => {
    expect(regions.find((r) => r.code === '440310')?.province.name).toEqual({
      zh: '广东省',
      en: 'Guangdong',
    });
  });

  it('are found by the one region matcher', () => {
    const index = buildRegionIndex(regions, regionSpelling);
    const codes = (q: string) => searchRegions(index, q).map((r) => r.code);
    expect(codes('坪山')).toEqual(['440310']);
    expect(codes('4403')).toEqual(['440300', '440310']);
    expect(codes('xiushan')).toEqual(['500241']);
    expect(codes('Xiantao')).toEqual(['429004']);
  });
});
