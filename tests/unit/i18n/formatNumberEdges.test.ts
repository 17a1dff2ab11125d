// Edges of the number formats that the mutation run (npm run test:mutation) found untested.
import { describe, expect, it } from 'vitest';
import { QUALIFIER_MARK, formatCompact, formatNumber, formatValue } from '../../../src/i18n/formatNumber.ts';

describe('number formats at their edges', () => {
  it('exactly one 万 or one 亿 is written with the large unit in zh', () => {
    expect(formatNumber(10000, 'zh')).toBe('1万');
    expect(formatNumber(100000000, 'zh')).toBe('1亿');
    expect(formatNumber(9999, 'zh')).toBe('9,999');
  });

  it('yuan in English is a ¥ before the number', () => {
    expect(formatValue(1200, 'yuan', 'en')).toBe('¥1,200');
    expect(formatValue(1200, 'yuan', 'zh')).toBe('1,200元');
    expect(formatValue(1200, 'count', 'en')).toBe('1,200');
  });

  it('compact axis labels in English', () => {
    expect(formatCompact(45000, 'en')).toBe('45K');
    expect(formatCompact(45000, 'zh')).toBe('4.5万');
    expect(formatCompact(1200000, 'en')).toBe('1.2M');
  });

  it('every qualifier has its mark', () => {
    expect(QUALIFIER_MARK).toEqual({ exact: '', approx: '≈', lower_bound: '≥', derived: '†' });
  });
});
