// Survivors of the mutation run over the lines the rules of 2 December added (npm run test:mutation -- --mutate <those
// lines>), killed by hand-written cases of each stage. Expected values are worked out by hand.
import { normalizeText } from '../../../src/extract/normalizeText.ts';
import { movedFrom } from '../../../src/extract/figureRelations.ts';
import { claim, figure, scannedIn } from './helpers.ts';

const CITY = { year: 2023, region: '330100' };

describe('a line that stops at the verb before its number', () => {
  it.each(['为', '达', '达到', '是', '共', '共计'])(
    'after %s the number on the next line joins it',
    (verb) => {
      expect(normalizeText(`全市行政机关败诉率${verb}\n14.2%`).text).toBe(`全市行政机关败诉率${verb}14.2%`);
    },
  );

  it.each([
    ['我们的做法为\n一是建立制度3项', 'a line of words with a number later in it'],
    ['主要成效为\n全市调解纠纷300件', 'a line that opens with words'],
    ['全市行政机关败诉率\n14.2%', 'a line that does not stop at a verb'],
  ])('%s stays apart (%s)', (text) => {
    expect(normalizeText(text).text).toContain('\n');
  });
});

describe('movedFrom: the comparison point a level moved from', () => {
  it('a level of the point’s unit after 增加到', () => {
    const items = scannedIn('由上年的3100件增加到3456件', { comparison: true, metric: 'legal_aid.cases' });
    expect(movedFrom(items.slice(0, 1), items[1]!.ctx)).toBe(items[0]);
  });

  it('not a figure of another unit, nor one that did not move from it', () => {
    const unit = scannedIn('由上年的3100件增加到15%', { comparison: true, metric: 'legal_aid.cases' });
    expect(movedFrom(unit.slice(0, 1), unit[1]!.ctx)).toBeNull();
    const other = scannedIn('由上年的3100件,共3456件', { comparison: true, metric: 'legal_aid.cases' });
    expect(movedFrom(other.slice(0, 1), other[1]!.ctx)).toBeNull();
  });
});

describe('a township', () => {
  it('is a part after the whole county is named before it', () => {
    const text = '全县推进调解工作,全镇各级调解组织共调解民间纠纷1,852件。';
    expect(claim(text, 1852, { year: 2023, region: '220422' })[1]).toBe('sub_category');
  });
});

describe('a sentence of last year', () => {
  it('has a full year’s period, named 去年', () => {
    const text = '近年来,该区法律援助工作不断加强。去年办理法律援助案件2,733件。';
    expect(figure(text, 2733, { region: '330212' }).period).toEqual({ kind: 'full_year', phrase: '去年' });
  });
});

describe('the government’s own departments', () => {
  it('count their own review cases only: legal aid through them stays the region’s', () => {
    expect(claim('全年市直部门共办理法律援助案件96件。', 96, CITY)[1]).not.toBe('government_own');
  });
});

describe('the nation’s average', () => {
  it('with a word before it that only looks like a comparing one (比如) is still the nation’s', () => {
    expect(figure('比如全国平均败诉率为30%,我市仅为8%。', 30, CITY).metric).toBeNull();
  });
});
