// The next year's first weeks on pages dated by a dateline (2025-01-21 来源:…, 发布时间:…), opened by a span from a later date
// (2024年1月1日至今), or in a year's report on building the rule of law (published in the next year's first quarter).
// Pages written for this test.
import { publishedOn } from '../../../src/extract/laterYears.ts';
import { figure } from './helpers.ts';

const CITY = { year: 2024, region: '511300' };
const DISTRICT = { year: 2024, region: '330110' };

describe('a dateline gives the date of publication', () => {
  it.each([
    ['全市司法行政工作会议召开\n2025-01-21 来源:南充市司法局\n1月20日,会议召开。', { year: 2025, month: 1 }],
    ['全市司法行政工作会议召开\n发布时间:2025-01-21  来源:市司法局\n会议召开。', { year: 2025, month: 1 }],
    ['全市司法行政工作会议召开\n发布日期：2025年2月8日\n会议召开。', { year: 2025, month: 2 }],
    ['全市司法行政工作会议召开\n２０２５－０１－２１　来源：市司法局\n会议召开。', { year: 2025, month: 1 }],
    ['全市共调解纠纷2025件,其中2024-01-21前受理的…', undefined],
  ])('%s', (text, date) => {
    expect(publishedOn(text)).toEqual(date);
  });
});

describe('the next year’s first weeks are that year’s count to date', () => {
  it('a dateline, then 据统计,今年1月1日以来…', () => {
    const text =
      '全市司法行政工作会议召开\n2025-01-21 来源:南充市司法局\n会议指出,去年全市办理法律援助案件9,476件。据统计,今年1月1日以来,全市已受理法律援助案件500余件。';
    expect(figure(text, 9476, CITY)).toMatchObject({ scope: 'region', year: 2024 });
    expect(figure(text, 500, CITY)).toMatchObject({ scope: 'cumulative', year: 2025 });
  });
  it('a span from a date of the later year: 2025年1月1日至今', () => {
    const text =
      '2024年,区行政复议局共收到行政复议申请1,486件。2025年1月1日至今,区行政复议局已收到复议申请92件。';
    expect(figure(text, 1486, DISTRICT)).toMatchObject({ scope: 'region', year: 2024 });
    expect(figure(text, 92, DISTRICT)).toMatchObject({ scope: 'cumulative', year: 2025 });
  });
  it('a year’s report on building the rule of law: its 今年1—2月 are the next year’s', () => {
    const text =
      '南充市人民政府关于2024年度法治政府建设情况的报告\n2024年,全市各级行政复议机关新收案件1,042件。今年1—2月,全市已新收行政复议案件146件。';
    expect(figure(text, 1042, CITY)).toMatchObject({ scope: 'region', year: 2024 });
    expect(figure(text, 146, CITY)).toMatchObject({ scope: 'cumulative', year: 2025 });
  });
  it('另悉,截至2025年1月10日…: up to a date of the later year', () => {
    const text =
      '2024年,区行政复议局共收到行政复议申请1,486件。另悉,截至2025年1月10日,区行政复议局已收到2025年复议申请14件。';
    expect(figure(text, 14, DISTRICT)).toMatchObject({ scope: 'cumulative', year: 2025 });
  });
  it('near miss: a half year’s report’s 今年1—2月 are its own year’s', () => {
    const text = '南充市2024年上半年法治政府建设工作报告\n今年1—2月,全市已新收行政复议案件146件。';
    expect(figure(text, 146, CITY)).toMatchObject({ year: 2024 });
  });
  it('near miss: a year’s report’s 今年1—11月 are its own year’s', () => {
    const text = '南充市2024年法治政府建设工作报告\n今年1—11月,全市已新收行政复议案件946件。';
    expect(figure(text, 946, CITY)).toMatchObject({ scope: 'region', year: 2024 });
  });
  it('near miss: a span from a date of the report’s own year is its year to date', () => {
    const text = '2024年1月1日至今,区行政复议局已收到复议申请920件。';
    expect(figure(text, 920, DISTRICT)).toMatchObject({ year: 2024 });
  });
});
