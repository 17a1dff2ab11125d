// A 分别 list of years after another figure of the sentence: the words after the last year name what every
// item counts, the first item too; a list that names nothing counts what the figure before it counts.
// Sentences are written for these tests.
import type { ExtractOptions } from '../../../src/extract/index.ts';
import { figures } from './helpers.ts';

const Y: ExtractOptions = { year: 2023, region: '330200' };

function rows(text: string): Array<[string | null, number, number | undefined, string]> {
  return figures(text, Y)
    .filter((c) => c.qualifier !== 'derived')
    .map((c) => [c.metric, c.value, c.year, c.scope]);
}

describe('the list names its own metric', () => {
  it.each([
    ['今年受理法律援助案件300件,2022年、2023年办结法律援助案件分别为200件、280件。', 'legal_aid.concluded', 300, 'legal_aid.cases'],
    ['今年受理法律援助案件300件,2022年、2023年审结分别为200件、280件。', 'legal_aid.concluded', 300, 'legal_aid.cases'],
    ['全市调解矛盾纠纷300件,2022年、2023年调解成功分别为200件、280件。', 'mediation.resolved', 300, 'mediation.cases'],
    ['全市受理行政复议案件300件,2022年和2023年审结分别为200件、280件。', 'review.concluded', 300, 'review.accepted'],
  ] as const)('%s', (text, listed, value, metric) => {
    expect(rows(text)).toEqual([
      [metric, value, 2023, 'region'],
      [listed, 200, 2022, 'prior_year'],
      [listed, 280, 2023, 'region'],
    ]);
  });
});

describe('a list that names nothing', () => {
  it.each([
    ['全市受理行政复议案件300件,2021年、2022年分别为200件、280件。', 'review.accepted'],
    ['全市调解矛盾纠纷300件,2021年、2022年分别为200件、280件。', 'mediation.cases'],
    ['全市办理法律援助案件300件,2021年和2022年分别为200件、280件。', 'legal_aid.cases'],
  ] as const)('%s', (text, metric) => {
    expect(rows(text)).toEqual([
      [metric, 300, 2023, 'region'],
      [metric, 200, 2021, 'prior_year'],
      [metric, 280, 2022, 'prior_year'],
    ]);
  });

  it('a year alone after a figure still measures what it measures', () => {
    expect(rows('2021年败诉率为20.2%,2022年为15.5%。')).toEqual([
      ['litigation.loss_rate', 20.2, 2021, 'prior_year'],
      ['litigation.loss_rate', 15.5, 2022, 'prior_year'],
    ]);
  });
});
