import { describe, expect, it } from 'vitest';
import {
  countingVerb,
  monthsOf,
  numbersInClause,
  partYearWords,
  periodPhrase,
  readingOf,
} from '../../../scripts/corpus/clauseReading.ts';

describe('countingVerb', () => {
  it.each([
    ['全区新收行政复议案件88件', 'received'],
    ['区政府收到行政复议申请558件', 'received'],
    ['行政复议案件收案1731件', 'received'],
    ['依法受理9428件', 'accepted'],
    ['市政府受案959件', 'accepted'],
    ['共受理并调处矛盾纠纷3921件', 'accepted'],
    ['全年办结行政复议案件2805宗', 'concluded'],
    ['审结二审行政案件339件', 'concluded'],
    ['全省共办理行政复议案件19212件', 'handled'],
    ['共承办行政应诉案件近200件', 'handled'],
    ['全市各级人民调解组织调解案件2.8万件', 'mediated'],
    ['成功调处8589件', 'resolved'],
    ['全市人民调解组织共成功调处各类矛盾纠纷39873件', 'resolved'],
    ['通过人民调解化解矛盾纠纷7万余件', 'resolved'],
    ['共辦理行政複議案件2448件', 'handled'],
  ] as const)('%s → %s', (clause, verb) => {
    expect(countingVerb(clause)).toBe(verb);
  });

  it('says nothing when the clause has no counting verb', () => {
    expect(countingVerb('其中行政复议案件2448件')).toBeNull();
  });
});

describe('numbersInClause and readingOf', () => {
  it.each([
    ['调解成功率达98%以上', 98, 'lower_bound'],
    ['为受援人挽回经济损失8000余万元', 80_000_000, 'lower_bound'],
    ['4.7万余名党员干部参加法治专题培训', 47_000, 'lower_bound'],
    ['共承办行政应诉案件近200件', 200, 'approx'],
    ['约有1.5万人参加', 15_000, 'approx'],
    ['逾3000人次', 3_000, 'lower_bound'],
    ['超过90%的行政争议', 90, 'lower_bound'],
    ['调解化解近三成', 30, 'approx'],
    ['超九成争议止步于复议', 90, 'lower_bound'],
    ['实务演练活动三十余场次', 30, 'lower_bound'],
    ['全区目前共有人民调解组织 1.6 万余个', 16_000, 'lower_bound'],
    ['法律服務(wù)業(yè)務(wù)達(dá)到46.7萬(wàn)余件', 467_000, 'lower_bound'],
    ['占当年败诉案件总数的30.6%多', 30.6, 'lower_bound'],
    ['3亩左右的田地', 3, 'approx'],
    ['调解纠纷6358件', 6_358, 'exact'],
  ] as const)('%s → %d %s', (clause, value, qualifier) => {
    expect(readingOf(clause, value)?.qualifier).toBe(qualifier);
  });

  it('reads 近 before a year count as that count’s hedge, not the amount’s', () => {
    expect(numbersInClause('近三年累计向上争取资金460多万元')).toEqual([
      { value: 3, qualifier: 'approx', marker: '近' },
      { value: 4_600_000, qualifier: 'lower_bound', marker: '多' },
    ]);
  });

  it('finds nothing when the clause does not state the value', () => {
    expect(readingOf('办理时限缩短三分之二', 66.7)).toBeNull();
  });
});

describe('periodPhrase', () => {
  it('takes the words of the period kind asked for', () => {
    expect(periodPhrase('2016年以来,共办理各类法律援助案件4714件', 'multi_year')).toBe('2016年以来');
    expect(periodPhrase('五年来累计调解纠纷3万件', 'multi_year')).toBe('五年来');
    expect(periodPhrase('今年以来,全区调解纠纷300件', 'partial_year')).toBe('今年以来');
    expect(periodPhrase('今年上半年全市受理行政复议申请320件', 'partial_year')).toBe('今年上半年');
    expect(periodPhrase('全年累计受理法律援助案件834件', 'full_year')).toBe('全年');
  });

  it('gives nothing for an unknown period or a clause without such words', () => {
    expect(periodPhrase('今年以来调解300件', 'unknown')).toBeUndefined();
    expect(periodPhrase('调解纠纷6358件', 'partial_year')).toBeUndefined();
  });
});

