import { describe, expect, it } from 'vitest';
import { checkReportText } from '../../../src/user-data/readReportText.ts';

describe('checking pasted text', () => {
  it('drops a BOM, refuses empty text and text over 2 MiB characters', () => {
    expect(checkReportText('\uFEFF调解案件1200件')).toEqual({ ok: true, text: '调解案件1200件' });
    expect(checkReportText('  \n ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkReportText('a'.repeat(2 * 1024 * 1024 + 1))).toMatchObject({ ok: false, problem: 'too_large' });
  });
});
