// Extraction of a 100-page report: the five reports concatenated to 300,000 characters, timed in this Node process,
// as text and as a PDF read by the input layer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../src/extract/extractFigures.ts';
import { readReport } from '../../src/ingest/readReport.ts';
import { chromium } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with the Playwright config
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';
import { median } from './stats.ts';

export const REPORT_CHARS = 300_000;

export interface ExtractResult {
  chars: number;
  candidates: number;
  runsMs: number[];
  medianMs: number;
  pdf?: PdfExtractResult;
}

export const longReport = (dir: string, chars = REPORT_CHARS): string => {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  let text = '';
  while (text.length < chars && texts.length > 0) text += texts.join('\n\n');
  return text.slice(0, chars);
};

export const benchExtract = (dir: string, runs: number): ExtractResult => {
  const text = longReport(dir);
  extractFigures(text); // warm-up: JIT and the lazily built tables
  const runsMs: number[] = [];
  let candidates = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    candidates = extractFigures(text).length;
    runsMs.push(performance.now() - start);
  }
  return { chars: text.length, candidates, runsMs, medianMs: median(runsMs) };
};

export interface PdfExtractResult {
  pages: number;
  bytes: number;
  chars: number;
  candidates: number;
  /** Reading the PDF's text (src/ingest) and extracting its candidates, per run. */
  runsMs: number[];
  medianMs: number;
  readMedianMs: number;
  /** CPU time of this process per run (user + system): on a machine shared with other work, wall time overstates. */
  cpuMedianMs: number;
}

/** Font size that prints REPORT_CHARS of the reports on about 100 A4 pages. */
const PDF_FONT_PX = 11;

/**
 * The same 300,000 characters printed by Chromium to a PDF of about 100 pages (running header, page numbers), then
 * read by the input layer and extracted in this Node process, as the CLI does.
 */
export const benchPdfExtract = async (dir: string, runs: number, print: (html: string) => Promise<Uint8Array>): Promise<PdfExtractResult> => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = longReport(dir).split('\n').filter((l) => l.trim() !== '');
  const pdf = await print(`<!doctype html><html lang="zh-CN"><body style="font: ${PDF_FONT_PX}px/1.35 serif">${paragraphs.map((p) => `<p style="margin:0 0 .3em">${escape(p)}</p>`).join('')}</body></html>`);
  const read = async () => {
    const result = await readReport(pdf, { name: 'report.pdf' });
    if (!result.ok) throw new Error(`bench: the printed PDF could not be read (${result.problem})`);
    return result.text;
  };
  const text = await read(); // warm-up: loads pdf.js
  extractFigures(text);
  const runsMs: number[] = [];
  const readMs: number[] = [];
  const cpuMs: number[] = [];
  let candidates = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const runText = await read();
    readMs.push(performance.now() - start);
    candidates = extractFigures(runText).length;
    runsMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages = (await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise).numPages;
  return { pages, bytes: pdf.length, chars: text.length, candidates, runsMs, medianMs: median(runsMs), readMedianMs: median(readMs), cpuMedianMs: median(cpuMs) };
};

/** HTML → an A4 PDF printed by Chromium, with a running header and page numbers as reports have. */
export const printWithChromium = async (html: string): Promise<Uint8Array> => {
  const browser = await chromium.launch({ executablePath: chromiumPath() as string, args: CHROMIUM_ARGS as string[] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(
      await page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">法治政府建设年度报告</div>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
        margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
      }),
    );
  } finally {
    await browser.close();
  }
};
