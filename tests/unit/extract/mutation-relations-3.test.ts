// Survivors of the extract-figures lines of 2 December 2026 that were not yet sorted (extractFigures' 分别 run of
// changes, the list's words, the year before with no report year, a body's own count under a 其中 that opens its
// sentence), each killed by sentences written for these tests; expected values worked out by hand.
import { derived, figure, figures } from './helpers.ts';

describe('a change joined by 和 or 、 continues a run only after 分别', () => {
  it.each([
    // No 分别: which change is whose cannot be told, so the second figure claims nothing and gives no prior year.
    ['调解纠纷15000件,调解成功14800件,同比增长9%和8.5%。', 8.5, [13578]],
    ['受理行政复议案件300件,审结280件,同比增长20%、12%。', 12, [233]],
  ] as const)('%s', (text, second, priors) => {
    expect(figure(text, second).metric).toBeNull();
    expect(figure(text, second).scope).not.toBe('change');
    expect(derived(text).map((c) => c.value)).toEqual(priors);
  });

  it('with 分别 the second is the run’s change of the second figure (near miss)', () => {
    const text = '调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%。';
    expect(figure(text, 8.5).scope).toBe('change');
    expect(figure(text, 8.5).metric).toBe('mediation.resolved');
    expect(derived(text).map((c) => c.value)).toEqual([13761, 13641]);
  });
});

describe('a list of years whose sentence names nothing claims nothing, whatever the next sentence names', () => {
  it.each([
    ['2022年、2023年分别为300件、320件。全年办理法律援助案件1200件。', 300, 320],
    ['2022年、2023年分别为300件、320件,主要是行政复议案件。', 300, 320],
  ] as const)('%s', (text, first, second) => {
    expect(figure(text, first).metric).toBeNull();
    expect(figure(text, second).metric).toBeNull();
  });

  it('the list’s own sentence names it (near miss)', () => {
    const text = '全年办理法律援助案件1200件。2022年、2023年法律援助案件分别为1100件、1150件。';
    expect(figure(text, 1100).metric).toBe('legal_aid.cases');
  });
});

describe('a clause opening with the year before, and no report year known', () => {
  it.each(['上年受理行政复议案件700件。', '上年同期受理行政复议案件700件,本年受理786件。'])(
    '%s has no year rather than a made-up one',
    (text) => {
      const c = figure(text, 700, {});
      expect(c.year).toBeUndefined();
      expect('year' in c).toBe(false);
    },
  );

  it('with the report year it is the year before (near miss)', () => {
    expect(figure('上年受理行政复议案件700件。', 700, { year: 2023 }).year).toBe(2022);
  });
});

describe('a body’s own count named by the body alone, in a sentence that opens with 其中', () => {
  it.each([
    ['全市收到行政复议申请2000件。其中,市政府本级收到行政复议申请500件,市直部门本级393件。', 393],
    ['全市收到行政复议申请2000件。其中市本级收到行政复议申请893件、市本级1300件。', 1300],
  ] as const)('%s counts what the part before it counts', (text, value) => {
    const c = figures(text).find((f) => f.value === value);
    expect(c?.metric).toBe('review.cases');
    expect(c?.scope).toBe('government_own');
  });
});

// A sentence is read at most 240 characters back from each figure (MAX_LOOKBACK), so the figures of a longer one do
// not share its start: a 分别 run there must still read as one. The words before the run name no topic.
const LONG = '全面贯彻落实党中央决策部署,坚持稳中求进工作总基调,统筹发展和安全,'.repeat(7);

