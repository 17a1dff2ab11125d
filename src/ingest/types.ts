// What reading a report file gives: its text, or the one cause that stops it being read.
export type FormatId = 'txt' | 'pdf' | 'docx' | 'doc' | 'html';

export type ReadProblem =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too_large'
  | 'unsupported'
  | 'wrong_type'
  | 'pdf_encrypted'
  | 'pdf_scanned'
  | 'pdf_damaged'
  | 'pdf_too_many_pages'
  | 'doc_legacy'
  | 'docx_damaged'
  | 'zip_bomb'
  | 'html_too_deep'
  | 'timeout';

export type ReadResult =
  | { ok: true; text: string; format: FormatId }
  | { ok: false; problem: ReadProblem; format?: FormatId; size?: number };

/** Where pdf.js finds its character maps (a folder path in Node, a URL in the browser). */
export interface ReadOptions {
  pdfCMapUrl?: string;
}

/** One entry per file format: how it is recognised and how its text is read. */
export interface ReportFormat {
  id: FormatId;
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /** Recognises the format from its first bytes; absent for formats with no signature (plain text). */
  sniff?: (head: Uint8Array) => boolean;
  read: (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult>;
}

export const refuse = (problem: ReadProblem, format?: FormatId): ReadResult => ({ ok: false, problem, ...(format ? { format } : {}) });
