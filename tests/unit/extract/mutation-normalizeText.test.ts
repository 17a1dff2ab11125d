// normalizeText.ts, toSimplified.ts and cutEvidence on their own (found by npm run test:mutation): the matching copy of
// a report and its map back to the original, and evidence cut verbatim through that map. Offsets counted by hand.
import { normalizeText } from '../../../src/extract/normalizeText.ts';
import { toSimplified } from '../../../src/extract/toSimplified.ts';
import { changeEvidence, cutEvidence, figureEvidence } from '../../../src/extract/evidence.ts';
import type { FigureContext } from '../../../src/extract/figureContext.ts';
import type { RawFigure } from '../../../src/extract/scanFigures.ts';

const normalized = (original: string) => {
  const { text, pos } = normalizeText(original);
  return { text, pos: [...pos] };
};

describe('normalizeText: characters', () => {
  it('full-width digits and punctuation become half-width, in place', () => {
    expect(normalized('共１２件，成功率９８％！')).toEqual({
      text: '共12件,成功率98%!',
      pos: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    });
  });

  it.each([
    ['﹪', '%'],
    ['｡', '。'],
    ['､', '、'],
    ['﹐', ','],
    ['﹔', ';'],
  ])('%s reads as %s', (mark, plain) => {
    expect(normalized(`甲${mark}乙`).text).toBe(`甲${plain}乙`);
  });

  it('drops whitespace of every kind, mapping what is left to where it was', () => {
    // 共0 ␠1 受2 理3 \t4 1 5 2 6 件7
    expect(normalized('共 受理\t12件')).toEqual({ text: '共受理12件', pos: [0, 2, 3, 5, 6, 7] });
    expect(normalized('共\u00a0\u3000\u2000\u2002\u200b\u202f\u205f\ufeff\r12件').text).toBe('共12件');
  });

  it('keeps characters next to the whitespace ranges', () => {
    expect(normalized('甲\u1fff\u200c\u2030乙').text).toBe('甲\u1fff\u200c\u2030乙');
  });

  it('keeps one space between digits, so a thousands group can still be read', () => {
    // 1 0 2 1 ␠2 ␠3 3 4 4 5 5 6 件7
    expect(normalized('12  345件')).toEqual({ text: '12 345件', pos: [0, 1, 2, 4, 5, 6, 7] });
    expect(normalized('12 件').text).toBe('12件');
    expect(normalized('共 12件').text).toBe('共12件');
  });

  it('control characters and replacement marks end a sentence', () => {
    expect(normalized('甲\u0001乙\u007f丙\ufffd丁')).toEqual({
      text: '甲\n乙\n丙\n丁',
      pos: [0, 1, 2, 3, 4, 5, 6],
    });
  });

  it('drops a pinyin gloss after a character, so the figure reads again', () => {
    // 3 0 萬1 (2 w3 à4 n5 )6 余7 件8
    expect(normalized('3萬(wàn)余件')).toEqual({ text: '3万余件', pos: [0, 1, 7, 8] });
    expect(normalized('區（qū）')).toEqual({ text: '区', pos: [0] });
  });

  it.each([
    ['区(qu)', 'no tone mark'],
    ['3(wàn)', 'not after a character'],
    ['万()', 'empty'],
    ['区(wànwànwàn)', 'longer than a syllable or two'],
    ['区(wàn1)', 'not only letters'],
  ])('keeps brackets that are no gloss: %s (%s)', (original) => {
    expect(normalized(original).text).toBe(original);
  });
});

