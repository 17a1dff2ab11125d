import { describe, expect, it } from 'vitest';
import {
  countingVerb,
  monthsOf,
  numbersInClause,
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
