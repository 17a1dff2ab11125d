import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber, formatValue, markValue } from '../../../src/i18n/formatNumber.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { en } from '../../../src/i18n/en.ts';

describe('locale numbers', () => {
  it.each([
    [43200, '4.32万', '43,200'],
    [110000000, '1.1亿', '110,000,000'],
    [59000, '5.9万', '59,000'],
    [45060, '45,060', '45,060'],
    [2779, '2,779', '2,779'],
    [98.56, '98.56', '98.56'],
  ])('%d → zh %s, en %s', (value, zhText, enText) => {
    expect(formatNumber(value, 'zh')).toBe(zhText);
    expect(formatNumber(value, 'en')).toBe(enText);
  });

  it('adds units and qualifier marks', () => {
    expect(formatValue(98.2, 'percent', 'en')).toBe('98.2%');
    expect(formatValue(110000000, 'yuan', 'zh')).toBe('1.1亿元');
    expect(markValue('5.9万', 'approx')).toBe('≈5.9万');
    expect(markValue('6万', 'lower_bound')).toBe('≥6万');
    expect(markValue('1,028', 'derived')).toBe('1,028†');
    expect(markValue('1,028', 'exact')).toBe('1,028');
    expect(formatNumber(729.8312, 'en', { perCapita: true })).toBe('729.8');
    expect(formatCompact(45000, 'zh')).toBe('4.5万');
  });
});

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('translations', () => {
  it('en has exactly the keys of zh, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    expect(keys(en).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en) === '')).toEqual(
      ['units.count'],
    );
  });
});

describe('grouping without Intl', () => {
  it.each([
    [-1234.5, 'en', '-1,234.5'],
    [1.005, 'en', '1'],
    [0.1 + 0.2, 'en', '0.3'],
    [1234567.891, 'en', '1,234,567.89'],
    [12345.6, 'zh', '12,345.6'],
    [-20000, 'zh', '-2万'],
    [0, 'zh', '0'],
  ] as const)('%d in %s → %s', (value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });

  it('keeps the one decimal of per-capita values, as Intl did', () => {
    expect(formatNumber(12, 'zh', { perCapita: true })).toBe('12.0');
    expect(formatNumber(123456.04, 'en', { perCapita: true })).toBe(new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(123456.04));
  });
});
