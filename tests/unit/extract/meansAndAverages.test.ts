// Two words that reach too far: a manner named as the means to an end (通过听证等方式推动案结事了) makes no channel of the
// rate after it, and a span read as an average's (近三年年均…) times no clause after that average. Sentences written for
// this test.
import { figure } from './helpers.ts';

const DISTRICT = { year: 2025, region: '511112' };
const COUNTY = { year: 2023, region: '450421' };

describe('a manner as the means to an end is no channel', () => {
  it('通过听证、实地调查等方式推动案结事了,实质性化解率…', () => {
    const text =
      '全年区政府共收到行政复议申请97件。坚持把调解贯穿复议全过程,通过听证、实地调查等方式推动案结事了,行政争议实质性化解率达83.6%。';
    expect(figure(text, 83.6, DISTRICT)).toMatchObject({ metric: 'review.resolution_rate', scope: 'region' });
  });
  it('near miss: a channel that counts is its part', () => {
    const text = '通过线上平台受理纠纷1,200件,调解成功1,150件。';
    expect(figure(text, 1200, DISTRICT).scope).toBe('sub_category');
    expect(figure(text, 1150, DISTRICT).scope).toBe('sub_category');
  });
});

describe('a span of an average times that clause only', () => {
  it('近三年年均…;办理法律援助案件372件', () => {
    const text = '全年调处矛盾纠纷2,416件,近三年年均调处纠纷2,300件左右;办理法律援助案件372件。';
    expect(figure(text, 372, COUNTY)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });
  it('近五年平均每年…;办理…', () => {
    const text = '全县调解纠纷5,320件,近五年平均每年调解纠纷5,000余件;办理法律援助案件1,265件。';
    expect(figure(text, 5320, COUNTY)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
    expect(figure(text, 1265, COUNTY)).toMatchObject({ metric: 'legal_aid.cases', scope: 'region' });
  });
  it('near miss: a span opening a sentence times every clause of it', () => {
    const text = '近三年来,全县共办理法律援助案件1,020件,调解纠纷6,900件。';
    expect(figure(text, 1020, COUNTY).scope).toBe('cumulative');
    expect(figure(text, 6900, COUNTY).scope).toBe('cumulative');
  });
});
