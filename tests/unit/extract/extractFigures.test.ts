// extractFigures as a stage: what it makes of each figure once the rules have read it — the value and sign of a change,
// the prior year a change implies, the year and scope each candidate carries, which figures it leaves out. Sentences
// written by hand; every expected candidate worked out by hand.
import { extractFigures } from '../../../src/extract/extractFigures.ts';
import { figures, briefCandidates } from './helpers.ts';

/** The candidates of a text as [value, metric, scope, qualifier, year]. */
const brief = briefCandidates;

describe('extractFigures: what is no input', () => {
  it('an empty text, or a value that is not text, gives no candidates and does not throw', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
    expect(extractFigures(12 as unknown as string)).toEqual([]);
  });
});

describe('extractFigures: a change and the prior year it implies', () => {
  it('a percent rise: the change, signed, and the prior year’s count', () => {
    expect(brief('全年受理行政复议案件300件,同比增长50%。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [50, 'review.accepted', 'change', 'exact', 2023],
      [200, 'review.accepted', 'prior_year', 'derived', 2022],
    ]);
  });

  it('a fall is negative, and the prior year is above the figure', () => {
    expect(brief('全年行政诉讼败诉率为12%,较上年下降3个百分点。')).toEqual([
      [12, 'litigation.loss_rate', 'region', 'exact', 2023],
      [-3, 'litigation.loss_rate', 'change', 'exact', 2023],
      [15, 'litigation.loss_rate', 'prior_year', 'derived', 2022],
    ]);
  });

  it('a multiple is never reported by itself, only the prior year it implies', () => {
    expect(brief('全年受理行政复议案件300件,同比增长2倍。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [100, 'review.accepted', 'prior_year', 'derived', 2022],
    ]);
  });

  it('a rise larger than the figure implies no prior year (it would be negative)', () => {
    expect(brief('全年受理行政复议案件300件,较上年增加500件。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [500, 'review.accepted', 'change', 'exact', 2023],
    ]);
  });

  it('the year compared with, when written, is the prior figure’s year', () => {
    expect(brief('全年受理行政复议案件300件,较2020年增长50%。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [50, 'review.accepted', 'change', 'exact', 2023],
      [200, 'review.accepted', 'prior_year', 'derived', 2020],
    ]);
  });

  it('otherwise the year before the base figure’s own year', () => {
    // 2022's figure in the 2023 report: it is a prior year itself, its change is no change of the region's count.
    expect(brief('2022年受理行政复议案件300件,同比增长50%。')).toEqual([
      [300, 'review.accepted', 'prior_year', 'exact', 2022],
      [50, null, 'change', 'exact', 2022],
      [200, 'review.accepted', 'prior_year', 'derived', 2021],
    ]);
  });

  it('without a report year nothing carries a year', () => {
    const found = figures('受理行政复议案件300件,同比增长50%。', {});
    expect(found.map((c) => [c.value, c.scope, c.qualifier, 'year' in c])).toEqual([
      [300, 'region', 'exact', false],
      [50, 'change', 'exact', false],
      [200, 'prior_year', 'derived', false],
    ]);
  });

  it('the prior year of a part is still a part, and a part’s change names no metric of the region', () => {
    expect(brief('全市办理法律援助案件11091件,其中农民工法律援助案件574件,同比增长12%。')).toEqual([
      [11091, 'legal_aid.cases', 'region', 'exact', 2023],
      [574, 'legal_aid.migrant_worker_cases', 'sub_category', 'exact', 2023],
      [12, null, 'change', 'exact', 2023],
      // 574 / 1.12 = 512.5
      [513, 'legal_aid.migrant_worker_cases', 'sub_category', 'derived', 2022],
    ]);
  });

  it('a change whose base follows it: 较上年增加35件,达到186件', () => {
    expect(brief('人民调解案件总量较上年增加35件,达到186件。')).toEqual([
      [35, 'mediation.cases', 'change', 'exact', 2023],
      [151, 'mediation.cases', 'prior_year', 'derived', 2022],
      [186, 'mediation.cases', 'region', 'exact', 2023],
    ]);
  });

  it('the derived figure’s evidence spans the base and the change', () => {
    const text = '另外,全年受理行政复议案件300件,同比增长50%。';
    const prior = figures(text).find((c) => c.qualifier === 'derived');
    expect(prior).toMatchObject({
      evidence: '全年受理行政复议案件300件,同比增长50%',
      offset: 3,
      unit: 'count',
    });
  });
});

