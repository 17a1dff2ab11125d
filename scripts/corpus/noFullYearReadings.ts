// Why a corpus record gives its region no full-year regional total under a headline metric (mediation, review, court
// appearance, legal aid): read clause by clause, the text over the label. `words` are the deciding words, verbatim from
// the record's text; none when the kept text holds no headline figure at all. The review report lists, for every
// region still without such a total, each of its records with this reading (issue #15's count of 50).

export interface NoFullYearReading {
  words?: string;
  why: string;
}

const NO_HEADLINE = 'the kept text holds no mediation, review, litigation or legal-aid figure';

export const NO_FULL_YEAR_READINGS: Record<string, NoFullYearReading> = {
  'anyang-2025-1': {
    words: '乡镇(街道)人民调解委员会135个',
    why: 'no case count; committees only by tier (township 135, village 3301), never a total, as of the page (November 2025)',
  },
  'baoshan-2023-1': { why: `an annual report for 2023, but ${NO_HEADLINE}` },
  'baotou-2022-1': { why: `an annual report for 2022, but ${NO_HEADLINE}` },
  'baotou-2024-1': {
    words: '2024年以来,包头市共调解纠纷7.4万件',
    why: 'since 2024 up to an unstated date (possibly 2025): a stretch, not one year',
  },
  'bozhou-2016_2019-1': {
    words: '2016年以来,市法律援助中心共办理各类法律援助案件4714件',
    why: 'four years 2016–2019, and the city legal aid centre’s own cases',
  },
  'dali-2019-1': {
    words: '共受理涉農(nóng)民工討薪法律援助案件65件',
    why: 'full year 2019, but migrant workers’ wage cases only: a part of the county’s legal aid',
  },
  'fuqing-2024-1': {
    words: '其中法律援助案件450件',
    why:
      'full year 2024, but 450 is the legal aid cases proper among 4459 assigned matters (besides 2179 criminal ' +
      'full-coverage pilot cases and 1830 plea-leniency legal help), so not legal_aid.cases as defined (a decision of ' +
      'the first import: fuqing-2024-1#1); 4459 includes legal help',
  },
  'gansu-2020-1': {
    words: '一季度,全省調解案件21840件',
    why: 'the first quarter only (the year, 2020, is inferred, not stated)',
  },
  'gansu-2022-1': {
    words: '共办理农民工法律援助案件11053件',
    why: 'full year 2022, but migrant workers’ cases only: a part of the province’s legal aid',
  },
  'ganzhou-2022-1': {
    words: '今年以来,赣州市司法局',
    why: 'a work summary written during the year (今年以来): the text never says its figures cover all of 2022',
  },
  'ganzhou-2023-1': {
    words: '全市共设立人民调解组织4555',
    why: 'the 4555 committees are a stock at the reply’s date (May 2024), not of 2023; 2.9万余件 is only village, community and subdistrict committees during a campaign',
  },
  'guangxi-2023-1': {
    words: '2023年以来,全区排查矛盾纠纷33.6万余次',
    why: '2023年以来 up to the reply’s date in 2024: more than one year; the organisations and mediators are stocks at that date (现有)',
  },
  'guangxi-2023-1-l': {
    words: '广西壮族自治区法律援助中心共组织办理法律援助案件355件',
    why: 'full year 2023, but the regional legal aid centre’s own cases (自治区本级), not the region’s',
  },
  'gucheng-2022-1': {
    words: '自2021年9月底運作以來',
    why: 'one mediation centre, since it opened',
  },
  'guilin-2018-1': {
    words: '市本级取消行政许可事项8项',
    why: `an annual report for 2018, but ${NO_HEADLINE} (licensing reform of the city level only)`,
  },
  'haikou-xiuying-2021-1': {
    words: '代理区政府作为当事人的行政诉讼案件40宗',
    why: 'full year 2021, but only the lawsuits with the district government itself as a party',
  },
  'hainan-2021-1': {
    words: '共建立各级各类人民调解委员会3555个',
    why: 'committees and mediators are stocks at the reply’s date (July 2021), not of a year; no case count',
  },
  'helan-2024-1': {
    words: '369名专兼职调解员',
    why: 'a stock in a page of February 2024 that names no date for it; no case count',
  },
  'honggutan-2024-1': { why: `an annual report for 2024, but ${NO_HEADLINE}` },
  'jiangmen-2024-1': {
    words: '2024年上半年,全市共新收行政复议申请739宗',
    why: 'the first half of 2024',
  },
  'jianhu-2021-1': {
    words: '2019年以来,县司法局共承办行政应诉案件近200件',
    why: '2019 to about the end of 2021, three years',
  },
  'jilin-2018-1': {
    words: '截至6月底',
    why: 'the first half of 2018',
  },
  'jingzhou-2019-1': {
    words: '今年以来,荆州市司法局',
    why: 'organisations and mediators as of mid-2019 (the year inferred); no case count',
  },
  'jingzhou-2025-1': {
    words: '调解率上升至46.2%',
    why: 'a five-year review: the year of the 46.2% is not stated',
  },
  'lasa-2025-1': {
    words: '2025年第一季度,他们共受理行政复议案件54件',
    why: 'the first quarter, and one office of the city government',
  },
  'luquan-na-1': {
    words: '今年以来,该区通过三级网络平台办理法律援助案件87件',
    why: 'year to date (今年以来), and the page does not say which year',
  },
  'mudanjiang-2023-1': {
    words: '2020年至2023年5月,专调中心共调解成功6086件',
    why: 'one centre, 2020 to May 2023',
  },
  'ningshan-2022-1': {
    words: '今年以来,累计排查矛盾纠纷361起',
    why: 'year to date, and disputes found in screening, not mediation cases',
  },
  'ningxia-2020-1': {
    words: '我区95%以上的矛盾纠纷在基层就地解决',
    why: 'a share of disputes settled locally and the mediators’ party share: no headline figure',
  },
  'ningxia-2022-1': { why: `an annual report for 2022, but ${NO_HEADLINE}` },
  'ningxia-2024-1': {
    words: '全年促成400件爭議實質化解',
    why: 'full year 2024, but a count of disputes resolved, not a headline metric; 行政執法糾錯率 is not the review correction rate',
  },
  'qijiang-2025-1': {
    words: '调解成功率达99.04%',
    why: 'the page (September 2025, 近年来) gives the rate no period',
  },
  'qinghai-2023-1': {
    words: '受理各类行政案件2203件(含旧存245件)',
    why: 'full year 2023, but cases of all instances with 245 carried over, not first-instance lawsuits received; 审结950件 counts concluded cases, not a headline metric',
  },
  'r2-bishan-2021-1': {
    words: '今年以来,璧山区共开展矛盾纠纷排查417次',
    why: 'year to date (page of 18 November 2021)',
  },
  'r2-chuzhou-unk-1': {
    words: '今年上半年全市受理行政复议申请320件',
    why: 'the first half of a year the page does not name; 出庭率保持在100% has no year',
  },
  'r2-daguan-2019-1': {
    words: '截至11月中旬',
    why: 'January to mid-November 2019',
  },
  'r2-deyang-2020-1': {
    words: '今年以来,全市共调解案件11063件',
    why: 'to 23 December 2020, not the whole year; committees 1309 and mediators 8343 are stocks at that date (现有)',
  },
  'r2-dianjiang-2024-1': {
    words: '受理矛盾纠纷8710件',
    why: 'no period stated in a page of 6 November 2024; the 364 committees are a stock at that date',
  },
  'r2-dongli-2022-1': {
    words: '共办理法律援助案件128件',
    why: 'no period stated in a page of 26 June 2022',
  },
  'r2-fangxian-2023-1': {
    words: '今年以来,先后共排查各类矛盾纠纷1829件',
    why: 'year to date (October 2023), and disputes found in screening',
  },
  'r2-fujian-2022-1': {
    words: '民間糾紛調解成功率保持在98.5%以上',
    why: 'a rate held over recent years, no year',
  },
  'r2-hechuan-unk-1': {
    words: '截止目前,共受理并调处矛盾纠纷3921件',
    why: 'to the spring of a year the page does not name',
  },
  'r2-huangshan-2018-1': {
    words: '截至6月底,黄山市共办理法律援助案1233件',
    why: 'the first half of 2018',
  },
  'r2-jiangyin-unk-1': {
    words: '年初以来,全市开展排查4295次',
    why: 'since the start of a year the page does not name',
  },
  'r2-jining-unk-1': {
    words: '机关负责人出庭应诉率连续37个月保持100%',
    why: '37 months up to an August of a year the page does not name',
  },
  'r2-luan-unk-1': {
    words: '截至目前,受理法律援助案件6402件',
    why: 'year to date, and the page does not say which year',
  },
  'r2-luzhou-2021-1': {
    words: '截至8月25日',
    why: '1 January to 25 August 2021',
  },
  'r2-nanchong-2019-1': {
    words: '截至目前,已办理法律援助2791件',
    why: 'year to date (October 2019)',
  },
  'r2-qianfeng-unk-1': {
    words: '今年一季度',
    why: 'the first quarter and year to date of a year the page does not name',
  },
  'r2-yancheng-2018-1': {
    words: '截至目前,我市法律援助机构今年已成功办理法律援助案件5896件',
    why: 'year to date (mid-October 2018)',
  },
  'r2-yuecheng-2022-1': {
    words: '截止10月底',
    why: 'a report written about October 2022: its counts and rates are so far (目前), not the year’s',
  },
  'r2-yueyang-2020-1': {
    words: '2020年1月1日至今',
    why: 'to early September 2020',
  },
  'shanxi-2023-1': {
    words: '年均化解矛盾纠纷12万件起',
    why: 'an annual average over several years, no single year',
  },
  'shengzhou-2020-1': {
    words: '今年以来,全市调解组织共排查受理矛盾纠纷1768件',
    why: 'year to date (September 2020)',
  },
  'wenshan-na-1': {
    words: '截至目前,全市纳入行政复议调解27件',
    why: 'year to date of a year the page does not name; the 2023 纠错率 is of enforcement cases, not of review',
  },
  'xiamen-xiangan-2025-1': {
    words: '全年办结涉企行政复议案件15件',
    why: 'full year 2025, but cases of enterprises only: a part',
  },
  'xiangtan-2024-1': {
    words: '2022年以來,湘潭市人民調(diào)解組織受理各類矛盾糾紛48933件',
    why: '2022 to December 2024, three years',
  },
  'xiangyang-2025-1': {
    words: '2025年上半年',
    why: 'the first half of 2025',
  },
  'xingqing-2022-1': { why: `an annual report for 2022, but ${NO_HEADLINE}` },
  'xingtai-2020-1': {
    words: '目前,邢台市已建立起覆盖县、乡、村三级的调解工作网络',
    why: 'committees 5564 and mediators 21335 are stocks at the page’s date (16 December 2020, 目前); no case count',
  },
  'xizang-2025-1': {
    words: '截至目前,全區共有人民調解組織7077個',
    why: 'stocks at the page’s date (early January 2026); the 96% success rate has no period (近年來)',
  },
  'yangquan-2021-1': {
    words: '截至目前',
    why: 'year to date (October 2021), during a campaign',
  },
  'yanzhou-2025-1': { why: `an annual report for 2025, but ${NO_HEADLINE}` },
  'yinchuan-2024-1': { why: `an annual report for 2024, but ${NO_HEADLINE}` },
  'yinchuan-xingqing-2022-1': {
    words: '2022年以来,兴庆区政府主要负责人出庭应诉率实现100%',
    why: 'January to about July 2022, and the district government’s principal leader only',
  },
  'zhenhai-2022-1': { why: `an annual report for 2022, but ${NO_HEADLINE}` },
  'zhenning-2022-1': { why: `an annual report for 2022, but ${NO_HEADLINE}` },
  'zhongyuan-2024-1': { why: `an annual report for 2024, but ${NO_HEADLINE}` },
};
