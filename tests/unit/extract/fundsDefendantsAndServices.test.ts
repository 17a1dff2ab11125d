// From sets 17 and 18, with sentences written for them: cases a fund pays for (中央专项彩票公益金法律援助案件) and cases
// of one kind of defendant (中央机关“当被告”案件) are parts; a clause of government services (审批服务, 便民措施) after
// legal aid's does not go on with legal aid.
import { claim, figure } from './helpers.ts';

describe('parts', () => {
  it.each([
    ['2023年共受理法律援助案件283件,其中中央专项彩票公益金法律援助案件82件。', 82],
    ['2023年共受理法律援助案件283件,其中以案定补案件128件;中央专项彩票公益金法律援助案件82件。', 82],
    ['中央机关“当被告”案件一年达1,866件。', 1866],
    ['全市县级政府作被告的行政诉讼案件210件。', 210],
  ])('%s: %d is a part', (text, value) => {
    expect(claim(text, value)[1]).not.toBe('region');
  });

  it('the total beside the fund’s cases stays the region’s', () => {
    expect(claim('2023年共受理法律援助案件283件,其中中央专项彩票公益金法律援助案件82件。', 283)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});

describe('government services after legal aid', () => {
  it.each([
    '受理法律援助案件537件,挽回经济损失27.4万元;推出“一证即办”便民措施103项,办理5万件。',
    '受理法律援助案件537件;全面推行审批服务“马上办、网上办”,办理5万件。',
    '受理法律援助案件537件;推进“高效办成一件事”,办理5万件。',
  ])('%s: 50000 is no legal aid', (text) => {
    expect(figure(text, 50000).metric).not.toBe('legal_aid.cases');
  });

  it('a clause of legal aid’s own still counts legal aid', () => {
    expect(claim('受理法律援助案件537件;办理法律援助案件5万件。', 50000)).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});
