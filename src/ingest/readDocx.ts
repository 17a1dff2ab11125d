// A Word document's text, read as raw text by mammoth (no HTML is made). Its zip directory is checked first: a
// file that declares more unpacked bytes than any report holds (a zip bomb) is refused before anything is unpacked.
import { MAX_UNZIPPED_BYTES } from './limits.ts';
import { refuse, type ReadResult } from './types.ts';
import { zipDirectory } from './zipDirectory.ts';

export const readDocx = async (bytes: Uint8Array): Promise<ReadResult> => {
  const entries = zipDirectory(bytes);
  if (entries === null) return refuse('docx_damaged', 'docx');
  if (!entries.some((e) => e.name === 'word/document.xml')) return refuse('wrong_type', 'docx');
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > MAX_UNZIPPED_BYTES) return refuse('zip_bomb', 'docx');
  try {
    const { extractRawText } = await import('mammoth');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: both are given, so one call serves both.
    const { value } = await extractRawText({ arrayBuffer: buffer, buffer: bytes } as { arrayBuffer: ArrayBuffer });
    return { ok: true, text: value, format: 'docx' };
  } catch {
    return refuse('docx_damaged', 'docx');
  }
};
