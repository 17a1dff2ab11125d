// figureRelations on its own: how a figure is tied to the figures before it (the total a 其中 breaks down, the figure a
// comparison point or a change refers to). Each sentence is cut into figures by the stages before this one; what those
// figures measure is written out by hand, so a test reads only the rule under test. Expected values worked out by hand.
import {
  changeBase,
  changedMetric,
  comparedMetric,
  metricOf,
  resultMetric,
  type Scanned,
} from '../../../src/extract/figureRelations.ts';
import { normalizeText } from '../../../src/extract/normalizeText.ts';
import { readYoy } from '../../../src/extract/yoy.ts';
import { scannedIn } from './helpers.ts';

/** The figures of a text as the scan hands them on; `given[i]` sets what figure i is known to measure. */
function scanned(text: string, given: ReadonlyArray<Partial<Scanned>> = []): Scanned[] {
  return scannedIn(normalizeText(text).text).map((item, i) => ({
    ...item,
    change: readYoy(item.ctx.text.local, item.fig),
    ...given[i],
  }));
}

/** metricOf for the last figure of a text, with the figures before it as `items`. */
function lastMetricOf(text: string, given: ReadonlyArray<Partial<Scanned>> = []) {
  const items = scanned(text, given);
  const last = items.at(-1);
  if (last === undefined) throw new Error(`no figure in «${text}»`);
  return metricOf(items.slice(0, -1), last.ctx);
}

const at = (items: readonly Scanned[], i: number): Scanned => {
  const item = items[i];
  if (item === undefined) throw new Error(`no figure ${i}`);
  return item;
};

describe('metricOf: a figure after 其中', () => {
  it('repeats the metric of the total it breaks down: a part, with the metric of the part', () => {
    expect(
      lastMetricOf('全年办理法律援助案件11091件,其中农民工法律援助案件574件', [
        { metric: 'legal_aid.cases' },
      ]),
    ).toEqual({ metric: 'legal_aid.migrant_worker_cases', part: true });
    expect(
      lastMetricOf('共受理行政复议案件900件,其中受理涉企案件300件', [{ metric: 'review.cases' }]),
    ).toEqual({
      metric: null,
      part: true,
    });
  });

  it('splits a known total by kinds of another topic: a part', () => {
    // 行政案件 reads as litigation; the total is legal aid, so the 155 are legal-aid cases of one kind.
    expect(
      lastMetricOf('全年受理法律援助案件2000件,其中行政案件155件', [{ metric: 'legal_aid.cases' }]),
    ).toEqual({
      metric: null,
      part: true,
    });
  });

  it('a narrower total under a total nobody recognised keeps its own metric', () => {
    expect(lastMetricOf('全年排查纠纷1.2万件,其中人民调解组织调解纠纷10856件', [{ metric: null }])).toEqual({
      metric: 'mediation.cases',
      part: false,
    });
  });

  it('a total of the same topic but another metric does not make a part', () => {
    // Both mediation: 调解成功 under 调解 names what the 9000 cases became, not a kind of them.
    expect(
      lastMetricOf('全年调解纠纷1万件,其中调解成功9800件', [{ metric: 'mediation.disputes_prevented' }]),
    ).toEqual({ metric: 'mediation.resolved', part: false });
  });

  it('an unrecognised figure between the total and the part is passed over, not taken as the total', () => {
    expect(
      lastMetricOf('全年办理法律援助案件11091件、接待咨询3万人次,其中农民工法律援助案件574件', [
        { metric: 'legal_aid.cases' },
        { metric: null },
      ]),
    ).toEqual({ metric: 'legal_aid.migrant_worker_cases', part: true });
  });

  it('without 其中 a figure keeps its metric, whatever came before', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件,新收行政复议案件600件', [{ metric: 'review.cases' }]),
    ).toEqual({ metric: 'review.cases', part: false });
  });

  it('with 其中 the same words make a part of the total, which no rule for parts names', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件,其中新收行政复议案件600件', [{ metric: 'review.cases' }]),
    ).toEqual({ metric: null, part: true });
  });

  it('a figure no rule recognises stays without a metric, 其中 or not', () => {
    expect(lastMetricOf('全年受理行政复议案件900件,其中开展听证30场', [{ metric: 'review.cases' }])).toEqual({
      metric: null,
      part: false,
    });
  });

  it('a 其中 inside brackets that close again is an aside, not a breakdown', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件(其中含听证),新收行政复议案件600件', [
        { metric: 'review.cases' },
      ]),
    ).toEqual({ metric: 'review.cases', part: false });
  });

  it('a figure that names a kind of case (农民工, 涉企) is a part without any 其中', () => {
    expect(
      lastMetricOf('全年办理法律援助案件11091件,农民工法律援助案件574件', [{ metric: 'legal_aid.cases' }]),
    ).toEqual({ metric: 'legal_aid.migrant_worker_cases', part: true });
    expect(lastMetricOf('共受理行政复议案件900件,受理涉企案件300件', [{ metric: 'review.cases' }])).toEqual({
      metric: null,
      part: true,
    });
  });
});

