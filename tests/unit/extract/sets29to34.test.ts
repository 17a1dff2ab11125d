// Rules from the failures of sets 29–34 (each first scored unseen); each sentence written for this file, each expected
// claim by hand, with the near misses each rule must leave alone.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { claim, figure, figures } from './helpers.ts';

describe('a plain 化解 count with no count of disputes before it is the number handled (resolvedAlone)', () => {
  it.each([
    '2023年,全省各级人民调解组织共化解矛盾纠纷16万件。',
    '2023年,全市通过人民调解化解各类矛盾纠纷1.6万余件。',
    '去年以来,全县人民调解组织化解纠纷2,310件。',
    '全市共化解矛盾纠纷8,600件,化解率98%。',
    // The count of the sentence before is of another kind: no count of disputes.
    '全市建成调解组织1,200个。全市共化解矛盾纠纷8,600件。',
  ])('%s', (text) => {
    const c = figures(text).find((f) => f.metric?.startsWith('mediation.') === true && f.unit === 'count');
    expect(c?.metric).toBe('mediation.cases');
  });

  it.each([
    // After a count of disputes taken on, screened or mediated, in the sentence or the one before: the part resolved.
    ['全市人民调解组织排查矛盾纠纷1.3万件,化解1.2万件。', 12000],
    ['全市人民调解组织受理矛盾纠纷1.3万件。化解1.2万件,化解率92%。', 12000],
    ['全市共调解矛盾纠纷9,800件,化解9,650件。', 9650],
    // 成功 says resolved, whatever stands before.
    ['全市成功化解矛盾纠纷8,600件。', 8600],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value).metric).toBe('mediation.resolved');
  });
});

describe('a total of all instances split by a 其中 in the next sentence, a few figures on', () => {
  it.each([
    [
      '2022年,全省法院新收各类行政诉讼案件38,061件,同比增长3.8%;审结38,369件。其中,新收一审行政案件17,378件。',
      38061,
      17378,
    ],
    ['2022年,全市法院共受理行政诉讼案件5,120件,审结4,980件。其中一审案件3,860件。', 5120, 3860],
    ['2022年,全市行政机关共办理行政应诉案件862件。其中一审案件615件,二审案件247件。', 862, 615],
    // A rate between the total and its part, in the sentence before or in the same one, is passed over.
    ['2022年,全市行政机关共办理行政应诉案件862件,败诉率5%。其中一审案件615件。', 862, 615],
    ['2022年,全市行政机关共办理行政应诉案件862件,败诉率5%,一审案件615件。', 862, 615],
  ] as const)('%s', (text, total, firstInstance) => {
    // The total is no count of first-instance suits: none, or the courts' every instance (各类行政诉讼案件).
    expect([null, 'litigation.all_instance_cases']).toContain(figure(text, total, { year: 2022 }).metric);
    expect(claim(text, firstInstance, { year: 2022 })).toEqual(['litigation.cases', 'region']);
    // The rate passed over keeps its own metric.
    if (text.includes('败诉率')) expect(claim(text, 5, { year: 2022 })).toEqual(['litigation.loss_rate', 'region']);
  });

  it.each([
    // No 其中 opening the sentence: a new total, not a part.
    ['2022年,全市法院共受理行政诉讼案件5,120件。一审案件占比七成。全市行政机关一审应诉案件3,860件。', 5120],
    // The total before is itself of the first instance.
    ['2022年,全市新收一审行政案件3,860件,审结3,700件。其中一审案件3,860件。', 3860],
  ] as const)('near miss: %s', (text, total) => {
    expect(figure(text, total, { year: 2022 }).metric).toBe('litigation.cases');
  });
});

describe('short names of lower divisions listed together name them, with no full name written', () => {
  const PROVINCE: ExtractOptions = {
    year: 2022,
    region: '370000',
    names: {
      own: ['山东省', '山东'],
      lower: [
        { name: '济南市', short: '济南' },
        { name: '青岛市', short: '青岛' },
        { name: '淄博市', short: '淄博' },
        { name: '临沂市', short: '临沂' },
      ],
    },
  };

  it.each([
    ['2022年,济南、青岛、淄博受理行政一审案件数分别为3,595件、2,398件、2,574件。', 2398],
    ['2022年,济南、临沂两市办理法律援助案件分别为9,120件、8,330件。', 9120],
    ['2022年,临沂和济南、青岛的人民调解组织共调解纠纷5.2万件。', 52000],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, PROVINCE).scope).toBe('sub_category');
  });

  it.each([
    // One short name alone may be a word of something else: only a list, or the full name written, makes it a name.
    ['2022年,济南受理行政一审案件3,595件。', 3595],
    ['2022年,全省受理行政一审案件2.9万件,济南经验在全国推广。', 29000],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, PROVINCE).scope).toBe('region');
  });
});

describe('a rate word before 分别 and a verb (分别达到, 分别保持在, 分别提升至)', () => {
  it.each([
    ['2019年至2021年,全省行政机关负责人出庭应诉率分别达到21.1%、65.5%、80.4%。', 65.5, 'litigation.head_appearance_rate', 2020],
    ['2021年、2022年,全市行政复议纠错率分别保持在12%、13%。', 12, 'review.correction_rate', 2021],
    ['2021年和2022年,全市人民调解成功率分别提升至97%、98%。', 97, 'mediation.success_rate', 2021],
  ] as const)('%s', (text, value, metric, year) => {
    expect(figure(text, value, { year: 2023 })).toMatchObject({ metric, year, scope: 'prior_year' });
  });
});

