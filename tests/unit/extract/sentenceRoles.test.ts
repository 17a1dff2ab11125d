// sentenceRoles.ts on its own: what an earlier figure of the sentence (or paragraph) makes of a later one. The
// facts earlier stages would give each figure (metric, part, basis, year, period) are written by hand, so each test
// asks only the rule under test. Sentences written for this test.
import type { Scanned } from '../../../src/extract/figureRelations.ts';
import {
  concludedOrCases,
  handledBeforeResolved,
  mixedTotal,
  sameSentenceRole,
  splitsByTopic,
} from '../../../src/extract/sentenceRoles.ts';
import { scannedIn, type Facts } from './helpers.ts';
import type { YoyChange } from '../../../src/extract/yoy.ts';
import type { Period } from '../../../src/extract/types.ts';

/** The last figure of `norm` with the figures before it, each given its facts. */
function lastOf(norm: string, ...facts: Facts[]): [Scanned[], Scanned] {
  const items = scannedIn(norm, ...facts);
  const last = items.pop();
  if (last === undefined) throw new Error(`no figure in ${norm}`);
  return [items, last];
}

const rise: YoyChange = { kind: 'percent', sign: 1, amount: 5, subject: '' };
const cases: Facts = { metric: 'mediation.cases' };

describe('sameSentenceRole', () => {
  it('a second count of the same metric in the sentence is a part of the first', () => {
    expect(
      sameSentenceRole(...lastOf('全市调解案件11063件,村(社区)调委会调解案件5414件。', cases, cases)),
    ).toBe('part');
    expect(sameSentenceRole(...lastOf('全县共调处矛盾纠纷860件,镇村两级调处纠纷700件。', cases, cases))).toBe(
      'part',
    );
  });

  it('a whole-region word between the two starts afresh', () => {
    expect(
      sameSentenceRole(...lastOf('村(社区)调委会调解案件5414件,全市调解案件11063件。', cases, cases)),
    ).toBeNull();
    expect(
      sameSentenceRole(...lastOf('街道调解案件300件,各级调解组织共调解案件900件。', cases, cases)),
    ).toBeNull();
  });

  it('the first figure of a sentence, or a figure after another sentence, has no role', () => {
    expect(sameSentenceRole(...lastOf('调解案件300件。', cases))).toBeNull();
    expect(
      sameSentenceRole(...lastOf('全市调解案件11063件。村(社区)调委会调解案件5414件。', cases, cases)),
    ).toBeNull();
  });

  it('nothing for a figure without a metric, a change, a comparison point or a known part', () => {
    const sentence = '全市调解案件11063件,村(社区)调委会调解案件5414件。';
    expect(sameSentenceRole(...lastOf(sentence, cases, {}))).toBeNull();
    expect(sameSentenceRole(...lastOf(sentence, {}, {}))).toBeNull();
    expect(sameSentenceRole(...lastOf(sentence, cases, { ...cases, change: rise }))).toBeNull();
    expect(sameSentenceRole(...lastOf(sentence, cases, { ...cases, comparison: true }))).toBeNull();
    expect(sameSentenceRole(...lastOf(sentence, cases, { ...cases, part: true }))).toBeNull();
  });

  it('earlier figures that are changes, comparison points, parts or of another metric are passed over', () => {
    const sentence =
      '全县调解案件900件,同比增长5%,较上年的800件,城区调解案件300件,涉及金额200万元,乡镇调解案件400件。';
    const [items, last] = lastOf(
      sentence,
      cases,
      { ...cases, change: rise },
      { ...cases, comparison: true },
      { ...cases, part: true },
      { metric: 'mediation.amount' },
      cases,
    );
    expect(sameSentenceRole(items, last)).toBe('part');
    // Without the first figure nothing is left to be a part of.
    expect(sameSentenceRole(items.slice(1), last)).toBeNull();
  });

  it('a passed-over figure of the same value would have made it a restatement', () => {
    const sentence =
      '全县调解案件900件,较上年的400件增长一倍多,比上年增加400件,城区调解案件400件,涉及当事人400人,乡镇调解案件400件。';
    const [items, last] = lastOf(
      sentence,
      cases,
      { ...cases, comparison: true },
      { ...cases, change: rise },
      { ...cases, part: true },
      { metric: 'mediation.parties' },
      cases,
    );
    expect(sameSentenceRole(items, last)).toBe('part');
  });

  it('the whole-region word is looked for after the earlier figure, wherever the sentence starts', () => {
    const sentence = '调解工作扎实推进。村调委会调解案件5414件,全市调解案件11063件。';
    expect(sameSentenceRole(...lastOf(sentence, cases, cases))).toBeNull();
    expect(
      sameSentenceRole(
        ...lastOf('调解工作扎实推进。全市调解案件11063件,村调委会调解案件5414件。', cases, cases),
      ),
    ).toBe('part');
    // The earlier figure may open the sentence.
    expect(sameSentenceRole(...lastOf('860件矛盾纠纷经调解化解,村调委会化解700件。', cases, cases))).toBe(
      'part',
    );
  });

  it('the same value again, another year or another period is a restatement, not a part', () => {
    expect(sameSentenceRole(...lastOf('全县共调解纠纷320件,其中调解纠纷320件。', cases, cases))).toBeNull();
    const years = '2022年调解纠纷300件,2023年调解纠纷350件。';
    expect(sameSentenceRole(...lastOf(years, { ...cases, year: 2022 }, { ...cases, year: 2023 }))).toBeNull();
    expect(sameSentenceRole(...lastOf(years, { ...cases, year: 2023 }, { ...cases, year: 2023 }))).toBe(
      'part',
    );
    const halves = '上半年调解纠纷300件,下半年调解纠纷350件。';
    const first: Period = { kind: 'partial_year', months: [1, 6], phrase: '上半年' };
    const second: Period = { kind: 'partial_year', months: [7, 12], phrase: '下半年' };
    expect(
      sameSentenceRole(...lastOf(halves, { ...cases, period: first }, { ...cases, period: second })),
    ).toBeNull();
    expect(
      sameSentenceRole(...lastOf(halves, { ...cases, period: first }, { ...cases, period: first })),
    ).toBe('part');
  });

  it('an accepted count after the received count of the paragraph is the accepted count', () => {
    const received: Facts = { metric: 'review.cases', basis: 'received' };
    const accepted: Facts = { metric: 'review.cases', basis: 'accepted' };
    expect(
      sameSentenceRole(...lastOf('区政府共收到行政复议申请1113件,受理1033件。', received, accepted)),
    ).toBe('accepted');
    expect(sameSentenceRole(...lastOf('收到复议申请1113件。受理1033件。', received, accepted))).toBe(
      'accepted',
    );
    // The received count may open the paragraph.
    expect(sameSentenceRole(...lastOf('1113件复议申请按时登记。受理1033件。', received, accepted))).toBe(
      'accepted',
    );
    // After the cases handled (共办理…4148件,受理3246件), which take in those carried over, too.
    expect(
      sameSentenceRole(
        ...lastOf('办理复议案件1113件。受理1033件。', { ...received, basis: 'handled' }, accepted),
      ),
    ).toBe('accepted');
    // A new paragraph starts afresh; so does a count of another basis or metric before it.
    expect(sameSentenceRole(...lastOf('收到复议申请1113件。\n受理1033件。', received, accepted))).toBeNull();
    expect(
      sameSentenceRole(
        ...lastOf('审结复议案件1113件。受理1033件。', { ...received, basis: 'concluded' }, accepted),
      ),
    ).toBeNull();
    expect(
      sameSentenceRole(
        ...lastOf('收到复议申请1113件。受理1033件。', { ...received, metric: 'review.accepted' }, accepted),
      ),
    ).toBeNull();
    expect(
      sameSentenceRole(
        ...lastOf('收到复议申请1113件。受理1033件。', received, { ...accepted, basis: 'concluded' }),
      ),
    ).toBeNull();
    expect(
      sameSentenceRole(
        ...lastOf('收到复议申请1113件。受理1033件。', received, {
          metric: 'legal_aid.cases',
          basis: 'accepted',
        }),
      ),
    ).toBeNull();
  });
});

