// Chinese numerals as written in reports: 十二, 两千, 三万五千, 一亿二千万, 九十八点二, 三万五 (= 35000).
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

function parseFraction(frac: string): string | null {
  let digits = '';
  for (const ch of frac) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    digits += String(d);
  }
  return digits.length > 0 ? digits : null;
}

/** Value of a Chinese numeral, or null when the string is not a well-formed amount. */
export function parseChineseNumber(input: string): number | null {
  if (input.length === 0 || input.length > 24) return null;
  const dot = input.indexOf('点');
  if (dot >= 0) {
    const whole = parseChineseNumber(input.slice(0, dot));
    const frac = parseFraction(input.slice(dot + 1));
    return whole === null || frac === null ? null : Number(`${whole}.${frac}`);
  }
  const chars = [...input];
  // A run of bare digits (二〇二四) is a year or a code, never an amount.
  if (chars.length > 1 && chars.every((ch) => DIGITS[ch] !== undefined)) return null;

  let total = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  let zeroSeen = false;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let lastUnit = 0;
  let started = false;
  for (const ch of chars) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== null) return null;
        zeroSeen = true;
      } else {
        if (digit !== null) return null; // 一五: two digits with no unit between
        digit = d;
      }
      started = true;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      // 十二 and 一百十 omit the 一; a bare leading 百/千 (近千) is left to the caller to accept.
      const n = digit ?? (small === 10 || !started ? 1 : null);
      if (n === null) return null;
      section += n * small;
      lastSmall = small;
      lastUnit = small;
      digit = null;
      zeroSeen = false;
      started = true;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined || big >= lastBig) return null;
    let part = section + (digit ?? 0);
    if (part === 0) {
      if (started) return null;
      part = 1;
    }
    if (big === 1e8) total = part * 1e8;
    else wan = part * 1e4;
    lastBig = big;
    lastUnit = big;
    section = 0;
    digit = null;
    zeroSeen = false;
    lastSmall = Infinity;
    started = true;
  }
  let tail = digit ?? 0;
  // 三万五 / 一千五: a digit right after 百/千/万 counts in the next lower unit.
  if (digit !== null && !zeroSeen && lastUnit >= 100) tail = (digit * lastUnit) / 10;
  const value = total + wan + section + tail;
  return Number.isFinite(value) ? value : null;
}

/** Arabic digits with optional thousands separators (comma or space) and decimals: "12,345.6" → 12345.6. */
export function parseArabicNumber(input: string): number | null {
  const cleaned = input.replace(/[, ]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
