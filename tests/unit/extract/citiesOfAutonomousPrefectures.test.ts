// A city that an autonomous prefecture or a league numbers among its counties (昌吉市 652301, 凯里市 522601, 锡林浩特市
// 152502) is a county-level city: 全市 and 市政府 on its page are its own, as on a page of 英德市 (441881). The region's
// own names tell it; sentences are written for these tests.
import { claim } from './helpers.ts';

const city = (code: string, name: string) => ({
  year: 2023,
  region: code,
  names: { own: [name, name.slice(0, -1)], lower: [] },
});

describe('a county-level city of an autonomous prefecture', () => {
  it.each([
    ['652301', '昌吉市', '全市各级人民调解组织共调解矛盾纠纷2,965件。', 2965, 'mediation.cases'],
    ['522601', '凯里市', '全年全市共办理法律援助案件1,120件。', 1120, 'legal_aid.cases'],
    ['152502', '锡林浩特市', '市政府作为复议机关全年共收到行政复议申请86件。', 86, 'review.cases'],
  ])('%s %s: %s', (code, name, text, value, metric) => {
    expect(claim(text, value, city(code, name))).toEqual([metric, 'region']);
  });

  it.each([
    // Near misses: a county's or a district's page still quotes the city above with 全市.
    ['652323', '呼图壁县', '全市各级人民调解组织共调解矛盾纠纷2,965件。', 2965],
    ['522633', '从江县', '全年全市共办理法律援助案件1,120件。', 1120],
  ])('%s %s: %s is the city above’s', (code, name, text, value) => {
    expect(claim(text, value, city(code, name))[0]).toBeNull();
  });
});
