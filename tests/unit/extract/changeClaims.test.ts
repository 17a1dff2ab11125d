// A year-on-year change is a candidate of scope `change`: it names the metric it changes and carries
// its sign, and is never a level. Sentences are written for these tests.
import { figure, figures } from './helpers.ts';

const Y = { year: 2023 };

function change(text: string, amount: number): [string | null, number, string] {
  const c = figures(text, Y).find((f) => Math.abs(f.value) === amount && f.qualifier !== 'derived');
  if (c === undefined) throw new Error(`no change ${amount} in «${text}»`);
  return [c.metric, c.value, c.scope];
}

describe('a change names what it changes', () => {
  it.each([
    ['全市共调解矛盾纠纷12,345件,同比增长12%。', 12, 'mediation.cases', 12],
    ['全区人民调解组织调解纠纷8,800件,较上年下降3.5%。', 3.5, 'mediation.cases', -3.5],
    ['全县受理行政复议案件420件,比去年增加60件。', 60, 'review.accepted', 60],
    ['全市新收行政复议申请1,113件,较2022年减少了45件。', 45, 'review.cases', -45],
    ['全市行政应诉案件650件,同比下降4.2%。', 4.2, 'litigation.cases', -4.2],
    ['全县办理法律援助案件1,024件,同比增长8%。', 8, 'legal_aid.cases', 8],
    ['行政机关负责人出庭应诉率达到98.6%,同比提高3.2个百分点。', 3.2, 'litigation.head_appearance_rate', 3.2],
    ['行政诉讼案件败诉率为8.2%,较上年下降1.5个百分点。', 1.5, 'litigation.loss_rate', -1.5],
    ['全市行政复议纠错率为12.3%,较上年提升2个百分点。', 2, 'review.correction_rate', 2],
    ['累计调解成功5,600件,调解成功率97.8%,同比上升0.6个百分点。', 0.6, 'mediation.success_rate', 0.6],
  ] as const)('%s', (text, amount, metric, value) => {
    expect(change(text, amount)).toEqual([metric, value, 'change']);
  });

  it('names the metric its own words give, even with other figures between', () => {
    const text = '全市共受理人民调解案件45060件,成功化解44252件,人民调解案件总量较去年增长82.08%。';
    expect(change(text, 82.08)).toEqual(['mediation.cases', 82.08, 'change']);
  });

  it('names the figure it leads to: 较上年增加35件,达到186件', () => {
    const text = '全县法律援助案件较上年增加35件,达到186件。';
    expect(change(text, 35)).toEqual(['legal_aid.cases', 35, 'change']);
    expect(figure(text, 186, Y)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });

  it('keeps the level a level, beside its change', () => {
    const c = figure('全市调解纠纷3,200件,同比下降10%。', 3200, Y);
    expect(c).toMatchObject({ metric: 'mediation.cases', scope: 'region', value: 3200 });
  });
});

describe('what is not a change of a known metric', () => {
  it.each([
    ['全市地区生产总值同比增长5.2%。', 5.2],
    ['同比增长12%。', 12],
    ['全市律师事务所新增12家,同比增长20%。', 20],
  ] as const)('%s has no headline metric', (text, amount) => {
    const [metric, , scope] = change(text, amount);
    expect(scope).toBe('change');
    expect(metric === null || !/^(mediation|review|litigation|legal_aid)\./.test(metric)).toBe(true);
  });

  it('a rate that merely reached a level is no change', () => {
    expect(figure('调解成功率提高到98%。', 98, Y)).toMatchObject({ scope: 'region' });
  });
});

describe('the change of what is not the region’s total', () => {
  it.each([
    ['东城区调解纠纷2,341件,同比增长5%。', 5],
    ['市政府作为复议机关收到行政复议申请486件,同比增长12%。', 12],
    ['五年来,全市累计调解纠纷12万件,同比增长8%。', 8],
    ['化解婚姻家庭纠纷1,341件,同比下降6%。', 6],
  ] as const)('%s names no metric', (text, amount) => {
    const c = figures(text, { year: 2023, region: '330200' }).find(
      (f) => Math.abs(f.value) === amount && f.qualifier !== 'derived',
    );
    expect(c).toMatchObject({ metric: null, scope: 'change' });
  });
});
