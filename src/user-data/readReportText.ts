// A dropped or chosen file → its text, or the reason it cannot be a report: empty, binary, not UTF-8, too large.
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

export type TextProblem = 'empty' | 'binary' | 'encoding' | 'too_large' | 'no_figures';
export type ReadResult = { ok: true; text: string } | { ok: false; problem: TextProblem; size?: number };

export const decodeReport = (bytes: Uint8Array): ReadResult => {
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, problem: 'too_large', size: bytes.length };
  if (bytes.includes(0)) return { ok: false, problem: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding' };
  }
  return checkReportText(text);
};

export const checkReportText = (text: string): ReadResult => {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_REPORT_BYTES) return { ok: false, problem: 'too_large', size: text.length };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
};

export const readReportFile = async (file: Blob): Promise<ReadResult> =>
  file.size > MAX_REPORT_BYTES ? { ok: false, problem: 'too_large', size: file.size } : decodeReport(new Uint8Array(await file.arrayBuffer()));
