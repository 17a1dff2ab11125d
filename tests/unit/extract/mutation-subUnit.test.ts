// subUnit.ts stage by stage (found by npm run test:mutation): where the whole region is named last, where a 其中
// breakdown opens, and what names a part of the region. Sentences written for this test; positions counted by hand.
import { afterLastWhole, breakdownAt, isSubUnitFigure } from '../../../src/extract/subUnit.ts';

describe('afterLastWhole', () => {
  it('keeps what follows the last word for the whole region', () => {
    expect(afterLastWhole('市本级受理,全市共受理')).toBe('共受理');
    expect(afterLastWhole('全区调解室,各级组织调解')).toBe('组织调解');
    expect(afterLastWhole('城南派出所调解室')).toBe('城南派出所调解室');
    expect(afterLastWhole('全县')).toBe('');
  });

  it('gives the same answer when asked twice (its pattern keeps no state between calls)', () => {
    expect(afterLastWhole('全省各地,全盟共')).toBe('共');
    expect(afterLastWhole('全省各地,全盟共')).toBe('共');
  });
});

describe('breakdownAt', () => {
  it.each([
    ['全年办理案件100件,其中', 11],
    ['没有分项的句子', -1],
    ['其中农民工', 0],
    // A bracket closed before 其中, or a closing bracket with no opening one, tells nothing: only 其中's own bracket counts.
    ['(甲)(其中农民工', 4],
    ['甲其中乙)', 1],
    // An open bracket right before 其中 that is still open: the breakdown goes on.
    ['案件(其中农民工', 3],
    // A closed bracket has ended its 其中.
    ['案件(其中农民工5件)共', -1],
    ['案件（其中农民工5件）共', -1],
    ['(其中农民工)', -1],
    // The bracket is 4 characters before 其中 at most; further back it is not 其中's bracket.
    ['(一二三其中)', -1],
    ['(一二三四其中)', 5],
    // The nearer of two opening brackets counts.
    ['（一二三四五六(其中)', -1],
    ['(一二三四五六（其中）', -1],
  ])('%s → %d', (prefix, at) => {
    expect(breakdownAt(prefix)).toBe(at);
  });
});

describe('isSubUnitFigure', () => {
  const subject = (words: string) => isSubUnitFigure('', words, '');

  it('a unit counted since its founding is a part', () => {
    expect(isSubUnitFigure('该调委会自成立以来,共受理', '', '')).toBe(true);
    expect(isSubUnitFigure('该中心成立至今共办理', '', '')).toBe(true);
    expect(isSubUnitFigure('全市共受理', '', '')).toBe(false);
  });

  it.each(['线上受理', '在线调解', '网上办理', '依托平台受理'])(
    'a channel in the clause (%s) is a part',
    (local) => {
      expect(isSubUnitFigure('', '', local)).toBe(true);
    },
  );

  it.each(['城南派出所', '老张调解工作室', '东湖司法所', '城关人民法庭', '社区工作站', '城关镇', '新华街道'])(
    'a named office or place (%s) is a part',
    (words) => {
      expect(subject(words)).toBe(true);
    },
  );

  it.each([
    ['各派出所', 'every one of them'],
    ['全市各派出所', 'every one of them, after the whole region'],
    ['所有调解室', 'all of them'],
    ['各类工作站', 'every kind'],
    ['全部服务站', 'all of them'],
    ['各乡镇', 'not a name'],
    ['乡镇街道', 'not a name'],
    ['城关镇村民', 'a village, not the town'],
    ['人民调解委员会', 'no office named'],
    ['', 'nothing named'],
  ])('%s is not a part (%s)', (words) => {
    expect(subject(words)).toBe(false);
  });

  it('an office named after the last whole-region word is a part; one before it is not', () => {
    expect(subject('全市共有调解室,城南派出所')).toBe(true);
    expect(subject('城南派出所以外,全市共')).toBe(false);
  });

  it('a second office counts when the first is every one of its kind', () => {
    expect(subject('各派出所和城南司法所')).toBe(true);
    expect(subject('各乡镇和城关镇')).toBe(true);
  });
});
