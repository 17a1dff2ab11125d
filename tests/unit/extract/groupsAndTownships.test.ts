// A group of people who are no mediation committee (volunteers, 法律明白人, a team's members, lawyers) counts its own part,
// in the clauses after the one it opens too; every level of one township or street is that place's. Sentences written
// for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2024, region: '510781' };

describe('a group of people opening the sentence', () => {
  it.each([
    ['队员们全年开展法治宣传860场次,参与调解家庭、邻里等矛盾纠纷412件,成功化解398件。', 412],
    ['全市“法律明白人”全年参与调解矛盾纠纷1,215件。', 1215],
    ['120名律师调解员全年调解纠纷2,380件,调解成功率91.2%。', 2380],
    ['法律顾问们走村入户,全年参与化解矛盾纠纷316件。', 316],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('sub_category');
  });

  it.each([
    ['全市人民调解组织全年调解矛盾纠纷1.2万件。', 12000],
    ['全市律师事务所办理法律援助案件1,204件。', 1204],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('region');
  });
});

describe('every level of one township or street', () => {
  it.each([
    ['2024年,大康镇各级调委会共调解纠纷86件。', 86],
    ['布久乡各级调委会共调解纠纷52件,调解成功52件。', 52],
    ['城南街道各级调解组织共化解矛盾纠纷203件。', 203],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).not.toBe('region');
  });

  it.each([
    ['全市各级调委会共调解纠纷8,612件。', 8612],
    ['乡镇、村两级调委会和全市各级调解组织共调解纠纷8,612件。', 8612],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('region');
  });
});

describe('a share’s whole, a kind and a channel', () => {
  it('占全市的29% names the denominator, not who counts', () => {
    const text =
      '全市共收到行政复议申请3,126件。其中,市政府作为复议机关收案908件,占全市的29%,通过调解和解方式结案197件。';
    expect(figure(text, 197, { year: 2023, region: '410300' }).scope).toBe('government_own');
  });
  it.each([
    ['受理婚姻家庭纠纷612件,调解成功553件。其中离婚纠纷318件,经调解和好的有127对。', 318],
    ['全市商会调解组织全年调处纠纷680余件。', 680],
    ['全市人民调解组织调解纠纷1.2万件,行业协会调解委员会调处纠纷420件。', 420],
  ] as const)('one kind: %s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('sub_category');
  });
  it('legal aid through a notary office is one channel of it', () => {
    expect(figure('市公证处为残疾人等办理公证法律援助事项58件。', 58, Y).scope).not.toBe('region');
  });
  it('near miss: 全市人民调解组织 is every committee', () => {
    expect(figure('全市人民调解组织全年调处纠纷6,800余件。', 6800, Y).scope).toBe('region');
  });
});

describe('one firm or office', () => {
  it.each([
    ['湖南泓江律师事务所2024年承办法律援助案件百余件。', 100],
    ['县公证处全年为残疾人等办理法律援助事项58件。', 58],
    ['城南法律服务所全年代理法律援助案件37件。', 37],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).not.toBe('region');
  });
});

describe('a group named after 等, a league’s government, the county centre after a time', () => {
  it('残疾人、老年人等特殊群体 is one group, not every kind', () => {
    const text =
      '市法律援助中心共办理法律援助案件623件。其中,为农民工办理讨薪案件109件;为残疾人、老年人等特殊群体办理案件86件。';
    expect(figure(text, 86, { year: 2025, region: '429004' }).scope).toBe('sub_category');
  });
  it('near miss: 婚姻家庭、邻里等纠纷 gathers every kind', () => {
    expect(figure('全市调解婚姻家庭、邻里等纠纷3,200件。', 3200, Y).scope).toBe('region');
  });
  it('盟行署 is the league’s government, one body among its counties’', () => {
    expect(figure('盟行署办理行政复议案件21件。', 21, { year: 2016, region: '152900' }).scope).toBe(
      'government_own',
    );
  });
  it.each(['上半年县法律援助中心共受理法律援助案件531件。', '1-6月县法律援助中心共受理法律援助案件531件。'])(
    'the county’s centre after a time, on a page about one station: %s',
    (body) => {
      const text = `农民工法律援助工作站:讨薪路上有人帮\n工作站今年共受理农民工欠薪案件64件。据县司法局统计,${body}`;
      expect(figure(text, 531, { year: 2025, region: '500243' }).scope).toBe('region');
    },
  );
});

describe('the heading above lines of items names their topic', () => {
  const post =
    '一图读懂丨2023年法治政府建设年度报告\n🔹关键词:行政复议\n✅ 区行政复议局全年收到行政复议申请1,846件\n✅ 其中涉企案件206件\n✅ 受理1,702件,审结1,655件\n🔹关键词:法律援助\n📌 办理案件1,289件\n';
  it.each([
    [1702, 'review.accepted'],
    [1655, 'review.concluded'],
    [1289, 'legal_aid.cases'],
  ] as const)('%d is %s', (value, metric) => {
    expect(figure(post, value, { year: 2023, region: '310106' }).metric).toBe(metric);
  });
  it('near miss: a line with a figure is no heading', () => {
    const text = '全年调解纠纷5,200件\n✅ 受理1,702件';
    expect(figure(text, 1702, { year: 2023, region: '310106' }).metric).not.toBe('review.accepted');
  });
});

describe('administrative and compensation suits together', () => {
  it.each([
    ['2022年行政、赔偿诉讼一审案件共570件(新收案件436件,旧存案件134件)。', 570],
    ['2022年行政、赔偿诉讼一审案件共570件(新收案件436件,旧存案件134件)。', 436],
  ] as const)('%s (%d)', (text, value) => {
    expect(figure(text, value, { year: 2022, region: '411000' }).metric).toBeNull();
  });
  it('near miss: the new administrative cases after a comma are their own', () => {
    const text = '行政、赔偿诉讼一审案件共570件,新收行政一审案件同比下降21.16%。';
    expect(figure(text, -21.16, { year: 2022, region: '411000' }).metric).toBe('litigation.cases');
  });
});
