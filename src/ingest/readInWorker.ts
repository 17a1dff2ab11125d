// The browser's entry to the input layer: a chosen or dropped file (or HTML pasted from a web page) read in a Web
// Worker with a time limit; where workers do not exist (component tests), in this thread.
import { MAX_FILE_BYTES } from './limits.ts';
import type { ReadRequest } from './read.worker.ts';
import type { ReadResult } from './types.ts';

export const READ_TIMEOUT_MS = 30_000;

const inWorker = (request: ReadRequest, transfer: Transferable[] = []): Promise<ReadResult> =>
  new Promise((resolve) => {
    const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: ReadResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, problem: 'timeout' }), READ_TIMEOUT_MS);
    // pdf.js's worker module, loaded in this worker to run in-thread, also announces itself on the worker's port
    // ({action: 'ready'}); only a read result ends the wait.
    worker.onmessage = (e: MessageEvent<ReadResult | { action: string }>) => {
      if ('ok' in e.data) finish(e.data);
    };
    worker.onerror = () => finish({ ok: false, problem: 'unsupported' });
    worker.postMessage(request, transfer);
  });

/** pdf.js's character maps, copied into the build (vite.config.ts), for PDFs whose fonts are not embedded. */
const cMapUrl = () => new URL('pdfjs/cmaps/', document.baseURI).href;

export const readFileInWorker = async (file: File): Promise<ReadResult> => {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too_large', size: file.size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (typeof Worker === 'undefined') return (await import('./readReport.ts')).readReport(bytes, file);
  return inWorker({ kind: 'file', bytes, name: file.name, type: file.type, options: { pdfCMapUrl: cMapUrl() } }, [bytes.buffer]);
};

export const htmlToTextInWorker = async (html: string): Promise<ReadResult> =>
  typeof Worker === 'undefined' ? (await import('./readHtml.ts')).htmlToText(html) : inWorker({ kind: 'html', html });