describe('handledBeforeResolved', () => {
  const resolved: Facts = { metric: 'mediation.resolved' };

  it('a plain 化解 count before a 成功 count of the sentence is the number handled', () => {
    const [items, last] = lastOf('化解矛盾纠纷24947件,成功化解24044件。', resolved, resolved);
    expect(handledBeforeResolved(items, last)).toBe(items[0]);
    const [others, succeeded] = lastOf('调处纠纷1200件,调结1180件。', resolved, resolved);
    expect(handledBeforeResolved(others, succeeded)).toBe(others[0]);
  });

  it('only for a 成功 count of resolved disputes that is no part', () => {
    const sentence = '化解矛盾纠纷24947件,成功化解24044件。';
    expect(
      handledBeforeResolved(...lastOf('化解矛盾纠纷24947件,化解24044件。', resolved, resolved)),
    ).toBeNull();
    expect(handledBeforeResolved(...lastOf(sentence, resolved, { ...resolved, part: true }))).toBeNull();
    expect(handledBeforeResolved(...lastOf(sentence, resolved, { metric: 'mediation.cases' }))).toBeNull();
  });

  it('passes over parts, 成功 counts and other metrics; stops at the sentence start', () => {
    const sentence = '化解矛盾纠纷3000件,村级化解800件,调成2900件,涉及金额500万元,成功化解2950件。';
    const [items, last] = lastOf(
      sentence,
      resolved,
      { ...resolved, part: true },
      resolved,
      { metric: 'mediation.amount' },
      resolved,
    );
    expect(handledBeforeResolved(items, last)).toBe(items[0]);
    expect(handledBeforeResolved(items.slice(1), last)).toBeNull();
    expect(
      handledBeforeResolved(...lastOf('化解矛盾纠纷24947件。成功化解24044件。', resolved, resolved)),
    ).toBeNull();
    // The handled count may open the sentence.
    const [opening, last2] = lastOf('3000件矛盾纠纷经调解,成功化解2950件。', resolved, resolved);
    expect(handledBeforeResolved(opening, last2)).toBe(opening[0]);
  });
});

