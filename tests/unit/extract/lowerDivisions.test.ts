// A figure about a lower division the caller names (options.names) is a part of the region, whatever the shape of
// its name: a county-level city (四会市) ends in 市 like the city itself, and a page often drops the level word
// (怀集 for 怀集县). Sentences and names are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { claim, figure } from './helpers.ts';

const ZHAOQING_NAMES = {
  own: ['肇庆市', '肇庆'],
  lower: [
    { name: '端州区', short: '端州' },
    { name: '怀集县', short: '怀集' },
    { name: '德庆县', short: '德庆' },
    { name: '四会市', short: '四会' },
  ],
};
const ZHAOQING: ExtractOptions = { year: 2023, region: '441200', names: ZHAOQING_NAMES };
const HUAIJI: ExtractOptions = {
  year: 2023,
  region: '441224',
  names: { own: ['怀集县', '怀集'], lower: [], higher: ['肇庆市', '肇庆', '广东省', '广东'] },
};
const QINGYUAN_ABOVE: ExtractOptions = {
  year: 2023,
  region: '441800',
  names: { own: ['清远市', '清远'], lower: [{ name: '英德市', short: '英德' }], higher: ['广东省', '广东'] },
};
const ZHAOQING_UNNAMED: ExtractOptions = { year: 2023, region: '441200' };
const QINGYUAN: ExtractOptions = {
  year: 2023,
  region: '441800',
  names: {
    own: ['清远市', '清远'],
    lower: [
      { name: '英德市', short: '英德' },
      { name: '连州市', short: '连州' },
      { name: '连南瑶族自治县', short: '连南' },
      { name: '连南县', short: '连南' },
      { name: '清新区' },
    ],
  },
};
const GUANGDONG: ExtractOptions = {
  year: 2023,
  region: '440000',
  names: { own: ['广东省', '广东'], lower: [{ name: '清远市', short: '清远' }, { name: '英德市', short: '英德' }] },
};
const JILIN: ExtractOptions = {
  year: 2023,
  region: '220000',
  names: { own: ['吉林省', '吉林'], lower: [{ name: '吉林市' }, { name: '长春市', short: '长春' }] },
};
const PEI: ExtractOptions = {
  year: 2023,
  region: '320300',
  names: { own: ['徐州市', '徐州'], lower: [{ name: '沛县' }, { name: '丰县' }] },
};

describe('a named lower division is a part, not the region', () => {
  it.each([
    ['怀集县调解纠纷1200件。', 1200, ZHAOQING],
    ['四会市行政复议机构收到行政复议申请300件。', 300, ZHAOQING],
    ['四會市行政復議機構收到行政復議申請300件。', 300, ZHAOQING],
    ['四会市法律援助中心受理法律援助案件560件。', 560, ZHAOQING],
    ['英德市法律援助中心全年受理法律援助案件1,080宗。', 1080, QINGYUAN],
    ['连州市人民调解委员会共调解矛盾纠纷２３００件。', 2300, QINGYUAN],
    ['连南瑶族自治县调解纠纷860件,调解成功率98.5%。', 860, QINGYUAN],
    ['连南瑶族自治县调解纠纷860件,调解成功率98.5%。', 98.5, QINGYUAN],
    ['2023年,英德市行政机关负责人出庭应诉率达100%。', 100, QINGYUAN],
    ['其中,四会市收到行政复议申请1.2万件。', 12000, ZHAOQING],
    ['肇庆市怀集县全年共调解纠纷1,200件。', 1200, ZHAOQING],
    ['英德市、连州市共办理法律援助案件3,400件。', 3400, QINGYUAN],
    ['清远市英德市新收行政复议申请420件。', 420, GUANGDONG],
    ['吉林市共调解矛盾纠纷2.3万件。', 23000, JILIN],
  ] as const)('%s', (text, value, options) => {
    expect(figure(text, value, options).scope).toBe('sub_category');
  });
});

describe('a short form counts where the page writes the full name too', () => {
  it.each([
    ['怀集县地处粤桂交界。怀集调解纠纷1,200件。', 1200],
    ['怀集县、四会市试点推进。其中四会新收行政复议申请300件。', 300],
    ['端州区、德庆县各有侧重:端州调解纠纷800件,德庆调解纠纷560件。', 560],
    ['四会市法律援助工作站点覆盖全部镇街。肇庆四会全年受理法律援助案件420件。', 420],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, ZHAOQING).scope).toBe('sub_category');
  });

  it('is not a name where the page never writes the full one', () => {
    expect(claim('怀集调解纠纷1,200件。', 1200, ZHAOQING)).toEqual(['mediation.cases', 'region']);
  });

  it('is not a name inside a longer word', () => {
    const text = '沛县经验在全省推广。推进沛县式治理,开展诉源治理共调解纠纷6,300件。';
    expect(figure(text, 6300, PEI).scope).toBe('sub_category');
    const inside = '丰县已建成调解组织。为丰富调解形式,全年共调解纠纷6,300件。';
    expect(claim(inside, 6300, PEI)).toEqual(['mediation.cases', 'region']);
  });
});

