// A figure another region counts (a neighbour, a partner, a region of another province) is that region's, not the page's:
// the caller names every other division (RegionNames.others). Sentences and names are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figure } from './helpers.ts';

const TONGLU: ExtractOptions = {
  year: 2024,
  region: '330122',
  names: {
    own: ['桐庐县', '桐庐'],
    lower: [],
    higher: ['杭州市', '杭州', '浙江省', '浙江'],
    others: ['淳安县', '建德市', '诸暨市', '黟县', '祁门县', '江山市', '海伦市'],
  },
};

describe('another region opening the clause that counts', () => {
  it.each([
    ['桐庐县人民调解组织共调解纠纷8,312件;淳安县调解纠纷6,120件。', 6120],
    ['桐庐县调解纠纷8,312件,建德市同期调处纠纷5,407件。', 5407],
    ['桐庐县调解纠纷8,312件,淳安县、建德市同期分别调处4,210件和5,407件。', 4210],
    ['桐庐县调解纠纷8,312件,淳安县、建德市同期分别调处4,210件和5,407件。', 5407],
    ['据介绍,祁门县全年办理法律援助案件612件。', 612],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, TONGLU).metric).toBeNull();
  });

  it('the page’s own figure beside it stays its own', () => {
    expect(figure('桐庐县人民调解组织共调解纠纷8,312件;淳安县调解纠纷6,120件。', 8312, TONGLU)).toMatchObject(
      {
        metric: 'mediation.cases',
        scope: 'region',
      },
    );
  });

  it.each([
    ['在淳安县召开联调工作会议,全县共调解纠纷8,312件。', 8312],
    ['学习诸暨市经验,全县人民调解组织共调解纠纷8,312件。', 8312],
    ['赴诸暨市考察学习后,全县共调解纠纷8,312件。', 8312],
    ['淳安县司法局来我县交流,全县共调解纠纷8,312件。', 8312],
    ['与建德市签订联调协议后,桐庐县人民调解组织共调解纠纷8,312件。', 8312],
  ] as const)('near miss: the other region is a place, a model or a partner: %s', (text, value) => {
    expect(figure(text, value, TONGLU)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
});

describe('another region by a pronoun, a bracket or a modifier', () => {
  it.each([
    ['前来考察的黑龙江省海伦市代表团介绍,该市2023年调解纠纷4,150件。', 4150],
    ['海伦市学习“枫桥经验”。据介绍,该市全年调解纠纷4,150件。', 4150],
    ['参照淳安县(全年收案266件)做法,建立复议案件繁简分流机制。', 266],
    ['调解量占杭州市同期总量(3.4万件)的近六分之一。', 34000],
    ['邻近的建德市同年办理法律援助案件846件。', 846],
    ['杭州市政府作为复议机关全年收案1,850件。', 1850],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, TONGLU).metric).toBeNull();
  });

  it.each([
    ['海伦市代表团来访。桐庐县介绍,该县全年调解纠纷8,312件。', 8312],
    ['桐庐县全年调解纠纷8,312件(其中淳安县籍当事人纠纷266件)。', 8312],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, TONGLU)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
});

describe('the whole after another region’s name', () => {
  const CHENGDU: ExtractOptions = {
    year: 2022,
    region: '510100',
    names: { own: ['成都市', '成都'], lower: [], higher: ['四川省', '四川'], others: ['重庆市'] },
  };
  it('is that region’s', () => {
    expect(figure('重庆市方面,同期全市办理法律援助案件约6.9万件。', 69000, CHENGDU).metric).toBeNull();
  });
  it('near miss: 我市 after it is the page’s', () => {
    expect(figure('重庆市律师来我市交流,全市共办理法律援助案件3.05万件。', 30500, CHENGDU)).toMatchObject({
      metric: 'legal_aid.cases',
      scope: 'region',
    });
  });
  it('the level above’s whole too (海北州全州…)', () => {
    const MENYUAN: ExtractOptions = {
      year: 2021,
      region: '632221',
      names: {
        own: ['门源回族自治县', '门源县', '门源'],
        lower: [],
        higher: ['海北州', '海北', '青海省', '青海'],
      },
    };
    expect(figure('海北州全州全年办理法律援助案件1,146件。', 1146, MENYUAN).metric).toBeNull();
  });
});

