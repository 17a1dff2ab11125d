// A PDF's text layer, read by pdf.js with script evaluation off (CVE-2024-4367). pdf.js runs in this thread as
// its own "fake worker": in the browser this module is itself loaded in a Web Worker, so the page stays free.
import { CopyingPort } from './copyingPort.ts';
import { MAX_PDF_PAGES, MAX_TEXT_CHARS } from './limits.ts';
import { pdfLines, type PdfLine, type PdfTextItem } from './pdfLines.ts';
import { pdfPagesToText } from './pdfPagesToText.ts';
import { unifyRadicals } from './unifyRadicals.ts';
import { refuse, type ReadOptions, type ReadResult } from './types.ts';
import { withoutGlobal } from './withoutGlobal.ts';

/** Fewer visible characters than this in the whole file: its pages are pictures (a scan), not text. */
const MIN_TEXT_CHARS = 20;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfJsWorker = typeof import('pdfjs-dist/legacy/build/pdf.worker.mjs');
let pdfjs: Promise<PdfJs & PdfJsWorker> | null = null;

// The legacy build (Node 20 lacks what the modern one needs) brings core-js, which on Node 20's V8 replaces
// Array.prototype.push and JSON's methods process-wide with slower copies, for old-V8 edge cases nothing here meets:
// reading a 100-page PDF took 40 % longer and the extractor slowed too. The native ones are put back.
const restoreNatives = () => {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  return () => {
    Object.defineProperty(Array.prototype, 'push', { value: natives.push });
    Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });
  };
};

const loadPdfJs = (): Promise<PdfJs & PdfJsWorker> =>
  (pdfjs ??= (async () => {
    const restore = restoreNatives();
    const g = globalThis as { pdfjsWorker?: PdfJsWorker };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    restore();
    return { ...lib, WorkerMessageHandler: g.pdfjsWorker.WorkerMessageHandler };
  })());

const problemOf = (error: unknown): ReadResult => {
  const name = (error as { name?: string } | null)?.name;
  return refuse(name === 'PasswordException' ? 'pdf_encrypted' : 'pdf_damaged', 'pdf');
};

const readPdfText = async (bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> => {
  const { getDocument, PDFWorker, VerbosityLevel, WorkerMessageHandler } = await loadPdfJs();
  // pdf.js's worker runs in this thread, talking to it through a port that copies messages cheaply (copyingPort.ts).
  const port = new CopyingPort();
  WorkerMessageHandler.initializeFromPort(port);
  const worker = new PDFWorker({ port: port as never, verbosity: VerbosityLevel.ERRORS });
  const task = getDocument({
    worker,
    data: new Uint8Array(bytes), // a copy: pdf.js takes the buffer over, and refuses a Node Buffer
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
    ...(options.pdfCMapUrl ? { cMapUrl: options.pdfCMapUrl, cMapPacked: true } : {}),
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) return refuse('pdf_too_many_pages', 'pdf');
    const pages: PdfLine[][] = [];
    const widths: number[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // Unicode normalisation is left to the extractor, which maps full-width forms itself.
      const content = await page.getTextContent({ disableNormalization: true });
      const lines = pdfLines(content.items.filter((item) => 'str' in item) as PdfTextItem[]);
      page.cleanup();
      chars += lines.reduce((sum, l) => sum + l.text.length, 0);
      if (chars > MAX_TEXT_CHARS) return refuse('too_large', 'pdf');
      pages.push(lines);
      widths.push(page.view[2] ?? 0);
    }
    const text = unifyRadicals(pdfPagesToText(pages, widths));
    if (text.replace(/\s/g, '').length < MIN_TEXT_CHARS) return refuse('pdf_scanned', 'pdf');
    return { ok: true, text, format: 'pdf' };
  } catch (error) {
    return problemOf(error);
  } finally {
    void task.destroy().finally(() => {
      worker.destroy();
      port.terminate();
    });
  }
};

// pdf.js inflates each compressed stream with DecompressionStream when there is one. Node's runs each stream as a zlib
// job on the thread pool behind web-stream adapters, and a PDF printed by Chromium has a stream per glyph outline (1,430
// in the bench's 102 pages): on a busy machine the reading thread sat idle 0.3–1 s per read waiting for them.
// Without it pdf.js inflates in this thread with its own decoder (its fallback for the same bytes). Browsers keep theirs.
const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

export const readPdf = (bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> =>
  inNode ? withoutGlobal('DecompressionStream', () => readPdfText(bytes, options)) : readPdfText(bytes, options);
