// Hand-written decisions per corpus record and per figure ("record-id#index"). Each says why.
import type { Basis, Period, Qualifier, Scope } from '../../src/dataset/schema.ts';

interface Bilingual {
  zh: string;
  en: string;
}

export interface FigureOverride {
  /** Why this decision differs from the label or the default mapping. Shown in the review report. */
  reason: string;
  exclude?: boolean;
  metric?: string;
  scope?: Scope;
  subject?: Bilingual;
  period?: Period;
  year?: number;
  /** null removes a basis the clause reading would set. */
  basis?: Basis | null;
  qualifier?: Qualifier;
  note?: Bilingual;
}

/** Whose figure a record's government_own figures are, unless a figure says otherwise. */
export const RECORD_SUBJECTS: Record<string, Bilingual> = {
  'baoshan-2023-1': { zh: '保山市人民政府', en: 'Baoshan Municipal People’s Government' },
  'baotou-2022-1': { zh: '包头市人民政府', en: 'Baotou Municipal People’s Government' },
  'fuzhou-2024-1': { zh: '福州市法律援助中心', en: 'Fuzhou Municipal Legal Aid Centre' },
  'ganzhou-2022-1': { zh: '赣州市司法局(市本级)', en: 'Ganzhou Municipal Bureau of Justice (city level)' },
  'guangxi-2023-1-l': {
    zh: '广西壮族自治区法律援助中心',
    en: 'Guangxi Zhuang Autonomous Region Legal Aid Centre',
  },
  'guilin-2018-1': { zh: '桂林市本级', en: 'Guilin city level (municipal government and departments)' },
  'haikou-xiuying-2021-1': {
    zh: '秀英区人民政府(作为诉讼当事人)',
    en: 'Xiuying District Government as a party to lawsuits',
  },
  'lasa-2025-1': {
    zh: '拉萨市人民政府(作为复议机关,市司法局行政复议与应诉科)',
    en: 'Lhasa Municipal Government as review body (the justice bureau’s review and litigation section)',
  },
  'shanghai-2022-1': {
    zh: '上海市人民政府(作为复议机关)',
    en: 'Shanghai Municipal Government as review body',
  },
  'xialu-2024-1': { zh: '下陆区人民政府', en: 'Xialu District Government' },
  'yinchuan-2024-1': { zh: '银川市人民政府常务会议', en: 'Yinchuan Municipal Government executive meeting' },
  'yinchuan-xingqing-2022-1': {
    zh: '兴庆区人民政府主要负责人',
    en: 'The principal leader of Xingqing District Government',
  },
  'zhongshan-2020-1': {
    zh: '中山市司法局(市政府法律顾问室)',
    en: 'Zhongshan Bureau of Justice (the municipal government’s legal adviser office)',
  },
};

/** Decisions for every figure of a record (a figure's own decision is applied on top). */
export const RECORD_OVERRIDES: Record<string, FigureOverride> = {
  'bozhou-2016_2019-1': {
    reason:
      'the page (亳州晚报 2020-03-20) says 2016年以来 and 4年援助: four years 2016–2019; the figures are the city legal aid centre’s own (市法律援助中心), not the city’s',
    year: 2019,
    period: { kind: 'multi_year', from: 2016, to: 2019, phrase: '2016年以来' },
    scope: 'government_own',
    subject: { zh: '亳州市法律援助中心', en: 'Bozhou Municipal Legal Aid Centre' },
  },
};

