// extractFigures never throws and keeps its evidence contract on any input. How fast it is, is measured by the bench
// (scripts/bench/extractBench.ts): a wall-clock limit here failed runs on a busy 2-core machine.
import fc from 'fast-check';
import { extractFigures } from '../../../src/extract/index.ts';

function checkContract(text: string): void {
  const out = extractFigures(text, { year: 2023 });
  expect(Array.isArray(out)).toBe(true);
  for (const c of out) {
    expect(text.slice(c.offset, c.offset + c.evidence.length)).toBe(c.evidence);
    expect(c.evidence.length).toBeLessThanOrEqual(60);
    expect(Number.isFinite(c.value)).toBe(true);
  }
}

// Pieces of report grammar, so random strings reach deep into the parser rather than stopping at once.
const FRAGMENTS = [
  '1',
  '2',
  '3',
  '0',
  '12',
  '345',
  '4.32',
  ',',
  '，',
  ' ',
  '　',
  '\n',
  '。',
  '；',
  '、',
  '%',
  '％',
  '１２',
  '．',
  '万',
  '亿',
  '千',
  '余',
  '多',
  '近',
  '逾',
  '超过',
  '以上',
  '左右',
  '约',
  '件',
  '宗',
  '人次',
  '元',
  '万元',
  '个百分点',
  '倍',
  '一',
  '两',
  '三',
  '十',
  '百',
  '成',
  '百分之',
  '点',
  '同比增长',
  '较2023年',
  '下降',
  '比上年增加',
  '其中',
  '第',
  '年',
  '月',
  '日',
  '人民调解',
  '调处成功',
  '调成率',
  '行政复议',
  '纠错率',
  '出庭应诉率',
  '败诉率',
  '法律援助',
  '挽回经济损失',
  '调解室',
  '镇',
  '街道',
  '“',
  '”',
  '《',
  '》',
  '(',
  ')',
  '-',
  '~',
  '+',
  '調解',
  '糾紛',
  '\u0000',
  '\uD800',
  '\uFFFD',
  '\r',
];

// Big inputs take seconds on a loaded 2-core machine (the dense run took over the default 20 s at a load average of 14):
// these tests wait up to 90 s, a bound on a hang, not a timing check; timings are the bench's.
describe('robustness', { timeout: 90_000 }, () => {
  it('never throws on random unicode and binary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 })),
        (s) => {
          checkContract(s);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on random mixes of report grammar', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }), (parts) => {
        checkContract(parts.join(''));
      }),
      { numRuns: 2500 },
    );
  });

  it('never throws on bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        checkContract(new TextDecoder('utf-8').decode(bytes));
        checkContract(String.fromCharCode(...bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('returns [] for empty and non-string input', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
    expect(extractFigures(42 as unknown as string)).toEqual([]);
  });

  it('handles a dense run of figures', () => {
    const text = '全年调处纠纷1件,'.repeat(40_000);
    const out = extractFigures(text);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((c) => c.value === 1)).toBe(true);
  });

  it('extracts 300,000 characters of report-like text', () => {
    const paragraph =
      '2023年全市共受理人民调解案件45,060件,成功化解44,252件,调成率98.2%,较去年增长8.2%。办理法律援助案件1.1万余件,为当事人挽回经济损失逾1.1亿元。' +
      '全市办理行政复议案件2056件,较2022年同比增长100%;行政机关负责人出庭应诉率达100%,行政诉讼案件败诉率为13.83%。\n' +
      '严格执行“第一议题”制度,印发《关于推进依法行政的通知》(〔2024〕5号),2024年1月20日召开会议。\n';
    const text = paragraph.repeat(Math.ceil(300_000 / paragraph.length));
    const out = extractFigures(text);
    expect(out.length).toBeGreaterThan(10_000);
  });
});
