// Edges of the rules from sets 17–22 that mutation testing found untested; each sentence written for this file, each
// expected value by hand.
import { claim, figure } from './helpers.ts';

describe('to date after a span (toDateAfterASpan)', () => {
  it('a body’s opening (成立以来) is an open span', () => {
    expect(claim('服务中心成立以来,不断完善工作机制。截至目前,共受理矛盾纠纷4,589件。', 4589)).toEqual([
      'mediation.cases',
      'cumulative',
    ]);
  });

  it('a date to which an earlier figure ran (截至12月底) is no span', () => {
    expect(claim('截至12月底,全市调解纠纷3,000件。截至目前,共受理矛盾纠纷4,589件。', 4589)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('a total of every kind before people’s mediation (allKindsBeforePeoplesMediation)', () => {
  it('its comparison point is of every kind too', () => {
    const text = '全市各类调解组织共调解矛盾纠纷5.6万件,较上年的5万件有所增加,其中人民调解4.5万件。';
    expect(figure(text, 50000).metric).toBeNull();
    expect(claim(text, 45000)).toEqual(['mediation.cases', 'region']);
  });

  it('a 其中 inside the sentence reaches no figure of the sentence before', () => {
    const text =
      '2022年全市调解纠纷4,800件。2023年,全市各类调解组织共调解矛盾纠纷5.6万件,其中人民调解4.5万件。';
    expect(figure(text, 4800).metric).toBe('mediation.cases');
  });

  it('leaves a figure of another topic, and one people’s mediation names itself', () => {
    expect(
      claim('全县受理法律援助案件300件,各类调解组织调解矛盾纠纷5.6万件,其中人民调解4.5万件。', 300),
    ).toEqual(['legal_aid.cases', 'region']);
    expect(
      claim('全县人民调解组织调解纠纷3,000件,各类调解组织共调解5.6万件,其中人民调解4.5万件。', 3000),
    ).toEqual(['mediation.cases', 'region']);
  });
});

it('a bare verb goes on with the kind of mediation nearest before it, not the first one named', () => {
  expect(figure('全县人民调解受理2,345件;行政调解受理795件,调处673件。', 673).metric).toBeNull();
});
