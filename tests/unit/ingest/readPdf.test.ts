// PDFs made by the test: one printed by Chromium from text written here (a running header, page numbers, CJK
// fonts), and hand-built ones for what Chromium will not print: a scan, an encrypted file, 10,000 pages.
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../../src/ingest/readReport.ts';
import { buildPdf } from '../../fixtures/ingest/buildPdf.ts';
import { launchPrinter, printPdf } from '../../fixtures/ingest/printPdf.ts';

const PARAGRAPHS = [
  '某市2023年法治政府建设年度报告',
  '一、行政复议',
  '2023年，全市各级行政复议机关共受理行政复议案件1234件，审结1100件，综合纠错率为12.3%，较上年有所下降，行政复议化解行政争议的主渠道作用进一步发挥。',
  '二、人民调解',
  '全市各级人民调解组织共调解矛盾纠纷5678件，调解成功率98.5%，有效维护了基层社会和谐稳定，为全市经济社会高质量发展营造了良好的法治环境。',
  ...Array.from({ length: 40 }, (_, i) => `（${i + 1}）${'持续推进严格规范公正文明执法，深化行政执法体制改革，'.repeat(3)}`),
  '三、法律援助',
  '全市法律援助机构共办理法律援助案件2345件，为受援人挽回经济损失若干元。',
];

describe('reading a PDF', () => {
  let browser: Browser;
  let printed: Uint8Array;
  beforeAll(async () => {
    browser = await launchPrinter();
    printed = await printPdf(browser, PARAGRAPHS, { header: '某市人民政府办公室' });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('reads the text layer of a printed report without its running header or page numbers', async () => {
    const read = await readReport(printed, { name: 'report.pdf', type: 'application/pdf' });
    expect(read).toMatchObject({ ok: true, format: 'pdf' });
    const text = read.ok ? read.text : '';
    const lines = text.split('\n');
    expect(lines[0]).toBe('某市2023年法治政府建设年度报告');
    expect(lines).toContain('2023年，全市各级行政复议机关共受理行政复议案件1234件，审结1100件，综合纠错率为12.3%，较上年有所下降，行政复议化解行政争议的主渠道作用进一步发挥。');
    expect(lines).toContain('全市法律援助机构共办理法律援助案件2345件，为受援人挽回经济损失若干元。');
    expect(text).not.toContain('某市人民政府办公室');
    expect(lines.filter((l) => /^-\s*\d+\s*-$/.test(l))).toEqual([]);
  }, 30_000);

  it('names a scan (pages without a text layer) as the cause', async () => {
    expect(await readReport(buildPdf({ pages: 3 }), { name: 'scan.pdf' })).toEqual({ ok: false, problem: 'pdf_scanned', format: 'pdf' });
  });
  it('names encryption as the cause', async () => {
    const encrypted = buildPdf({ pages: 2, encrypted: true, text: (n) => `Page ${n} of an encrypted annual report text.` });
    expect(await readReport(encrypted, { name: 'locked.pdf' })).toEqual({ ok: false, problem: 'pdf_encrypted', format: 'pdf' });
  });
  it('refuses a PDF of 10,000 pages from its page count, without reading the pages', async () => {
    expect(await readReport(buildPdf({ pages: 10_000 }), { name: 'huge.pdf' })).toEqual({ ok: false, problem: 'pdf_too_many_pages', format: 'pdf' });
  }, 30_000);
  it('calls a file that starts like a PDF but is not one damaged', async () => {
    expect(await readReport(new TextEncoder().encode('%PDF-1.7\nnothing else here'), { name: 'cut.pdf' })).toEqual({ ok: false, problem: 'pdf_damaged', format: 'pdf' });
  });
  it('reads hand-built text pages, one per page', async () => {
    const words = ['alpha', 'beta', 'gamma'];
    const read = await readReport(buildPdf({ pages: 3, text: (n) => `The ${words[n - 1]} county reviewed its cases.` }), { name: 'a.pdf' });
    expect(read).toEqual({ ok: true, format: 'pdf', text: 'The alpha county reviewed its cases.\nThe beta county reviewed its cases.\nThe gamma county reviewed its cases.' });
    expect(typeof globalThis.DecompressionStream).toBe('function'); // hidden from pdf.js in Node while it reads, then back
  });
});
