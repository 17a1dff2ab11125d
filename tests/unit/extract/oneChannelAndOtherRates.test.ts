// From set 19: one channel of intake (线下 alone, as 线上 alone) counts a part, both together (线上线下) all of it; a
// success rate qualified as one-pass (一次性), same-day or of downgraded risks is another rate. Sentences written for
// these tests.
import { claim, figure } from './helpers.ts';

describe('channels', () => {
  it.each([
    '2025年上半年,全区线下受理矛盾纠纷2.84万件。',
    '2025年上半年,全区线上受理矛盾纠纷2.84万件。',
    '2025年上半年,全区通过在线平台受理矛盾纠纷2.84万件。',
  ])('%s: one channel is a part', (text) => {
    expect(claim(text, 28400, { year: 2025 })[1]).toBe('sub_category');
  });

  it.each([
    '2025年上半年,全区线上线下共受理矛盾纠纷2.84万件。',
    '2025年上半年,全区线下线上共受理矛盾纠纷2.84万件。',
  ])('%s: both channels are the region’s', (text) => {
    expect(claim(text, 28400, { year: 2025 })).toEqual(['mediation.cases', 'region']);
  });
});

describe('rates of mediation that are not its success rate', () => {
  it.each([
    '全县矛盾纠纷一次性化解成功率达90%。',
    '全市矛盾纠纷当天化解率达90%。',
    '全区矛盾纠纷即时化解率达90%。',
    '全县重点矛盾风险降级化解率高达90%。',
    '全县矛盾风险化解率达90%。',
  ])('%s claims no success rate', (text) => {
    expect(figure(text, 90).metric).toBeNull();
  });

  it.each([
    '全县矛盾纠纷化解成功率达90%。',
    '全县人民调解成功率达90%。',
    '全县矛盾纠纷调处化解成功率达90%。',
  ])('%s is the success rate', (text) => {
    expect(claim(text, 90)).toEqual(['mediation.success_rate', 'region']);
  });
});
