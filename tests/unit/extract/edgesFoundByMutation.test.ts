// Two readings that mutation testing showed wrong: a year written right after a document's title, and 成 (tenths) at
// the very end of a text.
import { statedYear } from '../../../src/extract/reportYear.ts';
import { scanFigures } from '../../../src/extract/scanFigures.ts';

describe('a year right after a closed title dates the figure', () => {
  it.each([
    ['按照《实施方案》2023年全市共受理', 2023],
    ['《法治政府建设实施纲要》2024年度全区共调解', 2024],
    ['根据《条例》,2022年全县共办理', 2022],
    // The year inside the title names the document, not the figure.
    ['《2022年工作要点》印发后共受理', undefined],
    ['《2021—2025年规划》实施以来共办理', undefined],
  ])('%j → %s', (prefix, year) => {
    expect(statedYear(prefix)).toBe(year);
  });
});

describe('成 at the very end of a text is tenths, as it is before punctuation', () => {
  it.each([
    ['调解成功率达九成', 90],
    ['群众满意度超过八成', 80],
    ['调解成功率达九成。', 90],
  ])('%j → %s %%', (text, value) => {
    const found = scanFigures(text).find((f) => f.counter === '成');
    expect(found?.value).toBe(value);
    expect(found?.unit).toBe('percent');
  });

  it('but not before a word 成 starts (成员, 成效)', () => {
    expect(scanFigures('3成员').some((f) => f.counter === '成')).toBe(false);
    expect(scanFigures('取得三成效').some((f) => f.counter === '成')).toBe(false);
  });
});
