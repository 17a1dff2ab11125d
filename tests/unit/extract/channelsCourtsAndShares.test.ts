// A channel named in the clause before (48个个人调解工作室共调解…,调解成功…), a programme that funds some cases, one
// court, a count broken down by its bare share (主动调解455件,占52.4%), and a sentence of last year after a vague span
// (近年来…。去年办理…; which year 去年 is the page's date says, so no year is read from it). Sentences are written for these tests.
import { claim, figure } from './helpers.ts';

const Y = { year: 2023, region: '330100' };

describe('a channel named in the clause before', () => {
  it.each([
    ['全市48个个人调解工作室共调解案件2,034件,调解成功1,996件。', 1996],
    ['全区在线调解平台受理纠纷860件,成功化解812件。', 812],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it('committees of the whole region stay the region’s', () => {
    expect(claim('全市人民调解组织共调解案件2,034件,调解成功1,996件。', 1996, Y)).toEqual([
      'mediation.resolved',
      'region',
    ]);
  });
});

describe('a programme that funds some cases', () => {
  it.each([
    ['中央专项彩票公益金法律援助项目落户浙江半年来,共受理法律援助案件369件。', 369],
    ['法律援助惠民项目实施以来办理案件1,200件。', 1200],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[0]).toBeNull();
  });

  it('a programme that is only the frame of the year’s work does not', () => {
    expect(claim('全市深入实施法律援助惠民项目,全年共办理法律援助案件3,000件。', 3000, Y)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});

describe('one court takes only its own suits', () => {
  it.each([
    ['中院行政庭新收行政案件308件。', 308],
    ['市中级人民法院全年受理一审行政案件308件。', 308],
    ['全市法院受理一审行政案件1,308件,其中中院受理308件。', 308],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it.each([
    ['全市两级法院受理一审行政案件1,308件。', 1308],
    ['全市法院受理一审行政案件1,308件。', 1308],
  ] as const)('all courts stay the region’s: %s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['litigation.cases', 'region']);
  });
});

describe('a count broken down by its bare share', () => {
  const text =
    '全市各类调解组织共受理纠纷869件,调解成功842件;主动调解455件,占52.4%;申请调解378件,占比43.5%;群众来访调解36件,占总数的4.1%。';
  it.each([455, 378, 36])('%s is a part of the 869', (value) => {
    expect(claim(text, value, Y)).toEqual([null, 'sub_category']);
  });

  it('the total stays the region’s', () => {
    expect(claim(text, 869, Y)).toEqual(['mediation.cases', 'region']);
  });

  it.each([
    ['全市共调解纠纷869件,占全省的12%。', 869],
    ['全市共调解纠纷869件,占比12%。', 869],
    ['全市收到行政复议申请900件;受理820件,占收到申请总数的91%。', 820],
  ] as const)('a share of a named base, or with no larger total before it, does not: %s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('region');
    expect(claim(text, value, Y)[0]).not.toBeNull();
  });
});

describe('a sentence of last year ends a vague span opened before it', () => {
  const page = { region: '330212' };
  it('去年办理… after 近年来 is no sum over years', () => {
    const text = '近年来,该区法律援助工作不断加强。目前全区建成工作站23个。去年办理法律援助案件2,733件。';
    expect(figure(text, 2733, page).scope).toBe('region');
  });

  it.each([
    '近年来,全区共办理法律援助案件2,733件。',
    '近年来,全区共办理法律援助案件2,733件,较去年同期增长5%。',
  ])('a count after the span alone stays cumulative: %s', (text) => {
    expect(figure(text, 2733, page).scope).toBe('cumulative');
  });

  it('去年同期 after a part of the year keeps the part', () => {
    const c = figure('1-6月,全区调解纠纷3,000件,较去年同期增长5%。', 3000, { ...page, year: 2024 });
    expect(c.period).toMatchObject({ kind: 'partial_year', months: [1, 6] });
  });
});

describe('a court that only tells the news counts nothing itself', () => {
  it.each([
    '记者从市中级人民法院和市司法局联合召开的新闻发布会上获悉,2023年,全市行政机关负责人出庭应诉率达100%。',
    '据市中院通报,2023年全市行政机关负责人出庭应诉率达100%。',
  ])('%s', (text) => {
    expect(claim(text, 100, Y)).toEqual(['litigation.head_appearance_rate', 'region']);
  });
});

describe('a rate right after a part’s count is the part’s rate', () => {
  it.each([
    ['全市48个个人调解工作室共调解案件2,034件,调解成功1,996件,成功率98.13%。', 98.13],
    ['全区在线调解平台受理纠纷860件,成功化解812件,化解率94.4%。', 94.4],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual([null, 'sub_category']);
  });

  it.each([
    ['全市共调解纠纷3万件,调解成功2.9万件,调解成功率98%。', 98],
    ['全市48个个人调解工作室共调解案件2,034件,全市调解成功率98%。', 98],
    ['全市48个个人调解工作室共调解案件2,034件。调解成功率98%。', 98],
  ] as const)('a rate of its own, or of the whole, stays the region’s: %s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['mediation.success_rate', 'region']);
  });
});

describe('a line that stops at the verb before its number', () => {
  it('joins the number on the next line', () => {
    const text = '2023年全市行政机关总败诉率为\n14.2%\n';
    expect(claim(text, 14.2, Y)).toEqual(['litigation.loss_rate', 'region']);
  });

  it('a title line before a line of figures stays apart', () => {
    const text = '全市行政复议工作情况\n2023年全市新收行政复议案件900件。';
    expect(claim(text, 900, Y)).toEqual(['review.cases', 'region']);
  });
});

describe('after a 其中 share of outcomes, the rate is the whole’s', () => {
  it('办结255件,其中114件终止结案,实质性化解率超40%', () => {
    const text = '全市受理行政复议申请320件,办结255件,其中114件终止结案,实质性化解率超40%。';
    expect(claim(text, 40, Y)).toEqual(['review.resolution_rate', 'region']);
  });
});

describe('a township is below every region a code names', () => {
  const county = { year: 2023, region: '220422' };
  it.each([
    ['全镇各级调解组织共调解民间纠纷1,852件,调解成功1,818起,调解成功率达98.2%。', 98.2],
    ['全镇各级调解组织共调解民间纠纷1,852件。', 1852],
    ['该乡调委会全年调解纠纷86件。', 86],
    ['本街道共化解矛盾纠纷230件。', 230],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, county)[1]).toBe('sub_category');
  });

  it.each([
    ['全镇各级调解组织共调解民间纠纷1,852件。全县共调解纠纷1.2万件。', 12000, 'mediation.cases'],
    ['全县各乡镇调解组织共调解纠纷1.2万件。', 12000, 'mediation.cases'],
    ['乡镇调解工作成效明显,全县共调解纠纷1.2万件。', 12000, 'mediation.cases'],
  ] as const)('the whole region named after it stays the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, county)).toEqual([metric, 'region']);
  });
});

