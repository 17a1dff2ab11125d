// Last year's figures told beside this year's: a later clause opened by the year before (…820件,上年受理700件), a
// comparison point with the words of what was counted (比上年受理的760件), and the cases carried over from it (上年结转
// 案件50件, 旧存案件, 上年未结案件) without 其中. Each with the near misses that stay this year's. Sentences are
// written for these tests.
import { claim, figure } from './helpers.ts';

const Y = { year: 2023, region: '330100' };

describe('a later clause opened by the year before is that year’s', () => {
  it.each([
    ['2023年,全市共受理行政复议案件820件,上年受理700件。', 700, 'review.accepted'],
    ['全区调解矛盾纠纷3,200件,上年度调解2,900件。', 2900, 'mediation.cases'],
    ['全年办理法律援助案件4,100件,上一年度办理3,850件。', 3850, 'legal_aid.cases'],
    ['2023年,全区调解纠纷3200件,上一年度全年调解纠纷2900件。', 2900, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    const c = figure(text, value, Y);
    expect([c.metric, c.scope, c.year]).toEqual([metric, 'prior_year', 2022]);
  });

  it.each([
    // This year's figures of the same sentences.
    ['2023年,全市共受理行政复议案件820件,上年受理700件。', 820, 'review.accepted'],
    ['全区调解矛盾纠纷3,200件,上年度调解2,900件。', 3200, 'mediation.cases'],
    // The clause names this year again, or the cases carried over from the last.
    ['上年度全市受理行政复议案件700件,今年受理820件。', 820, 'review.accepted'],
  ] as const)('this year’s stay this year’s: %s', (text, value, metric) => {
    const c = figure(text, value, Y);
    expect([c.metric, c.scope, c.year]).toEqual([metric, 'region', 2023]);
  });

  it('a clause of the year before that names another year is that year’s', () => {
    expect(figure('全市受理行政复议案件820件,上年度中2023年新收的有12件。', 12, Y).year).toBe(2023);
  });
});

describe('a comparison point may name what was counted before its 的', () => {
  it.each([
    ['全市行政复议机关收到复议申请900件,比上年受理的760件增加18.4%。', 760],
    ['全县调解纠纷1,500件,较去年同期调解的1,380件有所增加。', 1380],
    ['全区办理法律援助案件980件,与上年度办理的1,020件基本持平。', 1020],
  ] as const)('%s', (text, value) => {
    const c = figure(text, value, Y);
    expect([c.scope, c.year]).toEqual(['prior_year', 2022]);
  });

  it('words of a rise before the 的 make it the change, never last year’s count', () => {
    const c = figure('全市受理行政复议案件900件,比上年多受理的140件主要是涉企案件。', 140, Y);
    expect(c.year).toBe(2023);
    expect(c.scope).not.toBe('prior_year');
  });
});

describe('the cases carried over from the year before are a part', () => {
  it.each([
    ['全市办理法律援助案件3200件,上年结转案件50件。', 50],
    ['全市办理法律援助案件3200件,结转法律援助案件50件。', 50],
    ['全市行政复议机关办理案件1410件,旧存案件90件。', 90],
    ['全市法院受理一审行政诉讼案件862件,上年未结案件31件。', 31],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual([null, 'sub_category']);
  });

  it.each([
    ['全市办理法律援助案件3200件,上年结转案件50件。', 3200, 'legal_aid.cases'],
    ['全市行政复议机关办理案件1410件,旧存案件90件。', 1410, 'review.cases'],
    ['全市共办理行政复议案件600件,审结580件。', 580, 'review.concluded'],
  ] as const)('the total and the concluded count keep their claim: %s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('a page’s dateline dates the page, not the figures under it', () => {
  it.each([
    'http://www.example.cn 2007年01月19日 09:00 某某日报\n\n  本报讯 昨天召开的会议传出信息:去年全市法院共受理一审行政案件1990件。',
    '2007-01-19 09:00 www.example.cn 某某日报社\n本报讯 去年全市法院共受理一审行政案件1990件。',
  ])('%s', (text) => {
    expect(figure(text, 1990, { year: 2006, region: '310000' }).year).toBe(2006);
  });
});
