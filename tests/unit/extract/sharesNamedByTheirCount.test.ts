// A bare share right after a count of cases resolved in substance, lost or corrected (…388件,占比14.1%) is that rate; and a
// share written before its cases resolved within review (97%的案件在复议程序中化解). From set 50 and 45 (first scored unseen);
// each sentence written for this file, with the near misses each rule must leave alone.
import { claim, figure } from './helpers.ts';

const Y = { year: 2024 };

describe('a bare share after a count names the count’s rate', () => {
  it.each([
    ['2024年,全市审结行政复议案件2,755件,以纠错、调解等方式实质性化解行政争议388件,占比14.1%。', 14.1, 'review.resolution_rate'],
    ['2024年,全市审结行政复议案件2,755件,直接纠错46件,占比1.78%。', 1.78, 'review.correction_rate'],
    ['2024年,全市审结一审行政诉讼案件117件,行政机关败诉26件,占比22.2%。', 22.2, 'litigation.loss_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });

  it.each([
    // A share of one kind among the losses, a share with a base of its own, a share of the cases received.
    ['2024年,行政机关败诉26件,其中涉及征收类案件10件,占比38.5%。', 38.5],
    // A part of the losses or corrections, with the rate's word in it, is still a part.
    ['2024年,全市审结一审行政诉讼案件117件,其中涉企败诉案件10件,占比8.5%。', 8.5],
    ['2024年,全市审结行政复议案件2,755件,纠错类案件46件,占比1.78%。', 1.78],
    ['2024年,直接纠错46件,占全省纠错总数的12%。', 12],
    ['2024年,全市收到行政复议申请2,900件,占全省的15%。', 15],
  ] as const)('near miss: %s', (text, value) => {
    const m = figure(text, value, Y).metric;
    expect(['review.resolution_rate', 'review.correction_rate', 'litigation.loss_rate']).not.toContain(m);
  });
});

describe('a share written before its cases resolved within review is the resolution rate', () => {
  it.each([
    ['2024年,97%的行政复议案件在行政复议程序中化解。', 97],
    ['2024年,超过90%的案件化解在行政复议程序中。', 90],
    ['2024年,全省92.5%的行政争议在复议环节得到化解。', 92.5],
  ] as const)('%s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['review.resolution_rate', 'region']);
  });

  it.each([
    ['2024年,97%的矛盾纠纷在基层得到化解。', 97],
    ['2024年,97%的行政复议案件在法定期限内办结。', 97],
  ] as const)('near miss: %s', (text, value) => {
    expect(figure(text, value, Y).metric).not.toBe('review.resolution_rate');
  });
});
