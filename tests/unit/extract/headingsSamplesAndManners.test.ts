// From set 51 (first scored unseen): a short heading after the first prose line is no title; the cases of a quality
// check are a sample; one manner of taking cases is one channel. Each sentence written for this file, with near misses.
import { claim, figure } from './helpers.ts';

const Y = { year: 2025 };

describe('a page that opens in prose about one street, its headings after', () => {
  const page = (first: string): string =>
    `${first}\n一、深入学习贯彻习近平法治思想,加强党的领导\n落实行政机关负责人出庭应诉制度,负责人出庭应诉3宗。全年调解矛盾纠纷391件。`;

  it('is about the street: a heading is no title', () => {
    const text = page(
      '2025年,龙城街道全面贯彻党的二十大精神,紧密围绕区委区政府有关部署,推动法治政府建设,现将有关情况报告如下:',
    );
    expect(figure(text, 3, Y).scope).toBe('sub_category');
    expect(figure(text, 391, Y).scope).toBe('sub_category');
  });

  it('near miss: opening in prose about the whole district is the district’s', () => {
    const text = page(
      '2025年,全区全面贯彻党的二十大精神,紧密围绕区委区政府有关部署,推动法治政府建设,现将有关情况报告如下:',
    );
    expect(claim(text, 391, Y)).toEqual(['mediation.cases', 'region']);
  });

  it('near miss: a title line before the prose is still the title', () => {
    const text = `龙城街道2025年法治政府建设年度报告\n2025年,全区深入推进法治建设,现将有关情况报告如下:\n全年调解矛盾纠纷391件。`;
    expect(figure(text, 391, Y).scope).toBe('sub_category');
  });
});

describe('the cases of a quality check are a sample, not the cases handled', () => {
  it.each([
    [
      '2025年,对随机抽取的民事、刑事共100件法律援助案件进行评估。经评估,100件案件全部合格,合格率为100%。',
      100,
    ],
    ['在2025年全市法律援助案件评估工作中,区法律援助中心提交的15宗法律援助案卷中,6宗获评优良等次。', 15],
    [
      '在2025年全市法律援助案件评估工作中,区法律援助处提交的15宗法律援助案件中,6宗获评优良等次,无不合格案件。',
      15,
    ],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value, Y);
    expect(c.metric === 'legal_aid.cases' && c.scope === 'region').toBe(false);
  });

  it('near miss: the cases handled beside a quality rate', () => {
    expect(claim('2025年,全区共办理法律援助案件1,020件,案件质量评查合格率100%。', 1020, Y)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});

describe('cases taken in one manner are one channel’s', () => {
  it.each([
    ['2025年,通过诚信承诺方式受理法律援助案件81件。', 81],
    ['2025年,全区通过“容缺受理”方式办理法律援助案件46件。', 46],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).scope).toBe('sub_category');
  });

  it.each([
    ['2025年,全县通过人民调解方式化解矛盾纠纷1,460件。', 1460, 'mediation.cases'],
    ['2025年,全区通过多种方式共办理法律援助案件820件。', 820, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('mediated cases whose files fail a check are a sample too', () => {
  it('对其余96件虽然调处成功但案卷不符合…', () => {
    const text = '2013年,全县抽查调解卷宗300件,对其余96件虽然调处成功但案卷不符合规范化标准要求的,责令整改。';
    expect(figure(text, 96, { year: 2013 }).metric).toBeNull();
  });

  it('near miss: the cases mediated successfully', () => {
    expect(claim('2013年,全县调处纠纷1,200件,调处成功1,196件。', 1196, { year: 2013 })).toEqual([
      'mediation.resolved',
      'region',
    ]);
  });
});

describe('disputes across trades or departments, and events of one kind, are one kind', () => {
  it.each([
    ['2023年,通过跨行业聚力快速化解争议2起。', 2, 2023],
    ['2008年,交警大队调委会已主持调解各类交通赔偿事件21300余起。', 21300, 2008],
    ['2023年,全区调处跨部门矛盾纠纷42件。', 42, 2023],
  ] as const)('%s', (text, value, year) => {
    const c = figure(text, value, { year });
    expect(c.metric !== null && c.scope === 'region').toBe(false);
  });

  it('near miss: disputes of every kind', () => {
    expect(claim('2008年,全市已调解各类矛盾纠纷21300余起。', 21300, { year: 2008 })).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});
