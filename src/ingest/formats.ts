// The registry of report file formats: how each is recognised (extension, MIME type, first bytes) and how its text
// is read. A new format is one entry here.
import { decodeText } from './decodeText.ts';
import { readDocx } from './readDocx.ts';
import { readHtml } from './readHtml.ts';
import { readPdf } from './readPdf.ts';
import { refuse, type ReportFormat } from './types.ts';

const startsWith = (head: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    id: 'pdf',
    extensions: ['.pdf'],
    mimeTypes: ['application/pdf'],
    // pdf.js, like Acrobat, accepts a few bytes of junk before the header.
    sniff: (head) => {
      for (let at = 0; at + PDF.length <= Math.min(head.length, 1024); at++) if (startsWith(head, PDF, at)) return true;
      return false;
    },
    read: readPdf,
  },
  {
    id: 'docx',
    extensions: ['.docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    sniff: (head) => startsWith(head, ZIP),
    read: readDocx,
  },
  {
    id: 'doc',
    extensions: ['.doc', '.wps'],
    mimeTypes: ['application/msword'],
    sniff: (head) => startsWith(head, OLE2),
    read: async () => refuse('doc_legacy', 'doc'),
  },
  {
    id: 'html',
    extensions: ['.html', '.htm', '.xhtml', '.shtml'],
    mimeTypes: ['text/html', 'application/xhtml+xml'],
    sniff: (head) => HTML_START.test(new TextDecoder('latin1').decode(head.subarray(0, 1024)).replace(/^\u00ef\u00bb\u00bf/, '')),
    read: readHtml,
  },
  {
    id: 'txt',
    extensions: ['.txt', '.text'],
    mimeTypes: ['text/plain'],
    read: async (bytes) => decodeText(bytes, 'txt'),
  },
];

/** What the file picker offers. */
export const ACCEPTED_EXTENSIONS = REPORT_FORMATS.filter((f) => f.id !== 'doc').flatMap((f) => f.extensions.slice(0, 2));
