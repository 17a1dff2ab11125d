// Survivors of the mutation run over the lines added on 2 December (later), killed with sentences written for them:
// each test names the reading a mutant would change. Expected values written by hand.
import { figure, figures, claim, metricOf } from './helpers.ts';

const Y = { year: 2023, region: '330100' };

describe('cases still in hand: either sign is enough', () => {
  it.each([
    // Only the words after the figure say so.
    ['全县行政诉讼案件中12件正在审理中。', 12],
    // Only the words before it say so.
    ['全市受理行政复议申请860件,审结810件,尚有50件。', 50],
  ] as const)('%s', (text, value) => {
    expect(metricOf(text, value, Y)).toBeNull();
  });
});

describe('a negated 超过 without 有 caps too', () => {
  it('没超过', () => {
    expect(metricOf('全县行政诉讼案件没超过40件。', 40, Y)).toBeNull();
  });
});

describe('the first months of the year', () => {
  it('前11个月 is eleven months, 前12个月 the whole year, 前13个月 no period', () => {
    expect(figure('前11个月,全市受理法律援助案件6,670件。', 6670, Y).period).toMatchObject({
      kind: 'partial_year',
      months: [1, 11],
    });
    expect(figure('前12个月,全市受理法律援助案件6,670件。', 6670, Y).period?.kind).toBe('full_year');
    expect(figure('前13个月,全市受理法律援助案件6,670件。', 6670, Y).period).toBeUndefined();
    expect(figure('前0个月,全市受理法律援助案件6,670件。', 6670, Y).period).toBeUndefined();
  });
});

describe('a clause of only a year, with a figure before it in its sentence', () => {
  it('takes no metric from the sentence’s words when the figure before names none', () => {
    expect(metricOf('全市法律援助工作站120个,2023年达到3,200件。', 3200, Y)).toBeNull();
    // The people helped are counted before; the year's 2,800件 is not their number (no migrant workers' cases).
    expect(metricOf('全市办理法律援助案件中受援农民工3,000人,2022年为2,800件。', 2800, Y)).toBeNull();
  });
});

describe('a later clause opened by the year before, with no report year', () => {
  it('has no year rather than a year worked out from none', () => {
    const c = figures('全市共受理行政复议案件820件,上年受理700件。', { region: '330100' }).find(
      (f) => f.value === 700,
    );
    expect(c?.year).toBeUndefined();
  });
});

describe('a level moved to with its year, with no comparison point before it', () => {
  it('is that year’s', () => {
    const c = figure('全市行政复议案件增加到2022年的1,203件。', 1203, Y);
    expect([c.scope, c.year]).toEqual(['prior_year', 2022]);
  });
});

describe('the part under a concluded total', () => {
  it('is a part, not the region’s figure without a metric', () => {
    expect(claim('全市法院审结行政诉讼案件900件,其中一审615件。', 615, Y)).toEqual([null, 'sub_category']);
  });
});

describe('levelBefore stays in its sentence unless 其中 opens it', () => {
  it.each([
    '全市共有行政诉讼案件862件。\n今年工作成效显著。一审案件615件。',
    '全市共有行政诉讼案件862件。今年工作成效显著。一审案件615件。',
  ])('%j', (text) => {
    expect(claim(text, 862, Y)).toEqual(['litigation.cases', 'region']);
  });
});

describe('a 其中 one mark into its sentence still opens it', () => {
  it('an open bracket before it', () => {
    const text = '全市共有行政诉讼案件862件。(其中一审案件615件,二审案件247件。';
    expect(claim(text, 862, Y)[0]).toBeNull();
    expect(claim(text, 615, Y)).toEqual(['litigation.cases', 'region']);
  });
});

describe('a page about one body', () => {
  it('leaves a change a change and a prior year’s figure the prior year’s', () => {
    const page = '某某市石马司法所:维护山区和谐稳定的坚固防线\n';
    const text = `${page}2023年,调解矛盾纠纷320件,同比增长12%,2022年为286件。`;
    const written = figures(text, Y).filter((c) => c.qualifier !== 'derived');
    expect(written.map((c) => c.scope)).toEqual(['sub_category', 'change', 'prior_year']);
  });

  it('reads a title of forty characters, not one of forty-one', () => {
    // The title ends in !, so the page keeps its line break; the article does not name the team. (A line of forty-one
    // is the first sentence: one that opens with an office, 某某市石马司法所…, would make the office its subject too.)
    const forty = `某某市石马律师团队${'维'.repeat(30)}!\n2023年,全年调解矛盾纠纷320件。`;
    const fortyOne = `某某市石马律师团队${'维'.repeat(31)}!\n2023年,全年调解矛盾纠纷320件。`;
    expect(claim(forty, 320, Y)[1]).toBe('sub_category');
    expect(claim(fortyOne, 320, Y)[1]).toBe('region');
  });
});

describe('found by the extract-figures group run of 2 December (50ac512)', () => {
  it('a figure before 共/达 that is no lower bound is passed by no threshold: it keeps its metric', () => {
    expect(claim('全市受理行政复议申请300件,共326件。', 300, Y)).toEqual(['review.cases', 'region']);
  });

  it.each([
    ['全市调解纠纷3,000件。2022年为2,800件。', 2800],
    ['全市调解纠纷3,000件。较上年的2,800件增加。', 2800],
  ] as const)(
    'a clause of a year or a comparison point opening its sentence measures the figure before it: %s',
    (text, value) => {
      expect(figure(text, value, Y).scope).toBe('prior_year');
      expect(metricOf(text, value, Y)).not.toBeNull();
    },
  );

  it('a clause of the report year after ; measures the figure before it too', () => {
    expect(claim('2022年,全市共收到行政复议申请1,290件;2023年为1,410件。', 1410, Y)).toEqual([
      'review.cases',
      'region',
    ]);
  });
});