describe('the region’s own name stays the region', () => {
  it.each([
    ['肇庆市共调解纠纷5,600件。', 5600, ZHAOQING, 'mediation.cases'],
    ['肇庆全年受理法律援助案件3,900件。', 3900, ZHAOQING, 'legal_aid.cases'],
    ['推广四会市经验,肇庆市共调解纠纷5,600件。', 5600, ZHAOQING, 'mediation.cases'],
    ['在怀集县召开现场会,全市共调解矛盾纠纷5,600件。', 5600, ZHAOQING, 'mediation.cases'],
    ['清远市全年办理法律援助案件4,200件。', 4200, QINGYUAN, 'legal_aid.cases'],
    ['广东省共调解矛盾纠纷40万件。', 400000, GUANGDONG, 'mediation.cases'],
    ['吉林省共调解矛盾纠纷26万件。', 260000, JILIN, 'mediation.cases'],
    ['吉林全省共调解矛盾纠纷26万件。', 260000, JILIN, 'mediation.cases'],
  ] as const)('%s', (text, value, options, metric) => {
    expect(claim(text, value, options)).toEqual([metric, 'region']);
  });

  it('a city’s own legal aid centre stays the city’s own count', () => {
    expect(claim('肇庆市法律援助中心受理法律援助案件900件。', 900, ZHAOQING)).toEqual([
      'legal_aid.cases',
      'government_own',
    ]);
  });
});

describe('without the names', () => {
  it('a county-level city on its prefecture’s page is not seen as a part', () => {
    // What the names add: 四会市 has the shape of the page's own 市.
    expect(figure('四会市调解纠纷300件。', 300, ZHAOQING_UNNAMED).scope).toBe('region');
    expect(figure('四会市调解纠纷300件。', 300, ZHAOQING).scope).toBe('sub_category');
  });
});

describe('a town or township, named or not', () => {
  it.each([
    ['某镇调解纠纷30件。', 30],
    ['某街道共调解矛盾纠纷45件。', 45],
    ['某个乡全年化解纠纷12件。', 12],
    ['大湾乡调解纠纷12件。', 12],
    ['鄂伦春民族乡人民调解委员会调解纠纷12件。', 12],
    ['城东街道调解纠纷20件。', 20],
  ] as const)('%s is a part', (text, value) => {
    expect(figure(text, value, ZHAOQING_UNNAMED).scope).toBe('sub_category');
  });

  it.each([
    ['统筹城乡调解纠纷1,200件。', 1200],
    ['全市城乡调解组织共调解纠纷1,200件。', 1200],
    ['深入乡镇共调解纠纷1,200件。', 1200],
    ['返乡人员纠纷调解1,200件。', 1200],
    ['某县司法局全年共调解纠纷1,200件。', 1200],
  ] as const)('%s is not a township', (text, value) => {
    expect(claim(text, value, ZHAOQING_UNNAMED)).toEqual(['mediation.cases', 'region']);
  });
});

describe('a region above the page’s, named as the one counting, makes no claim', () => {
  it.each([
    ['广东省各级人民调解组织共调解矛盾纠纷40万件。', 400000, QINGYUAN_ABOVE],
    ['广东省共调解矛盾纠纷40万件,清远市共调解纠纷2.3万件。', 400000, QINGYUAN_ABOVE],
    ['广东共调解矛盾纠纷40万件。', 400000, QINGYUAN_ABOVE],
    ['广东省法律援助机构共办理法律援助案件12万件,我市办理4,200件。', 120000, QINGYUAN_ABOVE],
    ['肇庆市共调解纠纷5.6万件。', 56000, HUAIJI],
    ['肇慶市全年收到行政復議申請1,200件。', 1200, HUAIJI],
  ] as const)('%s', (text, value, options) => {
    expect(figure(text, value, options).metric).toBeNull();
  });

  it.each([
    ['广东省共调解矛盾纠纷40万件,清远市共调解纠纷2.3万件。', 23000, QINGYUAN_ABOVE, 'mediation.cases'],
    ['广东省法律援助机构共办理法律援助案件12万件,我市办理4,200件。', 4200, QINGYUAN_ABOVE, 'legal_aid.cases'],
    ['清远市作为广东省唯一试点市,共调解纠纷2.3万件。', 23000, QINGYUAN_ABOVE, 'mediation.cases'],
    ['在广东省率先建成调解平台,全市共调解纠纷2.3万件。', 23000, QINGYUAN_ABOVE, 'mediation.cases'],
    ['广东省司法厅部署开展专项行动,全市共调解纠纷2.3万件。', 23000, QINGYUAN_ABOVE, 'mediation.cases'],
    ['肇庆市怀集县共调解纠纷1.2万件。', 12000, HUAIJI, 'mediation.cases'],
  ] as const)('the page’s own region stays: %s (%d)', (text, value, options, metric) => {
    expect(claim(text, value, options)).toEqual([metric, 'region']);
  });

  it('without the names the page still claims it (what the names add)', () => {
    const { names: _names, ...unnamed } = HUAIJI;
    expect(claim('肇庆市共调解纠纷5.6万件。', 56000, unnamed)).toEqual(['mediation.cases', 'region']);
  });
});

describe('a lower division as the place of a meeting is not the one counting', () => {
  it.each([
    ['在英德市召开现场推进会,推广经验,全年共调解纠纷2.3万件。', 23000],
    ['于连州市举行现场会,全年共调解纠纷2.3万件。', 23000],
    ['在清新区召开推进会后,全年共调解纠纷2.3万件。', 23000],
    ['在英德召开现场会,全年共调解纠纷2.3万件。英德市调解经验得到推广。', 23000],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, QINGYUAN)).toEqual(['mediation.cases', 'region']);
  });

  it.each([
    ['英德市举办调解员培训3期,调解纠纷300件。', 300],
    ['在英德市开展试点,调解纠纷300件。', 300],
  ] as const)('the one acting is: %s', (text, value) => {
    expect(figure(text, value, QINGYUAN).scope).toBe('sub_category');
  });
});