describe('extractFigures: the year and the metric of figures told against other years', () => {
  it('a comparison point measures the figure before it, in the year before', () => {
    expect(brief('全年受理行政复议案件186件,较上年的151件增加35件。')).toEqual([
      [186, 'review.accepted', 'region', 'exact', 2023],
      [151, 'review.accepted', 'prior_year', 'exact', 2022],
      [35, 'review.accepted', 'change', 'exact', 2023],
      [151, 'review.accepted', 'prior_year', 'derived', 2022],
    ]);
  });

  it('a clause of only a year measures what the figure before it measures', () => {
    expect(brief('2022年行政诉讼败诉率为20.2%,2023年为15.5%。')).toEqual([
      [20.2, 'litigation.loss_rate', 'prior_year', 'exact', 2022],
      [15.5, 'litigation.loss_rate', 'region', 'exact', 2023],
    ]);
    expect(brief('2021年度受理行政复议案件120件,2022年度达150件,2023年度是186件。')).toEqual([
      [120, 'review.accepted', 'prior_year', 'exact', 2021],
      [150, 'review.accepted', 'prior_year', 'exact', 2022],
      [186, 'review.accepted', 'region', 'exact', 2023],
    ]);
  });

  it('a 分别 list of years gives each figure its year', () => {
    expect(brief('2021年、2022年、2023年受理行政复议案件分别为100件、200件、300件。')).toEqual([
      [100, 'review.accepted', 'prior_year', 'exact', 2021],
      [200, 'review.accepted', 'prior_year', 'exact', 2022],
      [300, 'review.accepted', 'region', 'exact', 2023],
    ]);
  });

  it('… counting only the figures after the 分别, not those of the sentences before', () => {
    expect(
      brief('全年受理行政复议案件300件。2021年、2022年、2023年审结行政复议案件分别为100件、200件、280件。'),
    ).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [100, 'review.concluded', 'prior_year', 'exact', 2021],
      [200, 'review.concluded', 'prior_year', 'exact', 2022],
      [280, 'review.concluded', 'region', 'exact', 2023],
    ]);
  });

  it('a 分别 list of things, not years, leaves each figure the report’s year', () => {
    expect(brief('全年受理行政复议案件、审结行政复议案件分别为300件、280件。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [280, 'review.concluded', 'region', 'exact', 2023],
    ]);
  });
});

describe('extractFigures: the report year', () => {
  it('read from the text when it is not given', () => {
    const found = figures('某市2023年法治政府建设情况报告\n全市受理行政复议案件3000件。', {});
    expect(found.map((c) => [c.value, c.metric, c.year])).toEqual([[3000, 'review.accepted', 2023]]);
  });

  it('without one a comparison point has no year either, though it is still the year before', () => {
    const found = figures('全市受理行政复议案件3000件,较上年的2800件增加200件。', {});
    expect(found.map((c) => [c.value, c.scope, c.qualifier, 'year' in c])).toEqual([
      [3000, 'region', 'exact', false],
      [2800, 'prior_year', 'exact', false],
      [200, 'change', 'exact', false],
      [2800, 'prior_year', 'derived', false],
    ]);
  });

  it('a figure after a known one is not given its metric unless it is written as a comparison', () => {
    expect(brief('全年受理行政复议案件300件,发出意见书40件。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [40, null, 'region', 'exact', 2023],
    ]);
    expect(brief('全年受理行政复议案件300件,2022年为280件。')).toEqual([
      [300, 'review.accepted', 'region', 'exact', 2023],
      [280, 'review.accepted', 'prior_year', 'exact', 2022],
    ]);
  });
});

