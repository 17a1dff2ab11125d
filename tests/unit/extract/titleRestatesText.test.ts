// A page's title that restates a figure of its text takes the text's reading of it: whose, of which year, over what
// period (titleRestatesText.ts). Texts are written for these tests.
import { figures } from './helpers.ts';

const Y = { year: 2021, region: '630000' };

function readingsOf(text: string, value: number): Array<[string | null, string, number | undefined]> {
  return figures(text, Y)
    .filter((c) => c.value === value && c.qualifier !== 'derived')
    .map((c) => [c.metric, c.scope, c.year]);
}

describe('a title restating a figure of the text', () => {
  it('takes the text’s cumulative reading', () => {
    const text =
      '青海办理法律援助案件6625件\n\n自2009年“1+1”中国法律援助志愿者行动启动以来,志愿者律师共办理法律援助案件6625件。';
    expect(readingsOf(text, 6625)).toEqual([
      ['legal_aid.cases', 'cumulative', 2021],
      ['legal_aid.cases', 'cumulative', 2021],
    ]);
  });

  it('takes the text’s earlier year', () => {
    const text = '全市调解纠纷3,200件\n\n全市人民调解组织共调解纠纷3,500件,较2020年的3,200件增长9.4%。';
    expect(readingsOf(text, 3200)).toEqual([
      ['mediation.cases', 'prior_year', 2020],
      ['mediation.cases', 'prior_year', 2020],
    ]);
  });

  it('gives its part reading to the text’s bare restatement', () => {
    const text =
      '去年全省办理妇女儿童法律援助案件1.3万余件\n\n2020年,全省各级法律援助机构共接待涉妇女儿童咨询7万多人次;办理法律援助案件1.3万余件。';
    expect(readingsOf(text, 13_000).map((r) => r[1])).toEqual(['sub_category', 'sub_category']);
  });

  it('keeps its own reading when the text gives the figure no metric', () => {
    const text =
      '全省行政机关负责人出庭应诉率突破80%\n\n全省行政机关负责人出庭应诉率逐年提升,2021年首次突破80%,达80.98%。';
    expect(readingsOf(text, 80)[0]).toEqual(['litigation.head_appearance_rate', 'region', 2021]);
  });

  it('a title figure the text does not restate keeps its own reading', () => {
    const text = '全省办理法律援助案件3.2万件\n\n自2009年以来,志愿者律师共办理法律援助案件6625件。';
    expect(readingsOf(text, 32_000)).toEqual([['legal_aid.cases', 'region', 2021]]);
  });
});

// Survivors of npm run test:mutation on the stage's lines, killed here.
describe('what a title restatement needs', () => {
  it('only a figure of the title takes the text’s reading, not one of the text', () => {
    const text = '全市调解工作综述\n\n2021年全市调解纠纷320件。2020年全市调解纠纷320件。';
    expect(readingsOf(text, 320)).toEqual([
      ['mediation.cases', 'region', 2021],
      ['mediation.cases', 'prior_year', 2020],
    ]);
  });

  it('a figure in the subtitle, the second opening line, is a title’s too', () => {
    const text =
      '法律援助工作综述\n青海办理法律援助案件6625件\n\n自2009年“1+1”中国法律援助志愿者行动启动以来,志愿者律师共办理法律援助案件6625件。';
    expect(readingsOf(text, 6625).map((r) => r[1])).toEqual(['cumulative', 'cumulative']);
  });

  it('a figure opening the title line is the title’s', () => {
    const text =
      '6625件法律援助案件的背后\n\n自2009年“1+1”中国法律援助志愿者行动启动以来,志愿者律师共办理法律援助案件6625件。';
    expect(readingsOf(text, 6625).map((r) => r[1])).toEqual(['cumulative', 'cumulative']);
  });

  it.each([
    [
      'another unit',
      '全市调解纠纷320件\n\n2019年以来,全市共有320人次参与调解,全市累计调解纠纷1.2万件。',
      'region',
    ],
    ['another qualifier', '全市调解纠纷320件\n\n2019年以来,全市累计调解纠纷320余件。', 'region'],
    ['another metric', '全市调解纠纷320件\n\n2019年以来,全市累计办理法律援助案件320件。', 'region'],
  ] as const)('a text figure of %s is another figure', (_what, text, scope) => {
    expect(readingsOf(text, 320)[0]?.[1]).toBe(scope);
  });

  it('a title without a metric takes the text’s metric when both are the region’s', () => {
    const c = figures('3,200件背后的故事\n\n2021年,全市人民调解组织共调解纠纷3,200件。', {
      year: 2021,
      region: '630000',
    })[0];
    expect([c?.value, c?.metric, c?.scope]).toEqual([3200, 'mediation.cases', 'region']);
  });

  it('when neither is the region’s, the title takes the text’s reading', () => {
    const text = '医疗纠纷3,200件\n\n全市人民调解组织共调解纠纷3,500件,较2020年的3,200件增长9.4%。';
    expect(readingsOf(text, 3200)).toEqual([
      ['mediation.cases', 'prior_year', 2020],
      ['mediation.cases', 'prior_year', 2020],
    ]);
  });

  it('a change of the same value in the text is no restatement', () => {
    const c = figures('全市调解纠纷12件\n\n全市人民调解组织共调解纠纷3,000件,比上年增加12件。', {
      year: 2021,
      region: '630000',
    })[0];
    expect([c?.value, c?.scope]).toEqual([12, 'region']);
  });

  it('a text figure without a metric is no restatement', () => {
    const c = figures('320件小事里的大民生\n\n全市人民调解组织共调解纠纷8,000件,其中医疗纠纷320件。', {
      year: 2021,
      region: '630000',
    })[0];
    expect([c?.value, c?.scope]).toEqual([320, 'region']);
  });

  it('the title takes the text’s period with its reading', () => {
    const text =
      '青海办理法律援助案件6625件\n\n自2009年“1+1”中国法律援助志愿者行动启动以来,志愿者律师共办理法律援助案件6625件。';
    const [title] = figures(text, Y).filter((c) => c.value === 6625);
    expect(title?.period?.phrase).toBe('启动以来');
  });

  it('a text figure of another unit leaves a title figure without a metric as it is', () => {
    const c = figures('98件小事里的大民生\n\n2019年以来,全市调解成功率98%。', {
      year: 2021,
      region: '630000',
    })[0];
    expect([c?.value, c?.unit, c?.metric]).toEqual([98, 'count', null]);
  });

  it('a title’s period goes when the text’s figure has none', () => {
    const c = figures(
      '今年以来全市调解纠纷3,200件\n\n全市人民调解组织共调解纠纷3,500件,较2020年的3,200件增长9.4%。',
      {
        year: 2021,
        region: '630000',
      },
    ).find((f) => f.value === 3200 && f.qualifier === 'exact');
    expect([c?.scope, c?.year, c?.period]).toEqual(['prior_year', 2020, undefined]);
  });
});
