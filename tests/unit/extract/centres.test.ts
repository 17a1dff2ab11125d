// One mediation centre's count is not the region's mediation; a count since a unit began to run is a
// sum over its life; a network of every level is the whole region's channel. Sentences are written
// for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figure, claim as claimOf } from './helpers.ts';

const Y = { year: 2023, region: '330200' };
const HEADLINE = /^mediation\.(cases|resolved|success_rate)$|^legal_aid\.cases$/;
const isHeadline = (m: string | null): boolean => m !== null && HEADLINE.test(m);

const claim = (text: string, value: number, options: ExtractOptions = Y) => claimOf(text, value, options);

describe('one mediation centre', () => {
  it.each([
    ['2023年,专调中心共调解成功6,086件。', 6086],
    ['市矛盾纠纷多元化解中心全年受理矛盾纠纷1,520件。', 1520],
    ['县人民调解中心成立后,中心已化解各类矛盾纠纷500余件。', 500],
    ['区医患纠纷调解中心共调处医疗纠纷86起。', 86],
  ] as const)('%s is no count of the region’s mediation', (text, value) => {
    expect(isHeadline(figure(text, value, Y).metric)).toBe(false);
    expect(figure(text, value, Y).scope).not.toBe('region');
  });

  it.each([
    ['全市市县乡三级调解中心共调解纠纷2.1万件。', 21000, 'mediation.cases'],
    ['各县(市、区)调解中心和全市人民调解组织共调解纠纷2.6万件。', 26000, 'mediation.cases'],
    ['全市人民调解组织共调解纠纷1.8万件。', 18000, 'mediation.cases'],
  ] as const)('centres of every level, or no centre, are the region’s: %s', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'region']);
  });

  it('a centre counted over years is cumulative first', () => {
    expect(figure('2020年至2023年5月,专调中心共调解成功6,086件。', 6086, Y).scope).toBe('cumulative');
  });

  it('the courts’ mediation over years stays the courts’, with no people’s mediation metric', () => {
    const c = figure('三年来,全市法院诉前调解成功纠纷1.2万件。', 12000, Y);
    expect(c.scope).toBe('court');
    expect(c.metric?.startsWith('mediation.')).not.toBe(true);
  });
});

describe('since a unit began to run', () => {
  it.each([
    ['自2021年9月底运作以来,中心已化解矛盾纠纷500余件。', 500],
    ['平台上线以来,共调解纠纷3,200件。', 3200],
    ['调解室投入使用以来,累计调解纠纷860件。', 860],
    ['工作站揭牌至今,已办理法律援助案件120件。', 120],
  ] as const)('%s is a sum over its life', (text, value) => {
    const c = figure(text, value, Y);
    expect(c.scope).toBe('cumulative');
    expect(c.year).toBe(2023);
  });

  it('a year that dates the figure still does', () => {
    expect(figure('2021年9月,全市调解纠纷1,300件。', 1300, Y)).toMatchObject({
      year: 2021,
      scope: 'prior_year',
    });
  });
});

describe('a channel', () => {
  it.each([
    ['今年以来,该区通过三级网络平台办理法律援助案件87件。', 87, 'legal_aid.cases'],
    ['全县依托县乡村四级调解平台调解纠纷3,600件。', 3600, 'mediation.cases'],
  ] as const)('of every level is the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, { year: 2023, region: '130110' })).toEqual([metric, 'region']);
  });

  it.each([
    ['通过线上平台办理法律援助案件87件。', 87],
    ['在线调解平台共调解纠纷1,200件。', 1200],
  ] as const)('of one kind is a part: %s', (text, value) => {
    expect(figure(text, value, { year: 2023, region: '130110' }).scope).toBe('sub_category');
  });
});