describe('a kind named after the number', () => {
  it.each([
    ['全市靠人民调解一年化解近16万起交通事故纠纷。', 160000],
    ['全市办理1,200件涉企行政复议案件。', 1200],
    ['全市调解成功860起婚姻家庭纠纷。', 860],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it.each([
    ['全市共调解8,833件矛盾纠纷。', 8833, 'mediation.cases'],
    ['全市共受理320件行政复议申请。', 320, 'review.cases'],
  ] as const)('a plain head noun after it stays the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('mediation docked to the police, named in the clause before', () => {
  it('调处成功… after 公调对接方式共调处… is the channel’s', () => {
    const text = '该市公调对接方式共调处矛盾纠纷28,797件,调处成功28,052件。';
    expect(claim(text, 28052, { year: 2017, region: '320100' })[1]).toBe('sub_category');
  });
});

describe('a view of the cases by one feature lists parts', () => {
  it.each([
    [
      '2023年,全市共收到行政复议申请63件。从申请人的情况看,公民提出行政复议申请52件,法人和其他组织提出行政复议申请11件。',
      52,
    ],
    ['全市共受理行政复议案件900件。从被申请人构成来看,县级政府部门为被申请人的520件。', 520],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it('the total before the view stays the region’s', () => {
    const text = '2023年,全市共收到行政复议申请63件。从申请人的情况看,公民提出行政复议申请52件。';
    expect(claim(text, 63, Y)).toEqual(['review.cases', 'region']);
  });
});

describe('after the items of a 其中 list, a rate is the whole’s', () => {
  it.each([
    '全市共调处各类民间纠纷4,398件,调解成功4,396件,其中道路交通1,202件、劳动争议233件、婚姻家庭250件,调解成功率达99.9%。',
    '全市共调处纠纷4,398件,其中婚姻家庭250件、邻里纠纷300件,调解成功率达99.9%。',
  ])('%s', (text) => {
    expect(claim(text, 99.9, Y)).toEqual(['mediation.success_rate', 'region']);
  });

  it('one kind’s own clause right after it stays the kind’s', () => {
    const text = '全市调解纠纷1万件,其中涉疫矛盾纠纷568件,调解成功564件。';
    expect(claim(text, 564, Y)[1]).toBe('sub_category');
  });
});

describe('the police as the subject of mediation', () => {
  it('柘荣公安…共排查…,成功调解… is the police’s', () => {
    const text = '2023年,县公安在矛盾纠纷化解中善治巧为,共排查矛盾纠纷385起,成功调解373起。';
    expect(claim(text, 373, Y)[0]).not.toBe('mediation.resolved');
  });

  it('the police listed as partners are not the subject', () => {
    const text = '全市加强与公安、法院的对接,全市人民调解组织共调解纠纷1,200件,调解成功1,180件。';
    expect(claim(text, 1180, Y)).toEqual(['mediation.resolved', 'region']);
  });
});

describe('a view of the results gives the whole’s figures', () => {
  it('从审理结果看,审结的476件…', () => {
    const text = '2023年,区政府收到行政复议申请558件。从审理结果看,审结的476件行政复议案件中,直接纠错51件。';
    // On a district's page its government is its only review office (on a city's page, both are that office's own).
    const district = { year: 2023, region: '330106' };
    expect(claim(text, 558, district)).toEqual(['review.cases', 'region']);
    expect(claim(text, 476, district)).toEqual(['review.concluded', 'region']);
    expect(claim(text, 476, Y)).toEqual(['review.concluded', 'government_own']);
  });
});

describe('the remainder of a breakdown and a kind of labour dispute', () => {
  it.each([
    ['医疗纠纷55件,占6.3%;其它纠纷54件,占6.2%。', 54],
    ['全市婚姻家庭纠纷160件;其他纠纷54件。', 54],
    ['其他调解组织调解纠纷300件。', 300],
  ] as const)('%s: the remainder is a part', (text, value) => {
    expect(claim(text, value, Y)[1]).toBe('sub_category');
  });

  it.each([
    ['全市共调解婚姻家庭及其他纠纷1,200件。', 1200, 'mediation.cases'],
    ['全市共调解邻里、婚姻家庭和其他各类纠纷1,200件。', 1200, 'mediation.cases'],
  ] as const)('gathered with the others, the total stays the region’s: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });

  it('a 劳动争议 item in the list does not make the rate after it arbitration’s', () => {
    const text = '全市共调解纠纷4,398件,其中邻里纠纷1,202件、劳动争议233件,调解成功率达99.9%。';
    expect(claim(text, 99.9, Y)).toEqual(['mediation.success_rate', 'region']);
  });

  it('the police’s public-order mediation is no police mediation of disputes either', () => {
    expect(claim('全县公安机关调解治安纠纷1,200起。', 1200, Y)[0]).toBeNull();
  });
});
