// The one input layer: a report file's bytes and name → its text, or the one cause that stops it being read.
// Used by the CLI in Node and, in a Web Worker, by the dashboard's "Add a report" dialog.
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from './limits.ts';
import { recogniseFormat, type FileLabel } from './recogniseFormat.ts';
import { refuse, type ReadOptions, type ReadResult } from './types.ts';

export const readReport = async (
  bytes: Uint8Array,
  label: FileLabel,
  options: ReadOptions = {},
): Promise<ReadResult> => {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: 'too_large', size: bytes.length };
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return refuse('empty');
  const format = recogniseFormat(bytes.subarray(0, 1024), label);
  if (typeof format === 'string') return refuse(format);
  // No encoding spends more than 4 bytes on a character: a text file over 4 × the character bound is too long before it
  // is decoded (10 MB of text took seconds to detect and decode only to be refused).
  if (format.id === 'txt' && bytes.length > 4 * MAX_TEXT_CHARS)
    return { ok: false, problem: 'too_large', format: 'txt', size: bytes.length };
  const read = await format.read(bytes, options);
  if (!read.ok) return read;
  // trim() takes a BOM (U+FEFF) as a blank too.
  if (read.text.trim() === '') return refuse('empty', read.format);
  if (read.text.length > MAX_TEXT_CHARS)
    return { ok: false, problem: 'too_large', format: read.format, size: read.text.length };
  return read;
};