describe('metricOf: which totals a 其中 breaks down', () => {
  it('a 其中 that opens a sentence breaks down the figures of the sentence before it', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件。其中新收行政复议案件600件', [{ metric: 'review.cases' }]),
    ).toEqual({ metric: null, part: true });
    // After an opening bracket as well.
    expect(
      lastMetricOf('全年受理行政复议案件900件。(其中新收行政复议案件600件', [{ metric: 'review.cases' }]),
    ).toEqual({ metric: null, part: true });
    // All the figures of that sentence, not only its last.
    expect(
      lastMetricOf('全年受理行政复议案件900件,开展听证30场。其中新收行政复议案件600件', [
        { metric: 'review.cases' },
        { metric: null },
      ]),
    ).toEqual({ metric: null, part: true });
  });

  it('… but only that sentence: a total two sentences back is not broken down', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件。开展听证30场。其中新收行政复议案件600件', [
        { metric: 'review.cases' },
        { metric: null },
      ]),
    ).toEqual({ metric: 'review.cases', part: false });
  });

  it('a 其中 inside a sentence breaks down only figures of that sentence', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件。听证工作有序开展,其中新收行政复议案件600件', [
        { metric: 'review.cases' },
      ]),
    ).toEqual({ metric: 'review.cases', part: false });
  });

  it('a figure after the 其中 is a sibling part, not the total', () => {
    // The 1.2万 nobody recognised is the total; the 10856 beside the 3000 does not make the 3000 a part.
    expect(
      lastMetricOf('全年排查纠纷1.2万件,其中人民调解组织调解纠纷10856件,人民调解纠纷3000件', [
        { metric: null },
        { metric: 'mediation.cases' },
      ]),
    ).toEqual({ metric: 'mediation.cases', part: false });
  });

  it('a 其中 in a later sentence of the paragraph breaks down the figures before it in that sentence', () => {
    expect(
      lastMetricOf('开展听证30场。全年受理行政复议案件900件,其中新收行政复议案件600件', [
        { metric: null },
        { metric: 'review.cases' },
      ]),
    ).toEqual({ metric: null, part: true });
  });

  it('without a 其中 the sentence before is no total either', () => {
    expect(
      lastMetricOf('全年受理行政复议案件900件。新收行政复议案件600件', [{ metric: 'review.cases' }]),
    ).toEqual({ metric: 'review.cases', part: false });
  });

  it('a figure no rule recognises after a total of another topic is no part of it', () => {
    expect(
      lastMetricOf('全年办理法律援助案件2000件,其中举办讲座30场', [{ metric: 'legal_aid.cases' }]),
    ).toEqual({ metric: null, part: false });
    // 法律援助讲座 is of legal aid, the 900 of review: still no part of them.
    expect(
      lastMetricOf('全年受理行政复议案件900件,其中举办法律援助讲座30场', [{ metric: 'review.cases' }]),
    ).toEqual({ metric: null, part: false });
  });

  it('a total no rule recognised says nothing of what its 其中 holds, even of another topic', () => {
    expect(lastMetricOf('全年开展普法宣传活动300场,其中人民调解纠纷3000件', [{ metric: null }])).toEqual({
      metric: 'mediation.cases',
      part: false,
    });
  });

  it('a total exactly a long paragraph (240 characters) before the 其中 is still in reach', () => {
    const filler = '为群众提供便捷高效的公共法律服务'.repeat(14) + '积极稳妥推进各项工作';
    const text = `全年受理行政复议案件900件,${filler}。其中新收行政复议案件600件`;
    expect(text.indexOf('其中') - text.indexOf('900')).toBe(240);
    expect(lastMetricOf(text, [{ metric: 'review.cases' }])).toEqual({ metric: null, part: true });
  });

  it('a total more than a long paragraph before the 其中 is out of reach', () => {
    const filler = '为群众提供便捷高效的公共法律服务'.repeat(16); // 256 characters without a figure or a stop
    expect(
      lastMetricOf(`全年受理行政复议案件900件,${filler}。其中新收行政复议案件600件`, [
        { metric: 'review.cases' },
      ]),
    ).toEqual({ metric: 'review.cases', part: false });
  });
});

