// Year-on-year phrases add a derived prior-year candidate.
import { derived, figure, figures } from './helpers.ts';

describe('year-on-year', () => {
  it('derives the prior year from a percentage increase with an explicit year', () => {
    const text = '全市办理行政复议案件2056件,较2023年同比增长100%。';
    const d = derived(text, { year: 2024 });
    expect(d).toEqual([
      expect.objectContaining({ metric: 'review.cases', value: 1028, year: 2023, unit: 'count' }),
    ]);
    expect(d[0]?.evidence).toContain('2056件');
    expect(figure(text, 2056, { year: 2024 })).toMatchObject({ metric: 'review.cases', qualifier: 'exact' });
    expect(figure(text, 100, { year: 2024 })).toMatchObject({ metric: 'review.cases', unit: 'percent', scope: 'change' });
  });

  it.each([
    ['收办行政复议申请2041件,同比增长64.6%。', 1240],
    ['新收行政复议案件856件,同比下降8.3%。', 933],
    ['共受理行政复议申请1,203件,较上年增长15.2%。', 1044],
    ['受理行政复议申请900件,比去年同期增长20%。', 750],
    ['受理行政复议申请900件,与上年相比下降10%。', 1000],
    ['受理行政复议申请900件,较去年下降10%。', 1000],
    ['受理行政复议申请900件,增长20%。', 750],
    ['受理行政复议申请900件,增幅为20%。', 750],
    ['受理行政复议申请900件,比上年增加120件。', 780],
    ['受理行政复议申请900件,同比减少100件。', 1000],
    ['受理行政复议申请900件,同比增长1倍。', 450],
  ])('%s → %d', (text, prior) => {
    expect(derived(text)).toEqual([
      expect.objectContaining({ metric: 'review.cases', value: prior, year: 2022, qualifier: 'derived' }),
    ]);
  });

  it('applies percentage points to a rate', () => {
    const up = derived('行政机关负责人出庭应诉率达到98.6%,同比提高3.2个百分点。');
    expect(up).toEqual([
      expect.objectContaining({ metric: 'litigation.head_appearance_rate', value: 95.4, unit: 'percent' }),
    ]);
    const down = derived('行政诉讼案件败诉率为8.2%,较上年下降1.5个百分点。');
    expect(down).toEqual([expect.objectContaining({ metric: 'litigation.loss_rate', value: 9.7 })]);
  });

  it('finds the base a change names even when other figures sit between', () => {
    const text =
      '全市共受理人民调解案件45060件,成功化解44252件,调成率98.2%,人民调解案件总量较去年增长82.08%。';
    expect(derived(text)).toEqual([
      expect.objectContaining({ metric: 'mediation.cases', value: 24747, year: 2022 }),
    ]);
  });

  it('leaves the year off when the report year is unknown', () => {
    const d = derived('收办行政复议申请2041件,同比增长64.6%。', {});
    expect(d[0]?.year).toBeUndefined();
  });

  it('does not read "to" phrases or unrelated changes as year-on-year', () => {
    expect(derived('抽查比例由10%提升至35%。')).toEqual([]);
    expect(derived('平均每宗案件结案时间减少6天。')).toEqual([]);
    expect(derived('满意率达100%,较好完成任务。')).toEqual([]);
  });

  it('dates a figure written as the comparison point and does not use it as a base', () => {
    const text = '受理行政复议申请1,200件,较上年的1,000件增长20%。';
    expect(figure(text, 1000)).toMatchObject({ metric: 'review.cases', year: 2022, qualifier: 'exact' });
    expect(derived(text)).toEqual([
      expect.objectContaining({ metric: 'review.cases', value: 1000, year: 2022 }),
    ]);
    const from = figures('行政复议案件由2021年的800件增加到1,000件。');
    expect(from.map((c) => [c.value, c.year])).toEqual([
      [800, 2021],
      [1000, 2023],
    ]);
  });

  it('applies a change written before the figure it changes', () => {
    const text = '行政复议案件数量较上年增加35件,达到186件。';
    expect(figure(text, 186).metric).toBe('review.cases');
    expect(derived(text)).toEqual([
      expect.objectContaining({ metric: 'review.cases', value: 151, year: 2022 }),
    ]);
    expect(derived(text)[0]?.evidence).toBe(text.slice(0, -1));
    const points = '人民调解成功率较上年提高0.5个百分点,达到98.5%。';
    expect(figure(points, 98.5).metric).toBe('mediation.success_rate');
    expect(derived(points)).toEqual([
      expect.objectContaining({ metric: 'mediation.success_rate', value: 98 }),
    ]);
    const rate = '全市人民调解案件同比增长20%,达到1.2万件。';
    expect(derived(rate)).toEqual([expect.objectContaining({ metric: 'mediation.cases', value: 10000 })]);
  });
});