describe('a 分别 run of changes far into a long sentence reads as in a short one', () => {
  it.each([
    [
      '受理行政复议案件300件,审结280件,同比分别增长20%、12%。',
      [
        [300, 'review.accepted', 'region'],
        [280, 'review.concluded', 'region'],
        [20, 'review.accepted', 'change'],
        [250, 'review.accepted', 'prior_year'],
        [12, 'review.concluded', 'change'],
        [250, 'review.concluded', 'prior_year'],
      ],
    ],
    [
      '调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%。',
      [
        [15000, 'mediation.cases', 'region'],
        [14800, 'mediation.resolved', 'region'],
        [9, 'mediation.cases', 'change'],
        [13761, 'mediation.cases', 'prior_year'],
        [8.5, 'mediation.resolved', 'change'],
        [13641, 'mediation.resolved', 'prior_year'],
      ],
    ],
    [
      '办理法律援助案件1200件,受理行政复议案件300件,调解纠纷15000件,同比分别增长20%、25%和50%。',
      [
        [1200, 'legal_aid.cases', 'region'],
        [300, 'review.accepted', 'region'],
        [15000, 'mediation.cases', 'region'],
        [20, 'legal_aid.cases', 'change'],
        [1000, 'legal_aid.cases', 'prior_year'],
        [25, 'review.accepted', 'change'],
        [240, 'review.accepted', 'prior_year'],
        [50, 'mediation.cases', 'change'],
        [10000, 'mediation.cases', 'prior_year'],
      ],
    ],
  ] as const)('%s', (run, expected) => {
    const brief = (text: string) => figures(text).map((c) => [c.value, c.metric, c.scope]);
    expect(brief(run)).toEqual(expected);
    expect(brief(LONG + run)).toEqual(expected);
  });

  it('near misses: no 分别, or the next sentence’s figure after a run, in a long sentence', () => {
    const plain = LONG + '调解纠纷15000件,调解成功14800件,同比增长9%和8.5%。';
    expect(figure(plain, 8.5).scope).not.toBe('change');
    expect(figure(plain, 8.5).metric).toBeNull();
    // 较上年增加5件 is the next sentence's own change, not the run's third (its figure 15000 is the nearest).
    const next = LONG + '调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%。较上年增加5件和3件。';
    expect(figure(next, 5).scope).toBe('change');
    expect(figure(next, 3).scope).not.toBe('change');
  });
});

describe('a change with a comparison or a subject of its own after a 分别 run starts afresh', () => {
  const RUN = '调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%';
  const pairs = [
    [9, 'mediation.cases', 'change'],
    [13761, 'mediation.cases', 'prior_year'],
    [8.5, 'mediation.resolved', 'change'],
    [13641, 'mediation.resolved', 'prior_year'],
  ];
  it.each([
    [',调解成功率同比提高0.5个百分点。', [[0.5, 'mediation.success_rate', 'change']]],
    [
      ',较上年增加20件。',
      [
        [20, 'mediation.resolved', 'change'],
        [14780, 'mediation.resolved', 'prior_year'],
      ],
    ],
    [',法律援助案件同比增长20%。', [[20, 'legal_aid.cases', 'change']]],
    [
      ',比上年增加20件。',
      [
        [20, 'mediation.resolved', 'change'],
        [14780, 'mediation.resolved', 'prior_year'],
      ],
    ],
  ] as const)('%s', (after, rest) => {
    const brief = figures(RUN + after).map((c) => [c.value, c.metric, c.scope]);
    expect(brief.slice(2)).toEqual([...pairs, ...rest]);
  });

  it('a level after the run is no change of it', () => {
    const brief = figures(RUN + ',调解成功率98%。').map((c) => [c.value, c.metric, c.scope]);
    expect(brief.slice(2, 6)).toEqual(pairs);
  });

  it('a change of a subject of its own, dated by a comparison that opens the sentence, starts afresh', () => {
    const text = '与上年相比,调解纠纷15000件,调解成功14800件,分别增长9%和8.5%,法律援助案件增加20件。';
    const brief = figures(text).map((c) => [c.value, c.metric, c.scope]);
    expect(brief.slice(2, 6)).toEqual(pairs);
  });

  it.each([
    // A clause that opens with its verb alone but stands further on, or in the next sentence.
    ',矛盾纠纷化解工作成效明显,增长5%的为专业性调解组织。',
    ';增长12%的是专业性行业性调解组织受理的纠纷。',
  ])('and so does one further on: %s', (after) => {
    const brief = figures(RUN + after).map((c) => [c.value, c.metric, c.scope]);
    expect(brief.slice(2, 6)).toEqual(pairs);
  });

  it.each([
    // Near misses: a clause that opens with its verb alone continues the run (its sign its own).
    [
      '、下降3%。',
      [
        [-3, 'mediation.resolved', 'change'],
        [15258, 'mediation.resolved', 'prior_year'],
      ],
    ],
    [
      '和8%。',
      [
        [8, 'mediation.resolved', 'change'],
        [13704, 'mediation.resolved', 'prior_year'],
      ],
    ],
  ] as const)('the run goes on: 同比分别增长9%%%s', (after, rest) => {
    const text = '受理行政复议案件300件,调解纠纷15000件,调解成功14800件,同比分别增长9%和8.5%' + after;
    const brief = figures(text).map((c) => [c.value, c.metric, c.scope]);
    expect(brief.slice(3)).toEqual([
      [9, 'review.accepted', 'change'],
      [275, 'review.accepted', 'prior_year'],
      [8.5, 'mediation.cases', 'change'],
      [13825, 'mediation.cases', 'prior_year'],
      ...rest,
    ]);
  });
});
