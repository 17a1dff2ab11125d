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