describe('mixedTotal', () => {
  const review: Facts = { metric: 'review.cases' };
  const reviewPart: Facts = { metric: 'review.cases', part: true };

  it('a total of bare 案件 broken down into 行政复议案件 is no count of review cases', () => {
    const [items, last] = lastOf('复议机关共办理案件4613件,其中行政复议案件2448件。', review, reviewPart);
    expect(mixedTotal(items, last)).toBe(items[0]);
    // A 其中 that opens its sentence breaks down the sentence before.
    const [before, part] = lastOf('复议机关共办理案件4613件。其中行政复议案件2448件。', review, reviewPart);
    expect(mixedTotal(before, part)).toBe(before[0]);
    // …also when the total opens the paragraph before.
    const [opening, openingPart] = lastOf(
      '4613件各类案件由复议机关办理。其中行政复议案件2448件。',
      review,
      reviewPart,
    );
    expect(mixedTotal(opening, openingPart)).toBe(opening[0]);
    // A 其中 after one character (a bracket) still opens the sentence.
    const [bracket, bracketPart] = lastOf(
      '复议机关共办理案件4613件。(其中行政复议案件2448件)',
      review,
      reviewPart,
    );
    expect(mixedTotal(bracket, bracketPart)).toBe(bracket[0]);
    const [aid, aidPart] = lastOf(
      '法律援助中心共办理案件900件,其中法律援助案件600件。',
      { metric: 'legal_aid.cases' },
      {
        metric: 'legal_aid.cases',
        part: true,
      },
    );
    expect(mixedTotal(aid, aidPart)).toBe(aid[0]);
  });

  it('a total that already names the object, or has no metric, or is no count, is left alone', () => {
    expect(
      mixedTotal(...lastOf('共办理行政复议案件4613件,其中涉企复议案件248件。', review, reviewPart)),
    ).toBeNull();
    expect(
      mixedTotal(...lastOf('复议机关共办理案件4613件,其中行政复议案件2448件。', {}, reviewPart)),
    ).toBeNull();
    expect(
      mixedTotal(...lastOf('复议机关共涉及金额4613万元,其中行政复议案件2448件。', review, reviewPart)),
    ).toBeNull();
  });

  it('only for a counted part that names the object of its topic after a 其中', () => {
    const sentence = '复议机关共办理案件4613件,其中行政复议案件2448件。';
    expect(mixedTotal(...lastOf(sentence, review, review))).toBeNull();
    expect(
      mixedTotal(...lastOf('复议机关共办理案件4613件,其中行政复议案件占53%。', review, reviewPart)),
    ).toBeNull();
    expect(
      mixedTotal(...lastOf('复议机关共办理案件4613件,其中复议纠错248件。', review, reviewPart)),
    ).toBeNull();
    expect(
      mixedTotal(...lastOf('复议机关共办理案件4613件,行政复议案件2448件。', review, reviewPart)),
    ).toBeNull();
    expect(
      mixedTotal(...lastOf('复议机关共办理案件4613件。行政复议案件2448件。', review, reviewPart)),
    ).toBeNull();
    // A 其中 later in the sentence breaks down only that sentence.
    expect(
      mixedTotal(
        ...lastOf('复议机关共办理案件4613件。从类型看,其中行政复议案件2448件。', review, reviewPart),
      ),
    ).toBeNull();
    // Mediation has no object of its own here.
    expect(
      mixedTotal(...lastOf('共办理案件900件,其中调解案件600件。', cases, { ...cases, part: true })),
    ).toBeNull();
    // A total of another topic is not this one's.
    expect(
      mixedTotal(
        ...lastOf('受理法律援助申请900件,其中行政复议案件600件。', { metric: 'legal_aid.cases' }, reviewPart),
      ),
    ).toBeNull();
  });

  it('passes over changes, comparison points and figures inside the breakdown; stops at the paragraph', () => {
    const sentence = '复议机关共办理案件4613件,同比增长5%,较上年的4390件,其中行政复议案件2448件。';
    const [items, last] = lastOf(
      sentence,
      review,
      { metric: 'review.cases', change: rise },
      { metric: 'review.cases', comparison: true },
      reviewPart,
    );
    expect(mixedTotal(items, last)).toBe(items[0]);
    const [two, second] = lastOf(
      '复议机关共办理案件4613件,其中涉企案件2448件、行政复议案件800件。',
      review,
      reviewPart,
      reviewPart,
    );
    expect(mixedTotal(two, second)).toBe(two[0]);
    expect(
      mixedTotal(...lastOf('复议机关共办理案件4613件。\n其中行政复议案件2448件。', review, reviewPart)),
    ).toBeNull();
    const [, alone] = lastOf('复议机关共办理案件4613件,其中行政复议案件2448件。', review, reviewPart);
    expect(mixedTotal([], alone)).toBeNull();
  });
});

