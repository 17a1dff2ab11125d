// Survivors of the extract-figures run of 2 December 2026 (firstInstance, newAndCarriedOver, and the 倍 part of a
// mixed total), each killed by sentences written for these tests; expected values worked out by hand.
import { claim, figures, metricOf } from './helpers.ts';

describe('a 倍 figure written as the 其中 part naming the total’s own object marks the total mixed', () => {
  it.each([
    ['全市各级行政复议机关共办理案件4,613件,其中行政复议案件是上年的2倍。', 4613],
    ['全区复议机关共收到各类案件1,020件。其中行政复议申请是上年的3倍。', 1020],
    ['全市法律援助机构共办理案件3,000件,其中法援案件约为上年的1.2倍。', 3000],
    ['全市行政机关出庭应诉共涉及案件900件,其中行政诉讼案件是上年的2倍。', 900],
  ] as const)('%s', (text, total) => {
    expect(metricOf(text, total)).toBeNull();
  });

  it.each([
    // The total names the object itself.
    ['全市共收到行政复议申请4,613件,其中行政复议案件是上年的2倍。', 4613, 'review.cases'],
    ['全市行政机关共应诉案件862件,其中行政诉讼案件是上年的2倍。', 862, 'litigation.cases'],
    // No 其中: the 倍 is the total's own growth.
    ['全市各级行政复议机关共办理案件4,613件,是上年的2倍。', 4613, 'review.cases'],
    // The part is one kind of case, not the object.
    ['全市各级行政复议机关共办理案件4,613件,其中涉企案件是上年的2倍。', 4613, 'review.cases'],
    ['全市法律援助机构共办理案件3,000件,其中刑事案件是上年的2倍。', 3000, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, total, metric) => {
    expect(metricOf(text, total)).toBe(metric);
  });
});

// [sentence, the total, what the total claims, the 新收 count, what it claims]
describe('a total of new and carried-over review cases', () => {
  it.each([
    // With no 其中 the 新收 count still breaks the total down (the mutant !item.part → false read this better).
    ['全年共有行政复议案件1,410件,新收1,320件,上年结转90件。', 1410, null, 1320, 'review.cases'],
    ['全市共办理行政复议案件1,410件,新收1,320件,旧存90件。', 1410, null, 1320, 'review.cases'],
    ['全年共有行政复议案件1,410件,其中新收1,320件,上年未审结90件。', 1410, null, 1320, 'review.cases'],
    // The carried-over cases are named in another sentence: nothing says the total holds them.
    ['全年共有行政复议案件1,410件,其中新收1,320件。上年结转90件。', 1410, 'review.cases', 1320, null],
    ['上年结转90件。全年共有行政复议案件1,410件,其中新收1,320件。', 1410, 'review.cases', 1320, null],
    // A 受理 part beside the carried-over cases is the year's accepted count; a total of received applications holds no
    // carried-over ones.
    ['全年共有行政复议案件1,410件,其中受理1,320件,上年结转90件。', 1410, null, 1320, 'review.accepted'],
    ['全年共收到行政复议申请1,410件,其中新收1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    // A count of cases handled (办理) takes in those carried over: no count of the year's intake to split the total.
    ['全年共有行政复议案件1,410件,办理1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    // A 新收 count of one kind is no count of all new applications: the total keeps its claim.
    ['全年共有行政复议案件1,410件,其中新收涉企案件1,320件,上年结转90件。', 1410, 'review.cases', 1320, null],
    [
      '全年共有行政复议案件1,410件,其中新收征收类案件1,320件,上年结转90件。',
      1410,
      'review.cases',
      1320,
      null,
    ],
    // A monthly average of new applications is no count of them to take the total's place.
    ['全年共有行政复议案件1,410件,平均每月新收110件,上年结转90件。', 1410, 'review.cases', 110, null],
    // Legal aid counts cases handled, new or not.
    ['全年共办理法律援助案件1,410件,其中新收1,320件,上年结转90件。', 1410, 'legal_aid.cases', 1320, null],
  ] as const)('%s', (text, total, totalMetric, received, receivedMetric) => {
    expect(metricOf(text, total)).toBe(totalMetric);
    expect(metricOf(text, received)).toBe(receivedMetric);
  });

  it('the 新收 count that takes the total’s place is the region’s', () => {
    expect(claim('全年共有行政复议案件1,410件,新收1,320件,上年结转90件。', 1320)).toEqual([
      'review.cases',
      'region',
    ]);
  });
});

// [sentence, the total, what the total claims]
describe('a total of lawsuits split into instances', () => {
  it.each([
    // A change of the 一审 part splits the total as its count does (item.change !== null → false read this better).
    ['全年共办理行政诉讼案件862件,其中一审案件较上年增加15件。', 862, null],
    ['全年共办理行政诉讼案件862件,其中一审案件同比增加15件。', 862, null],
    ['全年共办理行政诉讼案件862件,其中一审案件同比增长15%。', 862, null],
    ['全市行政机关共应诉行政诉讼案件862件,一审案件比上年减少20件。', 862, null],
    // Near misses: a change of the whole, of a 二审 part, of one kind of 一审 case, or a share.
    ['全年共办理行政诉讼案件862件,较上年增加15件。', 862, 'litigation.cases'],
    ['全年共办理行政诉讼案件862件,其中二审案件较上年增加15件。', 862, 'litigation.cases'],
    ['全年共办理行政诉讼案件862件,其中一审涉企案件较上年增加15件。', 862, 'litigation.cases'],
    ['全年共办理行政诉讼案件862件,其中一审案件占71.3%。', 862, 'litigation.cases'],
    // A count after the total that is no 一审 count, or a 一审 count of lost suits.
    ['全市行政诉讼案件862件,其中新收行政诉讼案件700件。', 862, 'litigation.cases'],
    ['全年共办理行政诉讼案件862件,新收行政诉讼案件700件。', 862, 'litigation.cases'],
    ['全市行政诉讼案件862件,其中一审败诉48件。', 862, 'litigation.cases'],
    // The total is a count of 一审 suits itself, or another count, or in the sentence before with no 其中 opening the
    // next (with one, breakdownOfATotal.test.ts).
    ['全市一审行政诉讼案件1,120件,其中一审行政诉讼案件收案1,000件。', 1120, 'litigation.cases'],
    ['全市一审行政诉讼案件1,120件,新收一审行政诉讼案件1,000件。', 1120, 'litigation.cases'],
    ['全市行政机关负责人出庭应诉862件,其中一审案件615件。', 862, 'litigation.head_appearances'],
    ['全年共办理行政诉讼案件862件。一审案件615件。', 862, 'litigation.cases'],
  ] as const)('%s', (text, total, metric) => {
    expect(metricOf(text, total)).toBe(metric);
  });

  it.each([
    // The 一审 count takes the total's place.
    ['全年共办理行政诉讼案件862件,较上年的800件有所增加,其中一审案件615件。', 615, 'litigation.cases'],
    ['全市一审行政诉讼案件1,120件,新收一审行政诉讼案件1,000件。', 1000, null],
  ] as const)('%s: %d', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });
});

// A threshold passed, then the figure itself (受理量首次突破300件,达326件): [sentence, threshold, its metric,
// figure, its metric].
describe('a threshold passed and the figure reached', () => {
  it.each([
    // The threshold opens its sentence: it is still the one passed.
    ['全县行政复议工作持续加强。突破300件行政复议案件,达326件。', 300, null, 326, 'review.cases'],
    // The figure names its own object: it keeps it.
    ['全县办理各类案件首次突破300件,达326件行政复议案件。', 300, null, 326, 'review.cases'],
    // Not the figure reached: other words before it, another unit, a smaller or equal figure, no lower bound, or
    // another sentence.
    ['全县行政复议案件受理量首次突破300件,涉及行政行为326件。', 300, 'review.accepted', 326, null],
    ['全县调解纠纷首次突破300件,达326人次。', 300, 'mediation.cases', 326, null],
    ['全县行政复议案件受理量首次突破300件,达280件。', 300, 'review.accepted', 280, null],
    ['全县行政复议案件受理量首次突破300件,达300件。', 300, 'review.accepted', 300, null],
    ['全县行政复议案件受理量300件,达到326件。', 300, 'review.accepted', 326, null],
    ['全县行政复议案件受理量首次突破300件。共326件,同比增长9%。', 300, 'review.accepted', 326, null],
  ] as const)('%s', (text, threshold, thresholdMetric, reached, reachedMetric) => {
    const [first, second] = figures(text).filter((c) => c.qualifier !== 'derived');
    expect([first?.value, first?.metric]).toEqual([threshold, thresholdMetric]);
    expect([second?.value, second?.metric]).toEqual([reached, reachedMetric]);
  });
});

// A 分别 list of years after another figure: its own clause, from the last break before 分别, names what it counts.
describe('the clause of a list of years', () => {
  it.each([
    // The target in the clause before is no word of the list's.
    ['今年力争调解纠纷300件,2022年、2023年办理法律援助案件分别为200件、280件。', 'legal_aid.cases'],
    // A break after 分别 does not end the list's clause.
    ['今年力争调解纠纷300件,2022年、2023年办理法律援助案件分别为,200件、280件。', 'legal_aid.cases'],
    // A clause after the list is no part of it.
    ['全市调解矛盾纠纷300件,2022年、2023年办理法律援助案件分别为200件、280件,均有增长。', 'legal_aid.cases'],
  ] as const)('%s', (text, metric) => {
    expect(metricOf(text, 200)).toBe(metric);
    expect(metricOf(text, 280)).toBe(metric);
  });
});

// A total that opens its sentence is still the level its parts split (862件行政诉讼案件中,一审615件).
describe('a total at the start of its sentence', () => {
  it.each([
    ['862件行政诉讼案件中,一审615件,二审247件。', 862, 615, 'litigation.cases'],
    ['全市行政机关依法应诉。862件行政诉讼案件中,一审案件615件。', 862, 615, 'litigation.cases'],
    ['1,410件行政复议案件中,新收1,320件,上年结转90件。', 1410, 1320, 'review.cases'],
  ] as const)('%s', (text, total, part, metric) => {
    expect(metricOf(text, total)).toBeNull();
    expect(metricOf(text, part)).toBe(metric);
  });
});
