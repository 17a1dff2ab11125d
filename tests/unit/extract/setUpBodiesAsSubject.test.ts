// A clause that sets up bodies and counts them (建立派驻调解室100个, 培育“枫桥式”司法所14个) names what was set up, not
// who did the work of the clauses after it (figureContext.ts SETS_UP). Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '440309' };

describe('bodies set up and counted before the work', () => {
  it.each([
    ['全区建立派驻调解室100个,共调处各类矛盾纠纷3,508宗。', 3508, 'mediation.cases'],
    ['全区新建个人调解工作室12个,全年共调解矛盾纠纷2,460件。', 2460, 'mediation.cases'],
    ['培育“枫桥式”司法所14个,调处矛盾纠纷案件1.35万件。', 13_500, 'mediation.cases'],
    ['设立法律援助工作站36个,全年受理法律援助案件960件。', 960, 'legal_aid.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(claim(text, value, Y)).toEqual([metric, 'region']);
  });
});

describe('near misses: a body that works', () => {
  it('a body with its staff counted is still the subject of the work after it', () => {
    expect(
      claim('区法律援助中心有工作人员12名,全年办理法律援助案件560件。', 560, {
        year: 2023,
        region: '440300',
      }),
    ).toEqual(['legal_aid.cases', 'government_own']);
  });

  it('a room set up in a clause without its count stays the subject', () => {
    expect(claim('在区人民法院设立诉调对接工作室,调解纠纷320件。', 320, Y)[1]).toBe('court');
  });
});
