// Guards for numbers that look like figures but are dates, ordinals, ranges, codes or names.
const OPENERS = '“‘「『《';
const CLOSERS = '”’」』》';
const RANGE_OR_JOIN = '-~～—–/:+×*.#';

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z_]/.test(ch);
const isNumeralChar = (ch: string | undefined): boolean =>
  ch !== undefined && (isDigit(ch) || '零〇一二两三四五六七八九十百千'.includes(ch));

/** Checks on the characters around a bare number, before its counter word is read. */
export function badNeighbours(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const before2 = text[start - 2];
  const after = text[end];
  const after2 = text[end + 1];
  if (before === '第') return true; // ordinals: 第3页, 第十次
  if (isLatin(before) || isLatin(after)) return true; // G20, 5G, 3A级
  if (before !== undefined && RANGE_OR_JOIN.includes(before) && (isDigit(before2) || '+×*#'.includes(before)))
    return true;
  if (after !== undefined && RANGE_OR_JOIN.includes(after) && isNumeralChar(after2)) return true; // 2-3名, 10:29, 2024/01
  if ((after === '至' || after === '到') && isNumeralChar(after2)) return true; // 2至3名
  if (after === '+') return true; // 12348+公共法律服务, 1+N
  return false;
}

/** Inside a short quotation or a document title: slogans (“三个规定”, “1+4+5”) and names (《…十项举措》). */
export function insideQuoteOrTitle(text: string, start: number, end: number): boolean {
  let opener = '';
  for (let i = start - 1; i >= 0 && i >= start - 60; i--) {
    const ch = text[i] ?? '';
    if (CLOSERS.includes(ch) || ch === '\n' || ch === '。') return false;
    if (OPENERS.includes(ch)) {
      opener = ch;
      if (ch !== '《' && start - i > 24) return false;
      break;
    }
  }
  if (opener === '') return false;
  const limit = opener === '《' ? 60 : 24;
  const closer = CLOSERS[OPENERS.indexOf(opener)] ?? '';
  for (let i = end; i < text.length && i < end + limit; i++) {
    const ch = text[i] ?? '';
    if (ch === closer) return true;
    if (OPENERS.includes(ch) || ch === '\n' || ch === '。') return false;
  }
  return false;
}
