import { describe, expect, it } from 'vitest';
import { checkReportText, decodeReport, MAX_REPORT_BYTES } from '../../../src/user-data/readReportText.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading a report file', () => {
  it('accepts UTF-8 text and drops a BOM', () => {
    expect(decodeReport(bytes('\uFEFF调解案件1200件'))).toEqual({ ok: true, text: '调解案件1200件' });
  });
  it.each([
    ['empty', bytes('  \n ')],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])],
    ['encoding', new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0x41])], // GBK, not UTF-8
  ])('says why it cannot read %s input', (problem, input) => {
    expect(decodeReport(input)).toMatchObject({ ok: false, problem });
  });
  it('refuses a 10 MB file with its size', () => {
    expect(decodeReport(new Uint8Array(10 * 1024 * 1024).fill(0x41))).toEqual({ ok: false, problem: 'too_large', size: 10 * 1024 * 1024 });
    expect(checkReportText('a'.repeat(MAX_REPORT_BYTES + 1))).toMatchObject({ ok: false, problem: 'too_large' });
  });
});
