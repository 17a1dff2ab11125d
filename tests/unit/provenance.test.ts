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
  it('finds the figure as written, with 万 and 亿', () => {
    expect(mark('共受理45060件,成功化解44252件', [44252])).toBe('44252');
    expect(mark('调解矛盾纠纷近5.9万件', [59000])).toBe('5.9万');
    expect(mark('挽回经济损失1.1亿元', [110000000])).toBe('1.1亿');
    expect(mark('办理行政复议案件2056件,较2023年同比增长100%', [1028, 2056])).toBe('2056');
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
