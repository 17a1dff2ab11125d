// From set 19, with sentences written for them: the time since a body opened told after its verb (开张一年多, 运行一年多来,
// 成立半年来) is a sum over that time; police incidents (警情) are no mediation count; joint mediation with another body
// (联动调解) is one channel of it.
import { claim, figure } from './helpers.ts';

describe('since a body opened', () => {
  it.each([
    ['开张一年多,中心受理群众纠纷和诉求5000多件,矛盾纠纷化解率达95.3%。', 95.3],
    ['中心运行一年多来,共调解矛盾纠纷300件。', 300],
    ['该调委会成立半年来,共调解矛盾纠纷120件。', 120],
    ['服务站挂牌两年多,累计办理法律援助案件86件。', 86],
  ])('%s: %d is cumulative', (text, value) => {
    expect(claim(text, value, { year: 2020 })[1]).toBe('cumulative');
  });

  it('a year as a count of times, or a year named, is no such span', () => {
    expect(claim('2020年,全县调委会运行良好,全年调解矛盾纠纷300件。', 300, { year: 2020 })).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

describe('police incidents and joint mediation', () => {
  it('警情 is no mediation count', () => {
    expect(figure('全区联合调解非警务类警情7,856起。', 7856).metric).toBeNull();
    expect(figure('全市公安机关联合调解非警务类警情7,856起。', 7856).metric).not.toBe('mediation.cases');
  });

  it('联动调解 is one channel', () => {
    expect(claim('全区联动调解矛盾纠纷215起,成功化解195起。', 215)[1]).toBe('sub_category');
    expect(claim('全区多元联动调解矛盾纠纷2,150起。', 2150)).toEqual(['mediation.cases', 'region']);
  });
});