describe('the page’s own name written after another region’s', () => {
  const CHENGGUAN: ExtractOptions = {
    year: 2018,
    region: '540102',
    names: {
      own: ['城关区', '城关'],
      lower: [],
      higher: ['拉萨市', '拉萨', '西藏自治区', '西藏'],
      others: ['兰州市', '甘肃省', '宁波市', '承德市', '江北区'],
    },
  };
  it.each([
    ['兰州市城关区全年调解纠纷8,600余件。', 8600],
    ['甘肃省兰州市城关区司法局来访交流。该区前三季度调解纠纷即达8,600余件。', 8600],
    ['同期,宁波城关区调解纠纷3,800余件。', 3800],
    ['承德全市当年办理法律援助案件4,680件。', 4680],
  ] as const)('is that region: %s', (text, value) => {
    expect(figure(text, value, CHENGGUAN).metric).toBeNull();
  });
  it.each([
    ['拉萨市城关区全年调解纠纷1,937件。', 1937],
    ['兰州市城关区司法局来访交流。城关区全区人民调解组织共调处纠纷1,937件。', 1937],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, CHENGGUAN)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
});

describe('the county’s own centre on a page about one of its bodies', () => {
  const LINSHUI: ExtractOptions = { year: 2024, region: '511623' };
  const page = (body: string): string =>
    `高滩镇“老兵调解室”化解纠纷\n高滩镇“老兵调解室”全年调处纠纷163件。据县司法局统计,${body}`;
  it('the county’s legal-aid centre counts the county’s', () => {
    expect(figure(page('县法律援助中心办理法律援助案件684件。'), 684, LINSHUI)).toMatchObject({
      metric: 'legal_aid.cases',
      scope: 'region',
    });
  });
  it('near miss: the room’s own count stays the room’s', () => {
    expect(figure(page('县法律援助中心办理法律援助案件684件。'), 163, LINSHUI).scope).toBe('sub_category');
  });
});

describe('the government with its departments as defendants', () => {
  it('is every agency of the region', () => {
    expect(
      figure('以区政府及部门为被告的一审行政诉讼案件89件,败诉率5.6%。', 89, { year: 2023, region: '130102' }),
    ).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
  it('near miss: one level’s governments on a province’s page are a part', () => {
    expect(
      figure('以县级人民政府及其工作部门为被告的案件5,046件。', 5046, { year: 2021, region: '440000' }).scope,
    ).not.toBe('region');
  });
});

describe('a city’s or a province’s short name opening the clause that counts', () => {
  const QUANZHOU: ExtractOptions = {
    year: 2017,
    region: '350500',
    names: {
      own: ['泉州市', '泉州'],
      lower: [],
      higher: ['福建省', '福建'],
      others: ['厦门市', '沈阳市', '广东省', '德阳市', '眉山市', '资阳市', '齐齐哈尔市'],
    },
  };
  it.each([
    ['泉州全市办理法律援助案件1.2万件;同期厦门办理法律援助案件1.05万件。', 10500],
    ['沈阳去年出庭率已经超过90%。', 90],
    ['广东本省当年办理法律援助案件达16.8万件。', 168000],
    ['德阳、眉山、资阳三市分别调解纠纷4.1万件、2.9万件、2.2万件。', 41000],
    ['省内齐齐哈尔市同期复议收案约1,900件。', 1900],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, QUANZHOU).metric).toBeNull();
  });
  it.each([
    ['泉州全市办理法律援助案件1.2万件。', 12000],
    ['通过调解化解矛盾纠纷1.2万件。', 12000],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, QUANZHOU).scope).toBe('region');
  });
});