export const FIGURE_OVERRIDES: Record<string, FigureOverride> = {
  'ganzhou-2023-1#0': {
    reason:
      '人民调解组织4555 are all committees: the text lists them as 调委会 (3488 + 517 + 288 + 13 + 249 = 4555), so mediation.committees; a stock at the reply’s date (May 2024)',
    metric: 'mediation.committees',
  },
  'baotou-2022-1#0': {
    reason:
      '今年以来市委常委会会议、政府常务会议研究部署…19次: the meetings so far in the year the report was drafted, not the full year',
    period: { kind: 'partial_year', phrase: '今年以来' },
  },
  'baotou-2022-1#1': {
    reason:
      'the same sentence’s 今年以来 (…出台…实施方案,细化任务清单290项): a plan issued during the year so far, not a full-year figure',
    period: { kind: 'partial_year', phrase: '今年以来' },
  },
  'beijing-tongzhou-2022-1#9': {
    reason:
      '目前审结11件: the cases against the district government concluded so far at the report’s date (published November 2023), not a count over 2022',
    period: { kind: 'unknown', phrase: '目前' },
  },
  'ningxia-2020-1#1': {
    reason: '目前全区人民调解员党员比例为70%以上: the share at the page’s date (June 2021), not 2020’s',
    period: { kind: 'unknown', phrase: '目前' },
  },
  'r2-ganyu-2025-1#6': {
    reason:
      '目前,51.3%的纠纷在镇级得到有效化解: the share at the page’s date; the text does not say it is 2025’s',
    period: { kind: 'unknown', phrase: '目前' },
  },
  'r2-wuxi-2024-1#6': {
    reason:
      '目前…共派驻1800余名法律服务人员: staff in place at the page’s date (April 2025), a stock, not a figure of 2024',
    period: { kind: 'unknown', phrase: '目前' },
  },
  'jingzhou-2025-1#0': {
    reason:
      '2023年,市县两级成立了133个行政复议服务中心(点): set up in 2023, as the text says, not over the page’s five years',
    period: { kind: 'full_year' },
  },
  'guangxi-2023-1#0': {
    reason:
      '全区现有人民调解组织19306个: a stock (现有) at the reply’s date (2024), not a sum over several years',
    period: { kind: 'unknown', phrase: '现有' },
  },
  'guangxi-2023-1#1': {
    reason: '人民调解员118533人: a stock (现有) at the reply’s date (2024), not a sum over several years',
    period: { kind: 'unknown', phrase: '现有' },
  },
  'guangxi-2023-1#2': {
    reason:
      '其中专职人民调解员3648人: a stock (现有) at the reply’s date (2024), not a sum over several years',
    period: { kind: 'unknown', phrase: '现有' },
  },
  'guangxi-2023-1#3': {
    reason:
      '行业性专业性人民调解组织1503个: a stock (现有) at the reply’s date (2024), not a sum over several years',
    period: { kind: 'unknown', phrase: '现有' },
  },
  'guangxi-2023-1#4': {
    reason: '调解员9784人: a stock (现有) at the reply’s date (2024), not a sum over several years',
    period: { kind: 'unknown', phrase: '现有' },
  },
  'guangxi-2023-1#5': {
    reason: '已增至435个: a stock (已增至) at the reply’s date (2024), not a sum over several years',
    period: { kind: 'unknown', phrase: '已增至' },
  },
  'xiushan-2024-1#2': {
    reason:
      '调解终止19件 is the cases terminated after mediation, a part of those settled: the page’s 调解率 40.74% of the 54 concluded is 22 cases, not 19',
    metric: 'review.terminated',
  },
  'liaoning-2022-1#0': {
    reason: 'a stock counted 截至目前 (about March 2023), not a flow over a year',
    period: { kind: 'unknown' },
  },
  'liaoning-2022-1#1': {
    reason: 'a stock counted 截至目前 (about March 2023), not a flow over a year',
    period: { kind: 'unknown' },
  },
  'ningxia-2024-1#0': {
    reason: 'the number of service points in July 2025, a stock, not a flow over a year',
    period: { kind: 'unknown' },
  },
  'r2-songming-2025-1#0': {
    reason: 'the centres’ cases since 30 April 2025 only (the page says so), not the full year',
    period: { kind: 'partial_year', months: [4, 12], phrase: '自2025年4月30日正式运行以来' },
  },
  'r2-songming-2025-1#1': {
    reason: 'the centres’ cases since 30 April 2025 only (the page says so), not the full year',
    period: { kind: 'partial_year', months: [4, 12], phrase: '自2025年4月30日正式运行以来' },
  },
  'r2-songming-2025-1#2': {
    reason: 'the centres’ cases since 30 April 2025 only (the page says so), not the full year',
    period: { kind: 'partial_year', months: [4, 12], phrase: '自2025年4月30日正式运行以来' },
  },
  'guangzhou-2022-1#3': {
    reason: 'one named centre (广州行政争议调解中心), not the city’s courts: scope sub_unit',
    scope: 'sub_unit',
    subject: { zh: '广州行政争议调解中心', en: 'Guangzhou Administrative Dispute Mediation Centre' },
  },
  'guangzhou-2022-1#4': {
    reason: 'one named centre (广州行政争议调解中心), not the city’s courts: scope sub_unit',
    scope: 'sub_unit',
    subject: { zh: '广州行政争议调解中心', en: 'Guangzhou Administrative Dispute Mediation Centre' },
  },
  'guangzhou-2022-1#5': {
    reason: 'one named centre (广州行政争议调解中心), not the city’s courts: scope sub_unit',
    scope: 'sub_unit',
    subject: { zh: '广州行政争议调解中心', en: 'Guangzhou Administrative Dispute Mediation Centre' },
  },
  'mudanjiang-2023-1#0': {
    reason:
      'one named centre (专调中心), 2020年至2023年5月 as the text says: scope sub_unit, multi-year 2020–2023',
    scope: 'sub_unit',
    subject: {
      zh: '牡丹江市非诉讼纠纷解决(专调)中心',
      en: 'Mudanjiang Non-litigation Dispute Resolution (Specialist Mediation) Centre',
    },
    period: { kind: 'multi_year', from: 2020, to: 2023, phrase: '2020年至2023年5月' },
  },
  'mudanjiang-2023-1#1': {
    reason:
      'one named centre (专调中心), 2020年至2023年5月 as the text says: scope sub_unit, multi-year 2020–2023',
    scope: 'sub_unit',
    subject: {
      zh: '牡丹江市非诉讼纠纷解决(专调)中心',
      en: 'Mudanjiang Non-litigation Dispute Resolution (Specialist Mediation) Centre',
    },
    period: { kind: 'multi_year', from: 2020, to: 2023, phrase: '2020年至2023年5月' },
  },
  'mudanjiang-2023-1#2': {
    reason:
      'one named centre (专调中心), 2020年至2023年5月 as the text says: scope sub_unit, multi-year 2020–2023',
    scope: 'sub_unit',
    subject: {
      zh: '牡丹江市非诉讼纠纷解决(专调)中心',
      en: 'Mudanjiang Non-litigation Dispute Resolution (Specialist Mediation) Centre',
    },
    period: { kind: 'multi_year', from: 2020, to: 2023, phrase: '2020年至2023年5月' },
  },
  'gucheng-2022-1#2': {
    reason:
      'the county mediation centre alone, since it opened (自2021年9月底運作以來): scope sub_unit, multi-year 2021–2022',
    scope: 'sub_unit',
    subject: { zh: '谷城县人民调解中心', en: 'Gucheng County People’s Mediation Centre' },
    period: { kind: 'multi_year', from: 2021, to: 2022, phrase: '自2021年9月底運作以來' },
  },
  'gucheng-2022-1#3': {
    reason:
      'the county mediation centre alone, since it opened (自2021年9月底運作以來): scope sub_unit, multi-year 2021–2022',
    scope: 'sub_unit',
    subject: { zh: '谷城县人民调解中心', en: 'Gucheng County People’s Mediation Centre' },
    period: { kind: 'multi_year', from: 2021, to: 2022, phrase: '自2021年9月底運作以來' },
  },
  'gucheng-2022-1#4': {
    reason:
      'the county mediation centre alone, since it opened (自2021年9月底運作以來): scope sub_unit, multi-year 2021–2022',
    scope: 'sub_unit',
    subject: { zh: '谷城县人民调解中心', en: 'Gucheng County People’s Mediation Centre' },
    period: { kind: 'multi_year', from: 2021, to: 2022, phrase: '自2021年9月底運作以來' },
  },
  'r2-ganyu-2025-1#4': {
    reason:
      'the district centre alone (区矛盾纠纷调处化解中心), 今年以来 in the text: scope sub_unit, year to date',
    scope: 'sub_unit',
    subject: { zh: '赣榆区矛盾纠纷调处化解中心', en: 'Ganyu District Dispute Resolution Centre' },
    period: { kind: 'partial_year', phrase: '今年以来' },
  },
  'r2-ganyu-2025-1#5': {
    reason:
      'the district centre alone (区矛盾纠纷调处化解中心), 今年以来 in the text: scope sub_unit, year to date',
    scope: 'sub_unit',
    subject: { zh: '赣榆区矛盾纠纷调处化解中心', en: 'Ganyu District Dispute Resolution Centre' },
    period: { kind: 'partial_year', phrase: '今年以来' },
  },
  'wenshan-na-1#1': {
    reason: '2023年全市行政执法案件纠错率 … 下降至10.98%: the rate for the year 2023, not year to date',
    period: { kind: 'full_year' },
  },
  'r2-fangxian-2023-1#0': {
    reason:
      '排查 counts disputes found in screening, county-wide and not limited to people’s mediation (as the label’s note says)',
    metric: 'mediation.disputes_found',
  },
  'r2-fangxian-2023-1#1': {
    reason: '化解 of the disputes found in screening, by any channel: not people’s mediation cases resolved',
    metric: 'mediation.screened_resolved',
  },
  'r2-fangxian-2023-1#2': {
    reason: '化解率 = 1789/1829 of disputes found in screening, not the people’s mediation success rate',
    metric: 'mediation.screened_resolution_rate',
  },
  'ningshan-2022-1#2': {
    reason: '化解 of the 361 disputes found in screening (累计排查), not people’s mediation cases resolved',
    metric: 'mediation.screened_resolved',
  },
  'ningshan-2022-1#3': {
    reason:
      '矛盾化解成功率 = 357/361 of disputes found in screening, not the people’s mediation success rate',
    metric: 'mediation.screened_resolution_rate',
  },
  'gansu-2022-1#18': {
    reason:
      'wages recovered in the winter wage-arrears campaign only, not the province’s year: a campaign metric',
    metric: 'legal_aid.wage_campaign_recovered',
  },
  'ningxia-2024-1#3': {
    reason:
      '三分之二 is a fraction the label turned into 66.7%; the text states no percent, and a figure is stored as written',
    exclude: true,
  },
  'shengzhou-2020-1#0': {
    reason:
      '排查受理 counts disputes received, not mediated: stored as mediation.accepted; 调处1717 is the count mediation.cases defines',
    metric: 'mediation.accepted',
    basis: null,
  },
  'shengzhou-2020-1#1': {
    reason:
      '调处 (mediated) is what mediation.cases counts; the page’s own rates agree (调解成功1696 / 调处1717 = 98.8%)',
    metric: 'mediation.cases',
  },
  'xiangyang-2025-1#1': {
    reason:
      'here 化解 counts every dispute mediated, not only the successes: 成功化解24044 / 24947 = 96.4%, the stated 成功率',
    basis: null,
  },
  'r2-suxian-2018-1#6': {
    reason:
      'the text says 排查 (screened); kept as the cases base because the stated 97.9% success rate is 18658 / 19058',
    note: {
      zh: '原文为“排查矛盾纠纷19058件”;所称调处成功率97.9%即以此为分母。',
      en: 'The text says 19,058 disputes “screened”; its 97.9% success rate is computed on this number.',
    },
  },
  'neimenggu-2019-1#1': {
    reason: 'the sentence counts cases handled (共辦理案件4613件,其中行政複議案件2448件): basis handled',
    basis: 'handled',
  },
  'neimenggu-2019-1#3': {
    reason: 'the sentence counts cases handled (共辦理案件4613件 … 行政應訴案件2165件): basis handled',
    basis: 'handled',
  },
  'bole-2020-1#0': {
    reason: '审查 counts applications examined, not received: basis handled',
    basis: 'handled',
  },
  'ganzhou-2022-1#12': {
    reason: '市本级 review: the city government as review body, not the justice bureau’s own work',
    subject: {
      zh: '赣州市人民政府(市本级行政复议)',
      en: 'Ganzhou Municipal Government as review body (city level)',
    },
  },
  'jiangmen-2024-1#2': {
    reason:
      '调解成功率 is the share of review cases put to mediation that were settled, not the settlement rate of concluded cases',
    metric: 'review.mediation_success_rate',
  },
  'r2-qingdao-2021-1#11': {
    reason: 'the month (October 2019) the rate first reached 100%, not the rate for 2019',
    exclude: true,
  },
  'hefei-2022-1#6': {
    reason: '2022年为15.5%: the 2022 rate alone, one full year inside the three-year white paper',
    period: { kind: 'full_year' },
  },
  'hefei-2022-1#7': {
    reason: 'losses in 2021 alone (当年), one full year inside the three-year white paper',
    period: { kind: 'full_year' },
  },
  'hefei-2022-1#8': {
    reason: 'losses in 2021 alone (当年), one full year inside the three-year white paper',
    period: { kind: 'full_year' },
  },
  'beijing-tongzhou-2022-1#7': {
    reason: 'the text’s 综合化解率 counts corrections plus mediated or settled cases; stored with a note',
    note: {
      zh: '原文为“综合化解率”(纠错与调解和解合计),不完全等同于实质性化解率。',
      en: 'The text says “comprehensive resolution rate” (corrections plus mediated or settled cases), not strictly the substantive resolution rate.',
    },
  },
  'beijing-tongzhou-2023-1#11': {
    reason: 'the text’s 综合化解率 counts corrections plus mediated or settled cases; stored with a note',
    note: {
      zh: '原文为“综合化解率”(纠错与调解和解合计),不完全等同于实质性化解率。',
      en: 'The text says “comprehensive resolution rate” (corrections plus mediated or settled cases), not strictly the substantive resolution rate.',
    },
  },
  'yunnan-2025-1-r#3': {
    reason: 'the text’s measure is 案结事了 after reconsideration; stored with a note',
    note: {
      zh: '原文为经复议后实现“案结事了”的案件比例。',
      en: 'The text gives the share of cases “settled for good” after reconsideration.',
    },
  },
  'yunnan-2025-1#9': {
    reason: 'one township centre (施甸县仁和镇), not the province: scope sub_unit',
    scope: 'sub_unit',
    subject: { zh: '施甸县仁和镇调解中心', en: 'Renhe Town mediation centre, Shidian County' },
  },
  'yunnan-2025-1#10': {
    reason: 'one township centre (施甸县仁和镇), not the province: scope sub_unit',
    scope: 'sub_unit',
    subject: { zh: '施甸县仁和镇调解中心', en: 'Renhe Town mediation centre, Shidian County' },
  },
  'yunnan-2025-1#11': {
    reason: 'one township centre (施甸县仁和镇), not the province: scope sub_unit',
    scope: 'sub_unit',
    subject: { zh: '施甸县仁和镇调解中心', en: 'Renhe Town mediation centre, Shidian County' },
  },
  'fuqing-2024-1#1': {
    reason:
      '其中法律援助案件450件 is the legal aid cases proper among 4459 assigned matters (the rest: criminal full-coverage pilot and plea-leniency help); a part, not the county total',
    metric: 'legal_aid.aid_cases_proper',
  },
  'ganzhou-2023-1#8': {
    reason:
      'only village, community and subdistrict committees, during the 2023 campaign: a part of the city total',
    metric: 'mediation.resolved_grassroots_committees',
  },
  'bozhou-2016_2019-1#0': {
    reason: 'the headline’s rounding (4000多) of the 4714 stated exactly in the body',
    exclude: true,
  },
};

/** Figures that stay a full year although words such as 今年以来 or 目前 come before them in their sentence: why those
 * words do not govern the figure ("record-id#index" → reason). Without a decision such a figure's period is unknown. */
export const FULL_YEAR_CONFIRMED: Record<string, string> = {};