describe('comparedMetric: a comparison point measures what the figure before it measures', () => {
  it('the nearest figure of the same unit before it in the sentence', () => {
    const items = scanned('全年受理行政复议案件186件,较上年的151件增加35件', [{ metric: 'review.cases' }]);
    expect(comparedMetric(items.slice(0, 1), at(items, 1).ctx, at(items, 1).fig)).toBe('review.cases');
  });

  it('passes over a figure of another unit, another comparison point and a change', () => {
    const items = scanned('受理行政复议案件186件,纠错率12%,上年为10%,同比提高2个百分点,较上年的151件', [
      { metric: 'review.cases' },
      { metric: 'review.correction_rate' },
      { metric: 'review.correction_rate', comparison: true },
      {},
    ]);
    expect(at(items, 3).change).not.toBeNull();
    expect(comparedMetric(items.slice(0, 4), at(items, 4).ctx, at(items, 4).fig)).toBe('review.cases');
    // The rate's own comparison point: the figure before it is itself one, so the rate before that.
    expect(comparedMetric(items.slice(0, 2), at(items, 2).ctx, at(items, 2).fig)).toBe(
      'review.correction_rate',
    );
  });

  it('passes over a comparison point of the same unit, and a change', () => {
    const items = scanned('受理行政复议案件186件,上年为151件,同比增加35件,前年为120件', [
      { metric: 'review.cases' },
      { metric: null, comparison: true },
    ]);
    expect(at(items, 2).change).not.toBeNull();
    expect(comparedMetric(items.slice(0, 3), at(items, 3).ctx, at(items, 3).fig)).toBe('review.cases');
  });

  it('the figure that opens the sentence counts', () => {
    const items = scanned('186件行政复议案件全部审结,较上年的151件', [{ metric: 'review.concluded' }]);
    expect(comparedMetric(items.slice(0, 1), at(items, 1).ctx, at(items, 1).fig)).toBe('review.concluded');
  });

  it('nothing before it in its own sentence: a figure before it in its paragraph', () => {
    const items = scanned('受理行政复议案件186件。较上年的151件', [{ metric: 'review.cases' }]);
    expect(comparedMetric(items.slice(0, 1), at(items, 1).ctx, at(items, 1).fig)).toBe('review.cases');
    expect(comparedMetric([], at(items, 1).ctx, at(items, 1).fig)).toBeNull();
  });

  it('no further back than its paragraph', () => {
    const items = scanned('受理行政复议案件186件。\n较上年的151件', [{ metric: 'review.cases' }]);
    expect(comparedMetric(items.slice(0, 1), at(items, 1).ctx, at(items, 1).fig)).toBeNull();
  });
});

describe('resultMetric: a result after a change measures what the change names', () => {
  it('the metric the change’s own subject names', () => {
    const items = scanned('人民调解案件总量较上年增加35件,达到186件');
    expect(resultMetric(items.slice(0, 1), at(items, 1).ctx)).toBe('mediation.cases');
  });

  it.each(['增至', '升至', '共计', '为'])('after %s as well', (verb) => {
    const items = scanned(`人民调解案件总量较上年增加35件,${verb}186件`);
    expect(resultMetric(items.slice(0, 1), at(items, 1).ctx)).toBe('mediation.cases');
  });

  it('a change that names nothing, a figure that is no result, or no change before it: none', () => {
    const unnamed = scanned('较上年增加35件,达到186件');
    expect(resultMetric(unnamed.slice(0, 1), at(unnamed, 1).ctx)).toBeNull();
    const notAResult = scanned('人民调解案件总量较上年增加35件,其中达到标准的186件');
    expect(resultMetric(notAResult.slice(0, 1), at(notAResult, 1).ctx)).toBeNull();
    const noChange = scanned('人民调解案件总量350件,达到186件');
    expect(resultMetric(noChange.slice(0, 1), at(noChange, 1).ctx)).toBeNull();
    expect(resultMetric([], at(noChange, 1).ctx)).toBeNull();
  });
});

describe('changedMetric: what a change measures', () => {
  it('its base’s metric when the base is the region’s figure', () => {
    const items = scanned('全年调解纠纷5000件,同比增长12%', [{ metric: 'mediation.cases' }]);
    expect(changedMetric(items, 1, at(items, 0))).toBe('mediation.cases');
  });

  it.each(['sub_category', 'government_own', 'cumulative'] as const)(
    'no metric when the base is a %s figure, not the region’s',
    (scope) => {
      const items = scanned('全年调解纠纷5000件,同比增长12%', [{ metric: 'mediation.cases', scope }]);
      expect(changedMetric(items, 1, at(items, 0))).toBeNull();
    },
  );

  it('without a base, the metric its own words name, in the unit the change counts', () => {
    // A percent change of a count: the count's metric.
    expect(changedMetric(scanned('人民调解案件总量较去年增长12%'), 0, null)).toBe('mediation.cases');
    // A change in points: the rate's metric.
    expect(changedMetric(scanned('人民调解成功率较去年提高2个百分点'), 0, null)).toBe(
      'mediation.success_rate',
    );
    // An absolute change counts what its own figure counts.
    expect(changedMetric(scanned('人民调解案件总量较去年增加350件'), 0, null)).toBe('mediation.cases');
    expect(changedMetric(scanned('法律援助挽回经济损失较去年增加350万元'), 0, null)).toBe(
      'legal_aid.recovered',
    );
    expect(changedMetric(scanned('人民调解员较去年增加350人'), 0, null)).toBe('mediation.mediators');
    // A multiple of a count.
    expect(changedMetric(scanned('人民调解案件总量较去年增长2倍'), 0, null)).toBe('mediation.cases');
  });

  it('no metric for a change whose words name nothing, or for a figure that is no change', () => {
    expect(changedMetric(scanned('全年同比增长12%'), 0, null)).toBeNull();
    expect(changedMetric(scanned('人民调解案件总量5000件'), 0, null)).toBeNull();
    expect(changedMetric([], 0, null)).toBeNull();
  });
});

