import { extractFigures } from '../extract/extractFigures.ts';
import type { Candidate, ExtractOptions } from '../extract/types.ts';

export const EXTRACT_TIMEOUT_MS = 20_000;

/** Extraction in a Web Worker with a time limit; where workers do not exist (tests), in this thread. */
export const extractInWorker = (text: string, options: ExtractOptions): Promise<Candidate[]> => {
  if (typeof Worker === 'undefined') return Promise.resolve(extractFigures(text, options));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error('timeout'));
    }, EXTRACT_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent<{ ok: boolean; candidates?: Candidate[]; message?: string }>) => {
      clearTimeout(timer);
      worker.terminate();
      if (e.data.ok && e.data.candidates) resolve(e.data.candidates);
      else reject(new Error(e.data.message ?? 'extraction failed'));
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ text, options });
  });
};