describe('monthsOf', () => {
  it('reads the months a partial-year phrase names', () => {
    expect(monthsOf('今年上半年')).toEqual([1, 6]);
    expect(monthsOf('一季度')).toEqual([1, 3]);
    expect(monthsOf('前三季度')).toEqual([1, 9]);
    expect(monthsOf('1-11月')).toEqual([1, 11]);
    expect(monthsOf('3至5月')).toEqual([3, 5]);
  });

  it('gives nothing when the phrase names no months', () => {
    expect(monthsOf('今年以来')).toBeUndefined();
    expect(monthsOf('11-3月')).toBeUndefined();
  });
});

describe('partYearWords', () => {
  const words = (sentence: string, clause: string) => partYearWords(`前文。${sentence}后文。`, clause);

  it.each([
    ['今年以来,全区调解纠纷300件,调解成功298件。', '调解成功298件', '今年以来'],
    ['年初以来,全县排查矛盾纠纷120次,调处纠纷96起。', '调处纠纷96起', '年初以来'],
    ['截至目前,全市共办理法律援助案件640件。', '共办理法律援助案件640件', '截至目前'],
    ['截止目前,共受理并调处矛盾纠纷52件。', '共受理并调处矛盾纠纷52件', '截止目前'],
    ['截至9月底,全区新收行政复议申请77件。', '新收行政复议申请77件', '截至9月底'],
    ['截至10月中旬,已办理法律援助案件31件。', '已办理法律援助案件31件', '截至10月中旬'],
    ['今年上半年,全市受理行政复议申请45件。', '受理行政复议申请45件', '今年上半年'],
    ['前三季度全县调解纠纷812件。', '全县调解纠纷812件', '前三季度'],
    ['1-10月,全区调解纠纷2400件。', '全区调解纠纷2400件', '1-10月'],
    ['2月至8月期间共调解纠纷90件。', '共调解纠纷90件', '2月至8月'],
    ['2023年以来,全县调解矛盾纠纷1.2万件。', '调解矛盾纠纷1.2万件', '2023年以来'],
    ['三年来,累计办理法律援助案件900件。', '累计办理法律援助案件900件', '三年来'],
    ['自中心成立以来,共化解纠纷500余件。', '共化解纠纷500余件', '自中心成立以来'],
    ['去年10月至今,全区调解纠纷130件。', '全区调解纠纷130件', '至今'],
    ['目前全县共有人民调解员1200名。', '人民调解员1200名', '目前'],
    ['據統計,今年以來全省調解案件3萬件。', '調解案件3萬件', '今年以來'],
  ])('%s → %s is not a full year («%s»)', (sentence, clause, expected) => {
    expect(words(sentence, clause)).toBe(expected);
  });

  it.each([
    ['2024年,全区调解纠纷3000件,调解成功2980件。', '调解成功2980件'],
    ['全年累计受理法律援助案件834件。', '全年累计受理法律援助案件834件'],
    ['去年共调解矛盾纠纷13619件。', '去年共调解矛盾纠纷13619件'],
    ['2025年1至12月,全区累计成功调处矛盾纠纷9505件。', '累计成功调处矛盾纠纷9505件'],
    ['1-12月,全县新收行政复议申请60件。', '全县新收行政复议申请60件'],
    ['2023年度,全市受理行政复议申请88件。', '受理行政复议申请88件'],
  ])('%s → %s: the year governs', (sentence, clause) => {
    expect(words(sentence, clause)).toBeUndefined();
  });

  it('lets a year named nearer the figure govern it, but not a year inside a title', () => {
    const text = '目前,全市派驻400名调解员,2024年通过人民调解化解纠纷7万余件。';
    expect(partYearWords(text, '化解纠纷7万余件')).toBeUndefined();
    expect(partYearWords(text, '派驻400名调解员')).toBe('目前');
    expect(
      partYearWords('今年以来,出台《实施纲要(2021—2025年)》,细化任务清单290项。', '细化任务清单290项'),
    ).toBe('今年以来');
  });

  it('reads only the figure’s own sentence, and only what comes before the figure', () => {
    expect(
      partYearWords('今年以来调解纠纷300件。2024年全区受理复议申请50件。', '受理复议申请50件'),
    ).toBeUndefined();
    expect(partYearWords('全区调解纠纷300件,为近五年来最多。', '调解纠纷300件')).toBeUndefined();
    expect(partYearWords('今年以来调解纠纷300件\n全区受理复议申请50件', '受理复议申请50件')).toBeUndefined();
  });

  it('says nothing of a clause that is not in the text', () => {
    expect(partYearWords('今年以来调解纠纷300件。', '调解纠纷400件')).toBeUndefined();
  });
});