describe('concludedOrCases', () => {
  const concluded: Facts = { metric: 'legal_aid.concluded' };
  const aidCases: Facts = { metric: 'legal_aid.cases' };

  it('a concluded count after the cases of its paragraph keeps its metric', () => {
    expect(concludedOrCases(...lastOf('受理法律援助案件260件,办结230件。', aidCases, concluded))).toBe(
      'legal_aid.concluded',
    );
    expect(concludedOrCases(...lastOf('受理法律援助案件280件;办结230件。', aidCases, concluded))).toBe(
      'legal_aid.concluded',
    );
  });

  it('the cases may stand before other figures', () => {
    const sentence = '受理法律援助案件260件,涉及金额300万元,办结230件。';
    expect(concludedOrCases(...lastOf(sentence, aidCases, { metric: 'legal_aid.amount' }, concluded))).toBe(
      'legal_aid.concluded',
    );
  });

  it('the cases may open the paragraph', () => {
    expect(concludedOrCases(...lastOf('280件法律援助案件全部受理。办结230件。', aidCases, concluded))).toBe(
      'legal_aid.concluded',
    );
  });

  it('alone it is the count of cases', () => {
    expect(concludedOrCases(...lastOf('累计办结法律援助案件393件。', concluded))).toBe('legal_aid.cases');
    expect(
      concludedOrCases(
        ...lastOf('受理法律援助案件280件。\n累计办结法律援助案件393件。', aidCases, concluded),
      ),
    ).toBe('legal_aid.cases');
    expect(
      concludedOrCases(
        ...lastOf(
          '接待来访群众500人次,办结法律援助案件393件。',
          { metric: 'legal_aid.consultations' },
          concluded,
        ),
      ),
    ).toBe('legal_aid.cases');
  });

  it('any other metric is kept as it is', () => {
    expect(concludedOrCases(...lastOf('受理法律援助案件260件。', aidCases))).toBe('legal_aid.cases');
    expect(concludedOrCases(...lastOf('审结行政复议案件230件。', { metric: 'review.concluded' }))).toBe(
      'review.concluded',
    );
    expect(concludedOrCases(...lastOf('审结行政复议案件230件。', {}))).toBeNull();
  });
});

describe('splitsByTopic', () => {
  it('parts that name another topic’s own object split a mixed total by topic', () => {
    const [, review] = scannedIn('复议机关共办理案件4613件,其中行政复议案件2448件、行政应诉案件2165件。');
    if (review === undefined) throw new Error('no second figure');
    expect(splitsByTopic(review, '、行政应诉案件2165件')).toBe(true);
    expect(splitsByTopic(review, '、法律援助案件300件')).toBe(true);
    expect(splitsByTopic(review, '、涉企复议案件300件')).toBe(false);
    expect(splitsByTopic(review, '、其他案件300件')).toBe(false);
  });
});
