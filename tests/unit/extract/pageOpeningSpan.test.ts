// A page that opens with the span it reports on (去年以来, 2018年以来, 今年以来) frames each later figure whose paragraph
// names no period or year of its own (set 19's 天水 page, set 17's 烈山 page). Texts written for these tests.
import { figure } from './helpers.ts';

const page = (opening: string, later: string) =>
  `某市推进矛盾纠纷多元化解\n${opening},某市深入推进矛盾纠纷排查化解工作,取得明显成效。\n一、健全工作机制\n${later}`;

describe('a span opening the page', () => {
  it.each(['去年以来', '2018年以来', '自2019年以来'])(
    '%s frames a later paragraph that names no period',
    (opening) => {
      const text = page(opening, '全市共调解矛盾纠纷12,000件,调解成功率98%。');
      expect(figure(text, 12000)).toMatchObject({ metric: 'mediation.cases', scope: 'cumulative' });
      expect(figure(text, 98)).toMatchObject({ metric: 'mediation.success_rate', scope: 'cumulative' });
    },
  );

  it('今年以来 frames it as this year so far', () => {
    const c = figure(page('今年以来', '全市共调解矛盾纠纷12,000件。'), 12000);
    expect(c).toMatchObject({ scope: 'region', period: { kind: 'partial_year', phrase: '今年以来' } });
  });

  it('a paragraph with its own year or period is its own', () => {
    for (const later of ['2023年,全市共调解矛盾纠纷12,000件。', '全年全市共调解矛盾纠纷12,000件。'])
      expect(figure(page('去年以来', later), 12000).scope).toBe('region');
  });

  it('since the report’s own year is this year so far', () => {
    expect(figure(page('2023年以来', '全市共调解矛盾纠纷12,000件。'), 12000).scope).toBe('region');
  });

  it('a span further into the page frames only its own paragraph', () => {
    const text =
      '某市推进矛盾纠纷多元化解\n某市深入推进矛盾纠纷排查化解工作。去年以来,成立调解组织20个。\n全市共调解矛盾纠纷12,000件。';
    expect(figure(text, 12000).scope).toBe('region');
  });
});
