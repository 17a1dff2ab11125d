// A total of bare 案件 that a 其中 breaks down into the metric's own object (行政复议案件, 法律援助案件)
// holds other kinds too; a count of case files (案卷) is no count of cases. Neither is a headline
// claim. Sentences are written for these tests.
import { figure, figures } from './helpers.ts';

const Y = { year: 2023 };
const HEADLINE = /^(review|litigation|legal_aid)\.(cases|accepted|concluded)$/;
const isHeadline = (m: string | null): boolean => m !== null && HEADLINE.test(m);

describe('a total of several kinds', () => {
  it.each([
    ['2023年度县法律援助中心共受理指派案件4,459件,其中法律援助案件450件,法律帮助案件1,830件。', 4459, 450],
    ['市法律援助中心共承办案件2,300件,其中法援案件1,900件。', 2300, 1900],
  ] as const)('%s', (text, total, part) => {
    expect(isHeadline(figure(text, total, Y).metric)).toBe(false);
    expect(figure(text, part, Y).scope).not.toBe('region');
  });

  it.each([
    [
      '全市各级行政复议机关共办理案件4,613件,其中行政复议案件2,448件,行政应诉案件2,165件。',
      4613,
      2448,
      'review.cases',
    ],
    [
      '全区复议机关共收到各类案件1,020件。其中行政复议申请860件,行政应诉案件160件。',
      1020,
      860,
      'review.cases',
    ],
    [
      '全市共办理行政复议和行政应诉案件3,200件,其中行政复议案件1,800件,行政应诉案件1,400件。',
      3200,
      1400,
      'litigation.cases',
    ],
    [
      '各级复议机关办理案件4,613件,其中行政复议案件2,448件,同比增长16.2%;行政应诉案件2,165件。',
      4613,
      2448,
      'review.cases',
    ],
  ] as const)('splits into each topic’s own total: %s', (text, total, part, metric) => {
    expect(figure(text, total, Y).metric).toBeNull();
    expect(figure(text, part, Y)).toMatchObject({ metric, scope: 'region' });
  });

  it('keeps the siblings after the first part as parts', () => {
    const text =
      '2023年度县法律援助中心共受理指派案件4,459件,其中法律援助案件450件,刑事全覆盖试点案件2,179件。';
    expect(figure(text, 2179, Y).scope).toBe('sub_category');
  });
});

describe('a total that names its own object stays the total', () => {
  it.each([
    ['全市共办理法律援助案件1,000件,其中民事法律援助案件600件。', 1000, 'legal_aid.cases'],
    ['全县受理行政复议案件120件,其中涉企行政复议案件30件。', 120, 'review.accepted'],
    ['全区收到行政复议申请356件,其中行政复议案件受理320件。', 356, 'review.cases'],
    ['全市行政应诉案件达到410件,其中行政诉讼案件由市政府应诉的52件。', 410, 'litigation.cases'],
  ] as const)('%s', (text, total, metric) => {
    expect(figure(text, total, Y)).toMatchObject({ metric, scope: 'region' });
  });
});

describe('case files reviewed are not cases', () => {
  it.each([
    ['2023年县法律援助中心共接收审查归档案卷3,927份,其中法律援助案件1,414件,法律帮助案件2,513件。', 1414],
    ['全市评查行政复议案卷210卷,其中行政复议案件180件。', 180],
    ['共抽查法律援助卷宗300份,其中民事法律援助案件120件。', 120],
  ] as const)('%s', (text, value) => {
    expect(isHeadline(figure(text, value, Y).metric)).toBe(false);
  });

  it('counts the year’s cases after the files are left behind by 全市', () => {
    const text = '开展法律援助案卷评查,全市共办理法律援助案件2,400件。';
    expect(figure(text, 2400, Y)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });
});

describe('the change of a total of several kinds', () => {
  const claims = (text: string) =>
    figures(text, Y)
      .filter((c) => c.value !== 2165)
      .map((c) => [c.value, c.metric, c.scope, c.qualifier]);

  it('changes no metric, and the prior year it implies counts no metric either', () => {
    // 4613 / 1.05 = 4393.3; 4613 - 48 = 4565.
    expect(
      claims('复议机关共办理案件4613件,同比增长5%。其中行政复议案件2448件,行政应诉案件2165件。'),
    ).toEqual([
      [4613, null, 'region', 'exact'],
      [5, null, 'change', 'exact'],
      [4393, null, 'prior_year', 'derived'],
      [2448, 'review.cases', 'region', 'exact'],
    ]);
    expect(
      claims('复议机关共办理案件4613件,较上年增加48件,其中行政复议案件2448件、行政应诉案件2165件。'),
    ).toEqual([
      [4613, null, 'region', 'exact'],
      [48, null, 'change', 'exact'],
      [4565, null, 'prior_year', 'derived'],
      [2448, 'review.cases', 'region', 'exact'],
    ]);
  });

  it('a change written as the 其中 part shows the total holds other kinds, as a count would', () => {
    expect(claims('复议机关共办理案件4613件,其中行政复议案件较上年增加48件,行政应诉案件2165件。')).toEqual([
      [4613, null, 'region', 'exact'],
      [48, null, 'change', 'exact'],
      [4565, null, 'prior_year', 'derived'],
    ]);
    // The total holds several kinds, so it is no whole of the sibling after the change: 行政应诉案件 is litigation's own
    // object, its total.
    expect(
      figure('复议机关共办理案件4613件,其中行政复议案件较上年增加48件,行政应诉案件2165件。', 2165, Y),
    ).toMatchObject({
      metric: 'litigation.cases',
      scope: 'region',
    });
    expect(claims('法律援助中心共承办案件2300件,其中法律援助案件同比增长5%。')).toEqual([
      [2300, null, 'region', 'exact'],
      [5, null, 'change', 'exact'],
      [2190, null, 'prior_year', 'derived'],
    ]);
  });
});
