// Traditional → Simplified for matching only. The phrase dictionaries can change a string's length,
// which would break offsets, so such text is converted one character at a time instead.
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let converter: Convert | null | undefined;
const charCache = new Map<string, string>();

function getConverter(): Convert | null {
  if (converter === undefined) {
    try {
      converter = OpenCC.Converter({ from: 'hk', to: 'cn' });
    } catch {
      converter = null;
    }
  }
  return converter;
}

function convertChar(convert: Convert, ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const converted = convert(ch);
    out = converted.length === ch.length ? converted : ch;
    charCache.set(ch, out);
  }
  return out;
}

/** Same length as the input; any failure returns the input unchanged. */
export function toSimplified(text: string): string {
  const convert = getConverter();
  if (convert === null || text.length === 0) return text;
  try {
    const whole = convert(text);
    if (whole.length === text.length) return whole;
    let out = '';
    for (let i = 0; i < text.length; i++) out += convertChar(convert, text[i] ?? '');
    return out;
  } catch {
    return text;
  }
}
