// Bytes of a text file → its text: UTF-8 (with or without BOM), UTF-16 with a BOM, or what an encoding detector
// names (GB18030/GBK, Big5, …) when the bytes are not UTF-8. Decoding is strict: a guess that leaves invalid
// bytes is not taken.
import { analyse } from 'chardet';
import { refuse, type FormatId, type ReadResult } from './types.ts';

const strict = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    // ignoreBOM keeps a UTF-8 byte-order mark, so offsets match the file read as UTF-8 elsewhere.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' }).decode(bytes);
  } catch {
    return null;
  }
};

const utf16 = (bytes: Uint8Array): string | null => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes);
  return null;
};

const controlShare = (text: string): number => {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return text.length === 0 ? 0 : control / text.length;
};

/** Names chardet may give that TextDecoder reads, most likely for this project's reports first; GB18030 is a
 * superset of GBK and GB2312. */
const PREFERENCE = ['GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE', 'EUC-JP', 'EUC-KR', 'Shift_JIS'];

export const decodeText = (bytes: Uint8Array, format: FormatId = 'txt'): ReadResult => {
  const bom16 = utf16(bytes);
  if (bom16 !== null) return { ok: true, text: bom16.replace(/^\uFEFF/, ''), format };
  if (bytes.includes(0)) return refuse('binary', format);
  const text = strict('utf-8', bytes) ?? detected(bytes);
  if (text === null) return refuse('encoding', format);
  if (controlShare(text) > 0.05) return refuse('binary', format);
  return { ok: true, text, format };
};

const detected = (bytes: Uint8Array): string | null => {
  // Among equally likely guesses (short texts give little to go on), mainland Chinese first: Big5, EUC-JP and
  // EUC-KR also decode most GBK byte pairs, into nonsense.
  const guesses = analyse(bytes)
    .filter((m) => PREFERENCE.includes(m.name))
    .sort((a, b) => b.confidence - a.confidence || PREFERENCE.indexOf(a.name) - PREFERENCE.indexOf(b.name));
  for (const guess of guesses) {
    const text = strict(guess.name.toLowerCase(), bytes);
    if (text !== null) return text;
  }
  return null;
};
