// basis.ts on its own: which counting basis a count's clause names, nearest the figure. Clauses written by hand.
import { basisOf } from '../../../src/extract/basis.ts';

describe('basisOf', () => {
  it('only a count has a basis: a rate or an amount of the same words has none', () => {
    expect(basisOf('受理行政复议案件', 'review', 'count')).toBe('accepted');
    expect(basisOf('受理行政复议案件', 'review', 'percent')).toBeUndefined();
    expect(basisOf('办理法律援助案件', 'legal_aid', 'yuan')).toBeUndefined();
  });

  it.each([
    ['全年收到行政复议申请', 'received'],
    ['新收案件', 'received'],
    ['受理行政复议案件', 'accepted'],
    ['立案', 'accepted'],
    ['办理法律援助案件', 'handled'],
    ['指派律师', 'handled'],
    ['审结', 'concluded'],
    ['作出复议决定', 'concluded'],
    ['以调解方式结案', 'mediated'],
    ['成功调解', 'mediated'],
    ['调撤', 'mediated'],
    ['受理后审结', 'concluded'],
    ['审结后又受理', 'accepted'],
    ['受理后作出复议决定', 'concluded'],
    ['收到申请后依法受理并办理', 'handled'],
    ['调解工作开展了很多很多年后结案', 'concluded'],
    ['调解,结案', 'concluded'],
  ] as const)('%s → %s', (local, basis) => {
    expect(basisOf(local, 'review', 'count')).toBe(basis);
  });

  it('the same clause twice gives the same answer (its patterns keep no state between calls)', () => {
    expect(basisOf('受理和审结', 'legal_aid', 'count')).toBe('concluded');
    expect(basisOf('受理和审结', 'legal_aid', 'count')).toBe('concluded');
  });

  it('only counts of review, litigation and legal aid have a basis', () => {
    expect(basisOf('受理', 'litigation', 'count')).toBe('accepted');
    expect(basisOf('受理', 'mediation', 'count')).toBeUndefined();
    expect(basisOf('受理', null, 'count')).toBeUndefined();
    expect(basisOf('受理', 'review', 'percent')).toBeUndefined();
    expect(basisOf('全年共', 'review', 'count')).toBeUndefined();
  });
});
