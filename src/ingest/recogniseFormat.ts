// Which format a file is. Its first bytes decide when they carry a signature (a web page saved as .doc, as many
// government sites publish, is read as HTML); its name or MIME type decide for formats that have none (plain text).
// A name that promises a signed format (.pdf, .docx) the bytes do not carry is a file of another type renamed, and
// is refused rather than guessed at.
import { REPORT_FORMATS } from './formats.ts';
import type { ReadProblem, ReportFormat } from './types.ts';

export interface FileLabel {
  name?: string;
  type?: string;
}

const extensionOf = (name = '') => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

export const recogniseFormat = (head: Uint8Array, label: FileLabel): ReportFormat | ReadProblem => {
  const bySignature = REPORT_FORMATS.find((f) => f.sniff?.(head));
  const ext = extensionOf(label.name);
  const mime = (label.type ?? '').split(';')[0]!.trim().toLowerCase();
  const byName = REPORT_FORMATS.find((f) => f.extensions.includes(ext)) ?? REPORT_FORMATS.find((f) => f.mimeTypes.includes(mime));
  if (bySignature) return bySignature;
  if (byName?.sniff && byName.id !== 'html') return 'wrong_type';
  if (byName) return byName;
  // No extension we know and no signature: read it as text if it is text, so a report saved as "report" still reads.
  return ext === '' || mime.startsWith('text/') ? REPORT_FORMATS.find((f) => f.id === 'txt')! : 'unsupported';
};