describe('changeBase: the figure a change qualifies', () => {
  it('the nearest figure before it in the sentence that it can qualify', () => {
    const items = scanned('全年调解纠纷5000件,调解成功率98%,同比增长12%', [
      { metric: 'mediation.cases' },
      { metric: 'mediation.success_rate' },
    ]);
    // A percent change is of a count, never of a rate.
    expect(changeBase(items, 2)).toBe(at(items, 0));
  });

  it('a change in points qualifies a rate', () => {
    const items = scanned('全年调解纠纷5000件,调解成功率98%,同比提高2个百分点', [
      { metric: 'mediation.cases' },
      { metric: 'mediation.success_rate' },
    ]);
    expect(changeBase(items, 2)).toBe(at(items, 1));
  });

  it('the figure its own subject names, passing a nearer one of another metric', () => {
    const items = scanned('调解纠纷5000件,法律援助案件300件,人民调解案件总量较去年增长12%', [
      { metric: 'mediation.cases' },
      { metric: 'legal_aid.cases' },
    ]);
    expect(changeBase(items, 2)).toBe(at(items, 0));
  });

  it('passes over a comparison point and another change', () => {
    const items = scanned('全年调解纠纷5000件,上年为4000件,同比增加1000件,同比增长25%', [
      { metric: 'mediation.cases' },
      { metric: 'mediation.cases', comparison: true },
    ]);
    expect(at(items, 2).change).not.toBeNull();
    expect(changeBase(items, 3)).toBe(at(items, 0));
  });

  it('the figure that opens the sentence counts', () => {
    const items = scanned('5000件纠纷得到调解,同比增长12%', [{ metric: 'mediation.cases' }]);
    expect(changeBase(items, 1)).toBe(at(items, 0));
  });

  it('nothing before it in its sentence: the result after it', () => {
    const items = scanned('较上年增加35件,达到186件');
    expect(changeBase(items, 0)).toBe(at(items, 1));
  });

  it('no base when the figures before it are of another sentence and none follows', () => {
    const items = scanned('全年调解纠纷5000件。同比增长12%', [{ metric: 'mediation.cases' }]);
    expect(changeBase(items, 1)).toBeNull();
  });

  it('no base for a change whose subject names a topic but no metric of it', () => {
    const items = scanned('全年办理法律援助案件2000件,法律援助经费较去年增长12%', [
      { metric: 'legal_aid.cases' },
    ]);
    expect(changeBase(items, 1)).toBeNull();
  });

  it('… nor a figure before it that measures nothing known', () => {
    const items = scanned('发放宣传资料3000份,法律援助经费较去年增长12%', [{ metric: null }]);
    expect(changeBase(items, 1)).toBeNull();
  });

  it('no base for a figure that is no change', () => {
    const items = scanned('全年调解纠纷5000件,调解成功4800件', [{ metric: 'mediation.cases' }]);
    expect(changeBase(items, 1)).toBeNull();
    expect(changeBase(items, 5)).toBeNull();
  });
});

describe('changeBase: a result after the change', () => {
  it('only a result of the same sentence, in a form the change can qualify', () => {
    const otherSentence = scanned('较上年增加35件。达到186件');
    expect(changeBase(otherSentence, 0)).toBeNull();
    const notAResult = scanned('较上年增加35件,其中186件');
    expect(changeBase(notAResult, 0)).toBeNull();
    // 35件 cannot change a rate.
    const wrongUnit = scanned('较上年增加35件,达到86%');
    expect(changeBase(wrongUnit, 0)).toBeNull();
    // A result that is itself a change is no result.
    const twoChanges = scanned('较上年增加35件,同比增长12%');
    expect(changeBase(twoChanges, 0)).toBeNull();
    // The last figure has nothing after it.
    expect(changeBase(scanned('较上年增加35件'), 0)).toBeNull();
  });
});
