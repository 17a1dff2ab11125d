// Since a law or rule took effect (《法律援助法》实施以来, 新修订的行政复议法施行以来, 《人民调解法》颁布以来): a sum from that
// day on, not the year's total, like 成立以来. Sentences written for these tests.
import { readPeriod } from '../../../src/extract/period.ts';
import { claim } from './helpers.ts';

describe('since a law took effect', () => {
  it.each([
    ['《法律援助法》实施以来，全市共受理法律援助案件9.9万件。', 99_000, 'legal_aid.cases'],
    [
      '《法律援助法》实施以来，全市共受理法律援助案件9.9万件，为群众挽回经济损失约15.6亿元。',
      1_560_000_000,
      'legal_aid.recovered',
    ],
    ['新修订的行政复议法施行以来，全市共收到行政复议申请1.2万件。', 12_000, 'review.cases'],
    ['《人民调解法》颁布以来，全市累计调解纠纷30万件。', 300_000, 'mediation.cases'],
    ['《条例》生效以来，全区共办理法律援助案件2100件。', 2100, 'legal_aid.cases'],
  ])('%s: %d is cumulative', (text, value, metric) => {
    expect(claim(text, value)).toEqual([metric, 'cumulative']);
  });

  it('reads the phrase as a span from the day', () => {
    expect(readPeriod('《法律援助法》实施以来，全市共受理', 2023)).toMatchObject({ cumulative: true });
  });

  it('实施 as a verb of the work is no span', () => {
    expect(claim('全年实施法律援助案件1500件。', 1500)).toEqual(['legal_aid.cases', 'region']);
    expect(claim('全市全面实施《人民调解法》，全年调解纠纷5200件。', 5200)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});
