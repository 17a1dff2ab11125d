// Reads a report file off the main thread: PDF parsing, unzipping and HTML parsing never freeze the page, and a
// file that takes too long is stopped by terminating this worker.
import { htmlToText } from './readHtml.ts';
import { readReport } from './readReport.ts';
import type { ReadOptions, ReadResult } from './types.ts';

export type ReadRequest =
  | { kind: 'file'; bytes: Uint8Array; name: string; type: string; options: ReadOptions }
  | { kind: 'html'; html: string };

self.onmessage = async (event: MessageEvent<ReadRequest | { targetName: string }>) => {
  const request = event.data;
  if (!('kind' in request)) return; // pdf.js's own messages, for its in-thread worker
  let result: ReadResult;
  try {
    result =
      request.kind === 'file'
        ? await readReport(request.bytes, { name: request.name, type: request.type }, request.options)
        : await htmlToText(request.html);
  } catch {
    result = { ok: false, problem: 'unsupported' };
  }
  self.postMessage(result);
};