describe('normalizeText: lines', () => {
  it('drops page furniture', () => {
    expect(normalized('第3页\n全市共受理12件。')).toEqual({
      text: '全市共受理12件。',
      pos: [4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
  });

  it('one line break between paragraphs however many empty lines stand between them', () => {
    // 甲0 。1 \n2 \n3 乙4
    expect(normalized('甲。\n\n乙')).toEqual({ text: '甲。\n乙', pos: [0, 1, 2, 4] });
  });

  it.each([
    ['全市共受理案件,\n调解成功12件。', '全市共受理案件,调解成功12件。', 'a line ending in a comma'],
    ['全市共受理案件\n,调解成功12件。', '全市共受理案件,调解成功12件。', 'a line starting with a comma'],
    ['全市共受理矛盾纠纷案件,\n成功12件。', '全市共受理矛盾纠纷案件,成功12件。', 'prose with a comma'],
    [`${'调'.repeat(25)}\n成功12件。`, `${'调'.repeat(25)}成功12件。`, 'a line of 25 characters'],
  ])('re-joins a line the page wrapped: %s (%s)', (original, text) => {
    expect(normalized(original).text).toBe(text);
  });

  it.each([
    ['一、总体情况\n全市共受理12件。', 'after a heading'],
    ['全市共受理案件,\n一、总体情况', 'before a marker'],
    ['全市共受理12件。\n调解成功', 'after a full stop'],
    ['全市共受理12件。”\n调解成功', 'after a full stop and a closing quote'],
    ['法治政府建设年度报告\n正文', 'after a short line without commas (a title)'],
    ['全市调解纠纷3,200件\n全市人民调解组织共调解纠纷', 'after a title whose only comma is a number’s'],
    [`${'调'.repeat(24)}\n成功12件。`, 'after a line of 24 characters'],
    // A dateline or a link is page furniture however long its line: it never runs on into the article.
    [
      'http://www.sina.com.cn2007年01月19日09:00解放日报\n本报讯去年全市受理12件。',
      'after a link and a date-time',
    ],
    ['2023-05-06 10:30某某市司法局门户网站记者张三李四\n全市共受理12件。', 'after a date-time with a space'],
    ['2021年3月2日14:05某某日报社融媒体中心编辑部记者\n全市共受理12件。', 'after a date-time in 年月日'],
    ['去年全市法院审结行政案件1983件行政机关败诉率8.8%\nhttps://news.example.cn', 'before a link'],
    ['去年全市法院审结行政案件1983件行政机关败诉率8.8%\nwww.example.cn', 'before a www address'],
  ])('keeps a real line break: %s (%s)', (original) => {
    expect(normalized(original).text).toBe(original);
  });
});

describe('toSimplified', () => {
  it('converts traditional characters one for one, and leaves the rest', () => {
    expect(toSimplified('萬件區縣')).toBe('万件区县');
    expect(toSimplified('全市12件')).toBe('全市12件');
    expect(toSimplified('')).toBe('');
  });
});

describe('cutEvidence', () => {
  // 全0 市1 共2 受3 理4 案5 件6 4 7 5 8 0 9 6 10 0 11 件12 ,13 成14 功15 化16 解17 4 18 4 19 2 20 5 21 2 22 件23 。24
  const original = '全市共受理案件45060件,成功化解44252件。';
  const norm = normalizeText(original);

  it('starts at the first clause start that fits, else at the figure', () => {
    expect(cutEvidence(original, norm, [14, 0], 18, 24)).toEqual({ evidence: '成功化解44252件', offset: 14 });
    expect(cutEvidence(original, norm, [0], 18, 24)).toEqual({
      evidence: '全市共受理案件45060件,成功化解44252件',
      offset: 0,
    });
    expect(cutEvidence(original, norm, [20], 18, 24)).toEqual({ evidence: '44252件', offset: 18 });
    expect(cutEvidence(original, norm, [], 18, 24)).toEqual({ evidence: '44252件', offset: 18 });
  });

  it('60 characters at most', () => {
    const long = `${'调'.repeat(50)}共受理12件`;
    const longNorm = normalizeText(long);
    // 调0–49 共50 受51 理52 1 53 2 54 件55: from 0 the evidence would be 56 characters.
    expect(cutEvidence(long, longNorm, [0], 53, 56)).toEqual({ evidence: long, offset: 0 });
    const longer = `${'调'.repeat(60)}共受理12件`;
    expect(cutEvidence(longer, normalizeText(longer), [0, 60], 63, 66)).toEqual({
      evidence: '共受理12件',
      offset: 60,
    });
    expect(cutEvidence(longer, normalizeText(longer), [0], 0, 66)).toBeNull();
    expect(cutEvidence(longer, normalizeText(longer), [0], 6, 66)).toEqual({
      evidence: longer.slice(6, 66),
      offset: 6,
    });
  });

  it('nothing outside the text', () => {
    expect(cutEvidence(original, norm, [0], 30, 31)).toBeNull();
    expect(cutEvidence(original, norm, [0], 0, 40)).toBeNull();
    expect(cutEvidence(original, norm, [0], -1, 3)).toBeNull();
  });

  // The leading run of punctuation goes as a whole or not at all.
  it('no leading punctuation, unless it runs into what must be shown', () => {
    // 甲0 ,1 ,2 4 3 4 4 件5
    const text = '甲,,44件';
    expect(cutEvidence(text, normalizeText(text), [1], 3, 6)).toEqual({ evidence: '44件', offset: 3 });
    expect(cutEvidence(text, normalizeText(text), [1], 2, 6)).toEqual({ evidence: ',,44件', offset: 1 });
  });

  it('never starts inside a surrogate pair', () => {
    // 𠀀 is two code units (0–1), 共2 1 3 2 4 件5
    const text = '\ud840\udc00共12件';
    expect(cutEvidence(text, normalizeText(text), [1], 3, 6)).toEqual({ evidence: '共12件', offset: 2 });
  });
});

// Only the parts of a figure's context that evidence reads: its clause starts and the end of the words after it.
const ctx = (evidenceStarts: number[], followingEnd: number) =>
  ({ evidenceStarts, followingEnd }) as unknown as FigureContext;
const figureAt = (start: number, end: number, unit: RawFigure['unit'] = 'count'): RawFigure => ({
  start,
  end,
  value: 1,
  unit,
  counter: unit === 'percent' ? '%' : '件',
  qualifier: 'exact',
  points: false,
  multiple: false,
});

describe('figureEvidence', () => {
  // 全0 市1 共2 受3 理4 案5 件6 4 7 5 8 0 9 6 10 0 11 件12 ,13 成14 功15 化16 解17 4 18 4 19 2 20 5 21 2 22 件23 。24
  const original = '全市共受理案件45060件,成功化解44252件。';
  const norm = normalizeText(original);

  it('a clause that says little alone takes the clause before it', () => {
    expect(figureEvidence(original, norm, figureAt(18, 24), ctx([14, 0], 24))).toEqual({
      evidence: '全市共受理案件45060件,成功化解44252件',
      offset: 0,
    });
  });

  it('a clause with six characters or more before its figure stands alone', () => {
    const text = '全市共受理12件,调解成功化解纠纷44件。';
    // 全0 市1 共2 受3 理4 1 5 2 6 件7 ,8 调9 解10 成11 功12 化13 解14 纠15 纷16 4 17 4 18 件19: the own clause starts at 9;
    // a figure 6 or more characters into it stands alone.
    expect(figureEvidence(text, normalizeText(text), figureAt(17, 20), ctx([9, 0], 20))).toEqual({
      evidence: '调解成功化解纠纷44件',
      offset: 9,
    });
    expect(figureEvidence(text, normalizeText(text), figureAt(14, 20), ctx([9, 0], 20))).toEqual({
      evidence: '全市共受理12件,调解成功化解纠纷44件',
      offset: 0,
    });
    expect(figureEvidence(text, normalizeText(text), figureAt(15, 20), ctx([9, 0], 20))).toEqual({
      evidence: '调解成功化解纠纷44件',
      offset: 9,
    });
  });

  it('without clause starts the evidence is the figure itself', () => {
    expect(figureEvidence(original, norm, figureAt(7, 13), ctx([], 13))).toEqual({
      evidence: '45060件',
      offset: 7,
    });
  });

  it('runs on through the noun the figure counts when that stays within 40 characters', () => {
    // 建0 立1 5 2 0 3 个4 市5 政6 府7 立8 法9 联10 系11 点12 。13
    const text = '建立50个市政府立法联系点。';
    expect(figureEvidence(text, normalizeText(text), figureAt(2, 5), ctx([0], 13))).toEqual({
      evidence: '建立50个市政府立法联系点',
      offset: 0,
    });
    const far = `建立50个${'调'.repeat(36)}点。`;
    // From the figure (2) through 点 (41) is 40 characters; one more and only the figure's own end counts.
    expect(figureEvidence(far, normalizeText(far), figureAt(2, 5), ctx([0], 42))?.evidence).toBe(
      far.slice(0, 42),
    );
    const farther = `建立50个${'调'.repeat(37)}点。`;
    expect(figureEvidence(farther, normalizeText(farther), figureAt(2, 5), ctx([0], 43))?.evidence).toBe(
      '建立50个',
    );
  });
});

describe('changeEvidence', () => {
  it('from the base figure through the change', () => {
    // 全0 市1 办2 理3 行4 政5 复6 议7 案8 件9 2056 10–13 件14 ,15 较16 2023 17–20 年21 同22 比23 增24 长25 100 26–28 %29
    const text = '全市办理行政复议案件2056件,较2023年同比增长100%。';
    const base = figureAt(10, 15);
    const change = figureAt(26, 30, 'percent');
    expect(changeEvidence(text, normalizeText(text), base, ctx([0], 15), change, ctx([16, 0], 30))).toEqual({
      evidence: '全市办理行政复议案件2056件,较2023年同比增长100%',
      offset: 0,
    });
  });

  it('from the change through the base when the change comes first', () => {
    // 较0 上1 年2 增3 长4 2 5 0 6 %7 ,8 达9 到10 1200 11–14 件15
    const text = '较上年增长20%,达到1200件';
    const change = figureAt(5, 8, 'percent');
    const base = figureAt(11, 16);
    expect(changeEvidence(text, normalizeText(text), base, ctx([9], 16), change, ctx([0], 8))).toEqual({
      evidence: '较上年增长20%,达到1200件',
      offset: 0,
    });
  });
});
