import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { figureSpan } from '../../src/provenance/figureSpan.ts';
import { derivationText } from '../../src/provenance/derivationText.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { fixtureModel } from '../fixtures/loadFixture.ts';

describe('figureSpan', () => {
  const mark = (evidence: string, values: number[]) => {
    const span = figureSpan(evidence, values);
    return span && evidence.slice(span[0], span[1]);
  };
  it('marks the figure that is the value, not the first number of the clause', () => {
    expect(mark('共受理45060件,成功化解44252件', [44252])).toBe('44252件');
    expect(mark('全市112个镇街累计上线办理行政执法案件1.95万件', [19500])).toBe('1.95万件');
    expect(mark('提供法律服务2.8万件次,挽回经济损失11亿元', [1100000000])).toBe('11亿元');
    expect(mark('提供法律服务2.8万件次,挽回经济损失11亿元', [28000])).toBe('2.8万件次');
  });
  it('reads Chinese numerals and qualifier words as the extractor does', () => {
    expect(mark('组织近千名执法人员参加理论测试', [1000])).toBe('近千名');
    expect(mark('发放各类普法宣传材料两万余册', [20000])).toBe('两万余册');
    expect(mark('完成四期涉外律师培训', [4])).toBe('四期');
  });
  it('falls back to a derivation base, and marks nothing when no number is the value', () => {
    expect(mark('办理行政复议案件2056件,较2023年同比增长100%', [1028, 2056])).toBe('2056件');
    expect(mark('共受理45060件', [7])).toBeNull();
    expect(mark('没有数字', [1])).toBeNull();
  });
});

describe('derivationText', () => {
  it('explains a year-on-year derivation in both languages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh', resources: { zh: { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false } });
    const d = { kind: 'yoy_percent' as const, base_value: 2056, base_year: 2024, change_percent: 100 };
    const { metricById } = fixtureModel();
    expect(derivationText(d, i18n.getFixedT('zh'), 'zh', metricById)).toBe('由 2024 年的 2,056 及"同比增长 100%"推算：2,056 ÷ (1 + 100%)。');
    expect(derivationText(d, i18n.getFixedT('en'), 'en', metricById)).toContain('year-on-year increase of 100%');
    expect(derivationText({ kind: 'ratio', numerator: 'mediation.resolved', denominator: 'mediation.cases' }, i18n.getFixedT('en'), 'en', metricById)).toBe(
      'Computed as "Mediations succeeded" divided by "Mediation cases", both from the same report.',
    );
  });
});