describe('extractFigures: whose figure it is', () => {
  it('a city’s report that quotes the country’s or the province’s figure claims no metric for it', () => {
    const found = figures(
      '全国受理行政复议案件30万件,全省受理行政复议案件3万件,全市受理行政复议案件3000件。',
      {
        year: 2023,
        region: '330100',
      },
    );
    expect(found.map((c) => [c.value, c.metric, c.scope])).toEqual([
      [300000, null, 'region'],
      [30000, null, 'region'],
      [3000, 'review.accepted', 'region'],
    ]);
  });

  it('… nor for the province’s figure of another year', () => {
    const found = figures('全省2022年受理行政复议案件3万件。', { year: 2023, region: '330100' });
    expect(found.map((c) => [c.value, c.metric, c.scope, c.year])).toEqual([
      [30000, null, 'prior_year', 2022],
    ]);
  });

  it('a district’s report that quotes the city above it claims nothing for it, in any year', () => {
    const found = figures('全市2022年受理行政复议案件1万件,全区2022年受理行政复议案件800件。', {
      year: 2023,
      region: '330106',
    });
    expect(found.map((c) => [c.value, c.metric, c.scope, c.year])).toEqual([
      [10000, null, 'prior_year', 2022],
      [800, 'review.accepted', 'prior_year', 2022],
    ]);
  });

  it('the body’s own share of a total keeps the metric it counts', () => {
    expect(brief('全市收到行政复议申请1500件,其中市本级收到行政复议申请893件。')).toEqual([
      [1500, 'review.cases', 'region', 'exact', 2023],
      [893, 'review.cases', 'government_own', 'exact', 2023],
    ]);
  });

  it('a second count of the same metric in the sentence is a part of the first, which no rule for parts names', () => {
    expect(brief('全年办理法律援助案件2000件,为困难群众办理法律援助案件500件。')).toEqual([
      [2000, 'legal_aid.cases', 'region', 'exact', 2023],
      [500, null, 'sub_category', 'exact', 2023],
    ]);
    expect(brief('全年受理行政复议案件900件,依法受理行政复议案件800件。')).toEqual([
      [900, 'review.accepted', 'region', 'exact', 2023],
      [800, null, 'sub_category', 'exact', 2023],
    ]);
  });

  it('the courts’ mediation is no people’s mediation', () => {
    expect(brief('全年调解纠纷1万件,其中法院诉前调解纠纷3000件。')).toEqual([
      [10000, 'mediation.cases', 'region', 'exact', 2023],
      [3000, null, 'court', 'exact', 2023],
    ]);
  });
});

describe('extractFigures: what each candidate carries', () => {
  it('the period and the counting basis when the sentence gives them, none otherwise', () => {
    const [half] = figures('2023年上半年受理行政复议案件300件。');
    expect(half).toStrictEqual({
      metric: 'review.accepted',
      value: 300,
      unit: 'count',
      qualifier: 'exact',
      evidence: '2023年上半年受理行政复议案件300件',
      offset: 0,
      scope: 'region',
      year: 2023,
      period: { kind: 'partial_year', months: [1, 6], phrase: '上半年' },
      basis: 'accepted',
    });
    const [plain] = figures('行政复议案件300件。');
    expect(plain).toStrictEqual({
      metric: 'review.cases',
      value: 300,
      unit: 'count',
      qualifier: 'exact',
      evidence: '行政复议案件300件',
      offset: 0,
      scope: 'region',
      year: 2023,
    });
  });

  it('the qualifier and the unit as written', () => {
    expect(
      figures('全年调解纠纷1.2万余件,调解成功率达98%以上。').map((c) => [c.value, c.unit, c.qualifier]),
    ).toEqual([
      [12000, 'count', 'lower_bound'],
      [98, 'percent', 'lower_bound'],
    ]);
  });
});
