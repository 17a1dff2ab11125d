// The divisions a caller names (RegionNames) as the extractor reads them: which of them a text uses, when a subject
// names a lower division as the one counting, and when it names a region above. Names and subjects written by hand
// (清远市: its county-level city 英德市, its county 连南瑶族自治县 / 连南, a two-character county 沛县 for the shape).
import {
  namesAnotherRegion,
  namesAHigherRegion,
  namesAKnownLowerRegion,
  namesInText,
  type NamesInText,
} from '../../../src/extract/divisionNames.ts';
import type { RegionNames } from '../../../src/extract/types.ts';

const QINGYUAN: RegionNames = {
  own: ['清远市', '清远', '清'],
  lower: [
    { name: '英德市', short: '英德' },
    { name: '连南瑶族自治县', short: '连南' },
    { name: '沛县', short: '沛' },
    { name: '清新区' },
  ],
  higher: ['广东省', '广东'],
};

describe('namesInText: the names one text uses', () => {
  it('keeps the lower names the text writes, full names of three or more characters apart from short ones', () => {
    expect(namesInText('英德市、连南瑶族自治县和沛县共调解纠纷', QINGYUAN)).toEqual({
      own: ['清远市', '清远'],
      higher: [],
      full: ['英德市', '连南瑶族自治县'],
      // A two-character name is bare; a one-character short form (沛) is no name at all.
      bare: ['英德', '连南', '沛县'],
      others: [],
    });
  });

  it('a three-character name is full; a lower division without a short form adds none', () => {
    expect(namesInText('清新区共调解', QINGYUAN)).toEqual({
      own: ['清远市', '清远'],
      higher: [],
      full: ['清新区'],
      bare: [],
      others: [],
    });
  });

  it('keeps the names above that the text writes, even with no lower one', () => {
    expect(namesInText('广东省共调解纠纷', QINGYUAN)).toEqual({
      own: ['清远市', '清远'],
      higher: ['广东省', '广东'],
      full: [],
      bare: [],
      others: [],
    });
    expect(namesInText('广东各级调解组织', { ...QINGYUAN, higher: undefined })).toBeUndefined();
  });

  it('keeps a text that names only a two-character division', () => {
    expect(namesInText('沛县共调解', QINGYUAN)).toEqual({
      own: ['清远市', '清远'],
      higher: [],
      full: [],
      bare: ['沛县'],
      others: [],
    });
  });

  it('takes short names written only as a list, one after another, for divisions; one short name alone is none', () => {
    // 英德、连南 and 连南、英德 both list them; a name of one character (沛) is never one, listed or not.
    const listed = { own: ['清远市', '清远'], higher: [], full: [], bare: ['英德', '连南'], others: [] };
    expect(namesInText('英德、连南共调解纠纷', QINGYUAN)).toEqual(listed);
    expect(namesInText('连南、英德共调解纠纷', QINGYUAN)).toEqual(listed);
    expect(namesInText('连南、沛共调解纠纷', QINGYUAN)).toBeUndefined();
    // Apart, or the same name twice, they are words of something else.
    expect(namesInText('英德经验和连南做法', QINGYUAN)).toBeUndefined();
    expect(namesInText('学习英德、英德经验', QINGYUAN)).toBeUndefined();
  });

  it('is undefined when the text names none of them, or no names were given', () => {
    expect(namesInText('全市共调解纠纷', QINGYUAN)).toBeUndefined();
    expect(namesInText('英德市共调解纠纷', undefined)).toBeUndefined();
  });
});

const NAMES: NamesInText = {
  own: ['清远市', '清远'],
  higher: ['广东省', '广东'],
  full: ['英德市'],
  bare: ['英德', '连南'],
  others: ['韶关市', '翁源县'],
};

