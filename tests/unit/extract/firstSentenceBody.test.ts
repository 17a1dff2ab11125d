// A page without a title whose first sentence opens with one body below the region — a justice office, a police
// station, a court's tribunal, a committee — after at most a time phrase and its county's bureau tells that body's work.
// Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2023, region: '522727' };

describe('a first sentence that opens with one body', () => {
  it.each([
    [
      '近年来,平塘县司法局金盆司法所立足职能职责,践行新时代“枫桥经验”。2023年,参加调处各类矛盾纠纷共210件,调解成功率100%。',
      210,
    ],
    ['今年以来,某某县公安局城关派出所坚持“三所联动”,就地化解矛盾。全年共调解纠纷356起。', 356],
    ['2023年,塘边镇人民调解委员会聚焦婚姻家庭、邻里纠纷,共调解纠纷128件,调解成功125件。', 125],
    ['城关人民法庭始终坚持“抓前端、治未病”,今年以来共办理诉前调解案件430件。', 430],
  ])('%s: %d is the body’s', (text, value) => {
    expect(claim(text, value, Y)[1]).not.toBe('region');
  });

  it.each([
    // Near misses: the county's bureau over several offices, every office, a body named after the region's totals.
    ['近年来,县司法局指导各司法所践行新时代“枫桥经验”。全年全县共调处矛盾纠纷3,180件。', 3180],
    ['近年来,平塘县司法局指导各司法所开展矛盾纠纷排查化解。2023年,全县共调处矛盾纠纷3,180件。', 3180],
    ['今年以来,平塘县各级人民调解委员会共调处矛盾纠纷3,180件。', 3180],
    ['本局指导人民调解委员会调处矛盾纠纷3,180件。', 3180],
    [
      '近年来,县司法局坚持和发展新时代“枫桥经验”。今年以来,共调处矛盾纠纷3,180件,其中金盆司法所调处210件。',
      3180,
    ],
  ])('%s: %d stays the region’s', (text, value) => {
    expect(claim(text, value, Y)).toEqual(['mediation.cases', 'region']);
  });
});
