// Readings from the kinds of pages sets 74-76 brought, in sentences written for these tests:
// - a mediation team (巾帼调解队, 社区人民调解队, 调解小分队) is one channel of the work, as a service team is; the
//   ranks of mediators (调解队伍) are all of them;
// - an area of a zone (福州片区, 平潭片区) counts its own part;
// - 去年11月至今 on this year's page sums from a month of last year, as 去年11月以来 does.
import { claim } from './helpers.ts';

const COUNTY = { year: 2023, region: '522732' };

describe('a mediation team is one channel', () => {
  it.each([
    ['全县组建18支217人的巾帼调解队,今年来调解矛盾纠纷142起。', 142],
    ['吸纳网格员组建社区人民调解队,通过上门调解等方式,共调解矛盾纠纷2147起。', 2147],
    ['“红袖标”调解小分队全年化解纠纷86起。', 86],
  ])('%s: %d', (text, value) => {
    expect(claim(text, value, COUNTY)[1]).not.toBe('region');
  });

  it.each([
    ['全县不断壮大人民调解队伍,全年共调解矛盾纠纷1862起。', 1862],
    ['全县加强调解队伍建设。全年共调解矛盾纠纷1862起。', 1862],
  ])('%s: %d stays the region’s', (text, value) => {
    expect(claim(text, value, COUNTY)).toEqual(['mediation.cases', 'region']);
  });
});

describe('an area of a zone', () => {
  it.each([
    ['福州片区共有人民调解组织849个,今年以来调解矛盾纠纷1990件,调解成功1987件。', 1990],
    ['平潭片区今年以来调解矛盾纠纷130件,调解成功率达100%。', 100],
  ])('%s: %d is the area’s', (text, value) => {
    expect(claim(text, value, { year: 2019, region: '350000' })[1]).toBe('sub_category');
  });

  it('a province’s total beside its areas stays the province’s', () => {
    expect(claim('2019年,全省调解矛盾纠纷20.1万件。', 201000, { year: 2019, region: '350000' })).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('a span from a month of last year to now', () => {
  it.each([
    ['去年11月至今,全县成功化解群众纠纷1060余起。', 1060, 'mediation.resolved'],
    ['去年至今,全县共调解纠纷1060余起。', 1060, 'mediation.cases'],
  ])('%s: %d is a sum', (text, value, metric) => {
    expect(claim(text, value, { year: 2025, region: '451031' })).toEqual([metric, 'cumulative']);
  });

  it('this year compared with last year is no span', () => {
    expect(
      claim('与去年同期相比,全县今年成功化解群众纠纷1060余起。', 1060, { year: 2025, region: '451031' }),
    ).toEqual(['mediation.resolved', 'region']);
  });
});

describe('key, historical and border disputes are kinds', () => {
  it.each([
    ['全县精细化解重点矛盾纠纷108起。', 108],
    ['县里梳理出89个历史矛盾纠纷,已成功化解73件。', 73],
    ['调委会为两国边民解决矛盾纠纷80余起。', 80],
    ['全县调解涉边境矛盾纠纷45起。', 45],
  ])('%s: %d is one kind', (text, value) => {
    expect(claim(text, value, COUNTY)[1]).toBe('sub_category');
  });

  it.each([
    ['全县重点推进矛盾纠纷排查化解,全年共调解矛盾纠纷1862起。', 1862],
    ['全县人民调解组织共调解矛盾纠纷1862起,创历史新高。', 1862],
  ])('%s: %d stays the region’s', (text, value) => {
    expect(claim(text, value, COUNTY)).toEqual(['mediation.cases', 'region']);
  });
});