describe('namesAKnownLowerRegion: a lower division as the one counting', () => {
  it.each([
    ['英德市人民调解委员会共调解', true],
    // A bare short name opens its clause, follows a list joint, a bracket, or the region's own name.
    ['连南共调解', true],
    ['“连南共调解', true],
    ['英德市、连南共调解', true],
    ['清远连南共调解', true],
    // Inside other words it is none.
    ['学习连南经验共调解', false],
    // The region's own name after the part's takes the subject back, in either form.
    ['学习英德市经验，清远市共调解', false],
    ['学习英德市经验，清远全年共调解', false],
    // The place of a meeting is not the one counting…
    ['在英德市召开现场推进会后共调解', false],
    // …unless it also counts: an earlier mention that is not a place still names it.
    ['英德市司法局在英德市召开现场会后共调解', true],
    // 在 earlier in the subject does not make a later acting name a place.
    ['在今年，英德市召开调解会共调解', true],
    ['全年共调解', false],
  ])('%j: %s', (subject, names) => {
    expect(namesAKnownLowerRegion(subject, NAMES)).toBe(names);
  });

  it('a full name counts on its own, with no short form to help', () => {
    const fullOnly: NamesInText = { ...NAMES, full: ['英德市'], bare: [] };
    expect(namesAKnownLowerRegion('英德市人民调解委员会共调解', fullOnly)).toBe(true);
    // A host up to two characters after the name is still a host: the subject ends soon after it, or words stand between.
    expect(namesAKnownLowerRegion('在英德市举办培训', fullOnly)).toBe(false);
    expect(namesAKnownLowerRegion('在英德市当天召开现场会后共调解', fullOnly)).toBe(false);
  });

  it('without names, nothing is known', () => {
    expect(namesAKnownLowerRegion('英德市共调解', undefined)).toBe(false);
  });
});

describe('namesAHigherRegion: a region above as the one counting', () => {
  it.each([
    ['广东省共调解', true],
    ['广东各级法律援助机构办理', true],
    // Named, but not counting.
    ['作为广东省唯一试点共调解', false],
    // The page's region or one of its parts after the higher one's name takes the subject back.
    ['广东省部署后，全市共调解', false],
    ['广东省各级组织与清远市共调解', false],
    ['广东省共调解，其中英德市', false],
    // Words of the page's own region before the higher name do not.
    ['与全市相比，广东省共调解', true],
  ])('%j: %s', (subject, higher) => {
    expect(namesAHigherRegion(subject, NAMES)).toBe(higher);
  });

  it('without names above, none is named', () => {
    expect(namesAHigherRegion('广东省共调解', { ...NAMES, higher: [] })).toBe(false);
    expect(namesAHigherRegion('广东省共调解', undefined)).toBe(false);
  });
});

describe('namesInText: other regions the text writes', () => {
  const withOthers: RegionNames = { ...QINGYUAN, others: ['韶关市', '翁源县', '乳源瑶族自治县', '平远县'] };
  it('finds each full name written, wherever it stands, and no name it does not write', () => {
    expect(namesInText('韶关市、翁源县同期分别调处纠纷', withOthers)?.others).toEqual(['韶关市', '翁源县']);
    expect(namesInText('韶关市调处纠纷', withOthers)?.allOthers?.has('平远县')).toBe(true);
    expect(namesInText('赴乳源瑶族自治县学习', withOthers)?.others).toEqual(['乳源瑶族自治县']);
    // 平远 without its 县 is no full name.
    expect(namesInText('平远调解纠纷', withOthers)?.others).toEqual([]);
  });
});

describe('namesAnotherRegion: another region opening the clause that counts', () => {
  const names = { ...NAMES, others: ['韶关市', '翁源县'] };
  it.each(['韶关市调解纠纷', '同期韶关市调解纠纷', '韶关市、翁源县同期分别调处', '据介绍,翁源县全年办理'])(
    '%s',
    (subject) => {
      expect(namesAnotherRegion(subject, names)).toBe(true);
    },
  );
  it.each([
    '在韶关市召开现场会,全年调解纠纷',
    '学习韶关市经验,调解纠纷',
    '韶关市司法局来我市交流,全市调解纠纷',
    '韶关市和清远市调解纠纷',
    '与韶关市联合调解纠纷',
  ])('near miss: %s', (subject) => {
    expect(namesAnotherRegion(subject, names)).toBe(false);
  });
});
