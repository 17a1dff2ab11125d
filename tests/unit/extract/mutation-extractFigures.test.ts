// extractFigures' own choices, each pinned by a sentence that a surviving mutant read otherwise. Sentences written by
// hand; every expected candidate worked out by hand.
import { extractFigures } from '../../../src/extract/extractFigures.ts';
import type { ExtractOptions } from '../../../src/extract/types.ts';
import { briefCandidates } from './helpers.ts';

const brief = briefCandidates;

describe('extractFigures: a change has no metric of its own while the sentence is read', () => {
  it('a change of the cases is no count of cases: a 办结 count after it alone is the cases count', () => {
    // Were the change read as legal_aid.cases, the 办结 count would follow "the cases" and keep its own metric.
    expect(brief('全市法律援助案件数量同比增加45件,办结法律援助案件230件。')).toEqual([
      [45, 'legal_aid.cases', 'change', 'exact', 2023],
      [230, 'legal_aid.cases', 'region', 'exact', 2023],
    ]);
    expect(brief('受理法律援助案件比上年增加12件,办结法律援助案件198件。')).toEqual([
      [12, 'legal_aid.cases', 'change', 'exact', 2023],
      [198, 'legal_aid.cases', 'region', 'exact', 2023],
    ]);
  });
});

describe('extractFigures: a change before a 其中 is no whole it breaks down', () => {
  it('as after a total no rule names, the figure of the 其中 keeps its own metric', () => {
    expect(brief('全市共办理各类案件4500件,其中法律援助案件1200件。')).toEqual([
      [4500, null, 'region', 'exact', 2023],
      [1200, 'legal_aid.cases', 'region', 'exact', 2023],
    ]);
    expect(brief('全市共办理各类案件较上年增加300件,其中法律援助案件1200件。')).toEqual([
      [300, null, 'change', 'exact', 2023],
      [1200, 'legal_aid.cases', 'region', 'exact', 2023],
    ]);
  });
});

describe('extractFigures: a 分别 list is read from its own sentence', () => {
  it('a kind named in the sentence before does not make an item of the list a kind', () => {
    expect(brief('调解婚姻家庭纠纷300件。全年受理、办结法律援助案件分别为120件、110件。')).toEqual([
      [300, null, 'sub_category', 'exact', 2023],
      [120, 'legal_aid.cases', 'region', 'exact', 2023],
      [110, 'legal_aid.concluded', 'region', 'exact', 2023],
    ]);
  });
});

describe('extractFigures: a figure that cannot be cited', () => {
  // A PDF's justified line can put a run of spaces inside a figure: normalized it is one figure, but its original
  // span is longer than any evidence may be.
  const gap = ' '.repeat(70);

  it('is left out, and the figures around it are still read', () => {
    expect(brief(`全市受理行政复议案件1200${gap}件。办理法律援助案件300件。`)).toEqual([
      [300, 'legal_aid.cases', 'region', 'exact', 2023],
    ]);
  });

  it('a change that cannot be cited implies no prior year either; its base stays', () => {
    expect(brief(`全市受理行政复议案件1200件,较上年增加100${gap}件。`)).toEqual([
      [1200, 'review.accepted', 'region', 'exact', 2023],
    ]);
  });
});

describe('extractFigures: any failure inside gives an empty list', () => {
  it('options that cannot be read (null where an object belongs) give no candidates, and nothing is thrown', () => {
    expect(extractFigures('全市受理行政复议案件1200件。', null as unknown as ExtractOptions)).toEqual([]);
  });
});

describe('extractFigures: a clause of only a year measures what the figure before it measures', () => {
  it('even when the words of the sentence name a metric the figure before it is not', () => {
    // 280万元 is the losses recovered in 2022, which no rule names; it is no 公证 amount.
    expect(brief('全市公证机构办理公证涉及金额1.2亿元,挽回损失300万元,2022年为280万元。')).toEqual([
      [120_000_000, 'legal_services.notary_assets', 'region', 'exact', 2023],
      [3_000_000, null, 'sub_category', 'exact', 2023],
      [2_800_000, null, 'prior_year', 'exact', 2022],
    ]);
    expect(brief('公证机构办理公证500件,法律援助挽回经济损失300万元,2022年为280万元。')).toEqual([
      [500, 'legal_services.notary_cases', 'region', 'exact', 2023],
      [3_000_000, 'legal_aid.recovered', 'region', 'exact', 2023],
      [2_800_000, 'legal_aid.recovered', 'prior_year', 'exact', 2022],
    ]);
  });
});

describe('extractFigures: a change in a count changes no rate', () => {
  it('a rate word before a change in cases (纠错率较上年增加3件) names no metric of the change', () => {
    expect(brief('行政复议纠错率较上年增加3件。')).toEqual([[3, null, 'change', 'exact', 2023]]);
    expect(brief('行政复议案件纠错率同比增加12件。')).toEqual([[12, null, 'change', 'exact', 2023]]);
  });
});