describe('a later year stated after a closed span dates the figure after it', () => {
  it.each([
    ['2019年至2021年,全省出庭应诉率分别达到21.1%、65.5%、80.4%,2022年7月,全省行政机关负责人出庭应诉率已达到100%。', 100, 2022],
    ['2019年至2021年,全市共办理法律援助案件3.2万件;2022年,全市办理法律援助案件1.2万件。', 12000, 2022],
    // A year of the span itself, stated after it: that year's figure, no sum over the span.
    ['2019年至2021年,全省出庭应诉率分别达到21.1%、65.5%、80.4%,2021年7月,全省行政机关负责人出庭应诉率已达到100%。', 100, 2021],
    ['2019年至2021年,全市人民调解成功率均在95%以上,2020年12月,全市人民调解成功率达到99%。', 99, 2020],
    // …or a year before it.
    ['2021年至2023年,全市出庭应诉率分别达到90%、95%、98%,2020年7月,全市行政机关负责人出庭应诉率为85%。', 85, 2020],
  ] as const)('%s', (text, value, year) => {
    const c = figure(text, value, { year });
    expect([c.scope, c.year]).toEqual(['region', year]);
  });

  it.each([
    // The span's own figure, and a year inside the span (a part of it), keep the span.
    ['2019年至2021年,全市共办理法律援助案件3.2万件,2022年全市办理法律援助案件1.2万件。', 32000],
    ['2019年至2022年,全市共办理法律援助案件4.4万件,2022年起实行新标准。', 44000],
    // A year compared with is no year of the figure; a year stated before the span (or inside it) is not after it.
    ['2020年至2022年,全市累计办理法律援助案件4.4万件,较2019年版规定实施后共办理1万件。', 10000],
    ['2022年,全市2019年至2021年累计办理法律援助案件3.2万件。', 32000],
    ['2022年,全市2019年至2022年累计办理法律援助案件4.4万件。', 44000],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, { year: 2022 }).scope).toBe('cumulative');
  });
});

describe('a page whose title, or first sentence when it has none, opens with one town, township or street', () => {
  const COUNTY = { year: 2023, region: '341823' };
  it.each([
    ['泾县琴溪镇多措并举开展专项活动显成效\n目前共排查矛盾纠纷隐患35件,调解成功35件,调解成功率100%。', 100],
    ['城南街道:调解工作结硕果\n今年以来,街道调委会共调解纠纷210件。', 210],
    ['敖汉旗萨力巴乡以“三治融合”为依托,扎实开展矛盾纠纷排查化解。今年以来,排查发现矛盾纠纷58起,调处成功率95%以上。', 95],
    ['石门乡“五步工作法”化解基层矛盾。全年共调解纠纷120件,调解成功118件。', 118],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, COUNTY).scope).toBe('sub_category');
  });

  it.each([
    // Not a place: a phrase with 乡 in it, or a title of the whole county after the site's furniture.
    ['开展送法下乡活动\n2023年,全县共调解纠纷1,200件,调解成功率98%。', 98],
    ['推进城乡一体化\n2023年,共调解纠纷1,200件,调解成功率98%。', 98],
    ['看家乡事,品故乡情\n泾县去年收到行政复议申请237件\n全县各级行政复议机关去年共收到行政复议申请237件。其中,受理的案件中乡(镇)政府为被申请人的占3.56%。', 237],
    // A sentence naming the whole county takes the figure back.
    ['琴溪镇:普法宣传进万家\n2023年,全县共办理法律援助案件640件。', 640],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, COUNTY).scope).not.toBe('sub_category');
  });
});

describe('a clause that ends on a channel is the subject of the clause after it', () => {
  it.each([
    ['截至目前,全省1.5万个“百姓评理说事点”,化解矛盾纠纷7.5万件。', 75000],
    ['2023年,全县借助“村民说事”平台,调解纠纷640件。', 640],
    ['2023年,全市126个个人调解工作室,共调解纠纷3,400件。', 3400],
    ['2023年,全县依托12348热线,受理法律援助申请800件。', 800],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value).scope).toBe('sub_category');
  });

  it.each([
    // A channel built, then a clause of the whole county.
    ['2023年,全县建成“百姓说事点”120个,全县共化解矛盾纠纷1,200件。', 1200],
    // The clause names the whole county of its own.
    ['2023年,全县126个调解工作室,全县共调解纠纷3,400件。', 3400],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value).scope).toBe('region');
  });
});

describe('the loss rate of judgments on the merits (实体判决败诉率) is another rate than the loss rate', () => {
  it.each([
    ['2023年,全市行政机关总败诉率为10.2%,实体判决败诉率为23.7%。', 23.7],
    ['2023年,全市行政诉讼案件实体审理败诉率为15%。', 15],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value).metric).toBeNull();
  });

  it.each([
    ['2023年,全市行政机关总败诉率为10.2%,实体判决败诉率为23.7%。', 10.2],
    ['2023年,全市行政机关败诉率为6.8%。', 6.8],
  ] as const)('near miss: %s', (text, value) => {
    expect(claim(text, value)).toEqual(['litigation.loss_rate', 'region']);
  });
});

describe('a title naming one body after a chain of divisions and the bureau over it', () => {
  const COUNTY = { year: 2024, region: '371524' };
  it.each([
    ['山东省聊城市东阿县司法局高集司法所\n今年以来,共调解矛盾纠纷320件,调解成功率达99%。', 99],
    ['东阿县公安局城区派出所\n今年以来,共调解矛盾纠纷320件,调解成功率达99%。', 320],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, COUNTY).scope).toBe('sub_category');
  });

  it.each([
    // The county's bureau itself, with no body below it, is the county's.
    ['山东省聊城市东阿县司法局\n2024年,全县人民调解组织调解纠纷2,400件,调解成功率98%。', 98],
    ['东阿县司法局2024年工作总结\n2024年,人民调解组织共调解纠纷2,400件。', 2400],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, COUNTY).scope).toBe('region');
  });
});
