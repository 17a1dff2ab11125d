// A same-order copy of the report for matching: simplified characters, half-width digits and
// punctuation, no stray whitespace, no page furniture, and lines re-joined where a web copy broke a
// sentence. `pos` maps every character back to the original, so evidence can be cut verbatim.
import {
  isFurnitureLine,
  isHeading,
  isListedHeadline,
  MAX_LISTED_HEADLINES,
  opensRelatedList,
  runningHeaderLines,
  startsWithMarker,
} from './furniture.ts';
import { toSimplified } from './toSimplified.ts';
import { BULLET } from './bullets.ts';
import { COMMON_COUNTERS } from './units.ts';

export interface NormalizedText {
  text: string;
  /** pos[i] is the index in the original text of text[i]. */
  pos: Int32Array;
}

const WHITESPACE = -1;
const NEWLINE = 0x0a;

const isArrow = (code: number): boolean =>
  code === 0x25b6 || code === 0x25ba || code === 0x27a4 || code === 0x25b8;

function mapChar(code: number): number {
  if (code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000) return WHITESPACE;
  if ((code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0xfeff)
    return WHITESPACE;
  if (code < 0x20 || code === 0x7f || code === 0xfffd) return NEWLINE; // binary junk ends any sentence
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII: １２％，（）
  if (code === 0xfe6a) return 0x25; // ﹪
  if (code === 0xff61) return 0x3002; // ｡
  if (code === 0xff64) return 0x3001; // ､
  if (code === 0xfe50) return 0x2c;
  if (code === 0xfe54) return 0x3b;
  // ▶ ► ➤ ▸ between the items of a line (调解纠纷52.6万件 ▶ 调解成功率98.5%) part them as a comma does.
  if (isArrow(code)) return 0x2c;
  return code;
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
const PINYIN_LETTER = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

/**
 * Some pages gloss characters with pinyin: 3萬(wàn)余件, 區(qū). Returns the index of the closing
 * bracket of such a gloss opening at `open`, or -1; the gloss is dropped so the figure reads again.
 */
function pinyinGlossEnd(source: string, open: number): number {
  let tone = false;
  for (let j = open + 1; j < source.length && j <= open + 8; j++) {
    const ch = source[j] ?? '';
    if (ch === ')' || ch === '）') return tone && j > open + 1 ? j : -1;
    if (!PINYIN_LETTER.test(ch)) return -1;
    tone ||= TONE_MARK.test(ch);
  }
  return -1;
}
const TERMINAL = '。!?;:…';
const CLOSERS = '”’」』)》';
const OPEN_END = ',、“‘《(—-';
const CONTINUING_START = ',、。;:”’》)%!?';

// A bullet opening a line starts an item of a list, never the rest of the line before.
const BULLET_START = new RegExp(`^${BULLET}`, 'u');
const COUNT_OPENS_LINE = new RegExp(`^\\d[\\d,.]*(?:万|亿)?(?:${COMMON_COUNTERS})`);
const BRACKET_HEADING = /^【[^】]{1,16}】$/;
const LINK_START = /^(?:https?:\/\/|www\.)/;
const DATELINE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\d{1,2}:\d{2}|https?:\/\/|www\./;

// 关于印发《苏州市2024年法治政府建设工作要点》的通知, …2024年工作总结和2025年工作计划: the page's first line, ending as the
// name of a document does and with no comma, is its title, however long: never joined to the first line of the text.
const TITLE_END = /(?:通知|报告|总结|计划|要点|方案|答复|讲话|公报|白皮书|意见|决定|综述|纪实|侧记)[》”"]?$/;

function isTitle(line: string, first: boolean): boolean {
  return first && TITLE_END.test(line) && !/,(?!\d)|(?<!\d),|[。;:]/.test(line);
}

function isSoftBreak(prev: string, next: string): boolean {
  if (isHeading(prev) || startsWithMarker(next) || BULLET_START.test(next)) return false;
  // 【法律援助】 alone on a line is a heading of what follows, never a wrapped part of a sentence.
  if (BRACKET_HEADING.test(prev) || BRACKET_HEADING.test(next)) return false;
  let i = prev.length - 1;
  while (i > 0 && CLOSERS.includes(prev[i] ?? '')) i--;
  const last = prev[i] ?? '';
  if (TERMINAL.includes(last)) return false;
  // A page's dateline or link (…sina.com.cn 2007年01月19日 09:00 解放日报) is never prose the page wrapped.
  if (DATELINE.test(prev) || LINK_START.test(next)) return false;
  if (OPEN_END.includes(prev[prev.length - 1] ?? '')) return true;
  if (CONTINUING_START.includes(next[0] ?? '')) return true;
  // 行政机关总败诉率为 / 14.2%: a line that stops at the verb before its number, the number on a line of its own.
  if (/(?:为|达到?|是|共计?)$/.test(prev) && /^\d/.test(next)) return true;
  // 全年全市共办理法律援助案件 / 1,204件: a count on the next line, its words on this one (a PDF's line or page broke there).
  if (/[\u4e00-\u9fa5]$/.test(prev) && COUNT_OPENS_LINE.test(next)) return true;
  // A long line, or one that is prose (has a comma), stopping mid-sentence was wrapped by the page,
  // not ended by the author; a short line without commas is a title.
  // (The comma of a number, 3,200件, is no prose.)
  return prev.length >= 25 || /[、]|,(?!\d)|(?<!\d),/.test(prev);
}

function fromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
  }
  return out;
}

// 二〇一九年 is 2019年: written in digits, a year reads like any other (自二〇一九年以来). One character for one, so
// `pos` still holds.
const CHINESE_YEAR = /(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年)/g;
const CHINESE_DIGIT: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function chineseYearsAsDigits(text: string): string {
  return text.replace(CHINESE_YEAR, (year) => [...year].map((ch) => CHINESE_DIGIT[ch] ?? ch).join(''));
}

interface Line {
  from: number; // range in the per-line buffer
  to: number;
  newlineAt: number; // original index of the line break that ends it
}

export function normalizeText(original: string): NormalizedText {
  const source = toSimplified(original);
  const n = source.length;
  const buf = new Uint16Array(n);
  const bufPos = new Int32Array(n);
  const lines: Line[] = [];
  let len = 0;
  let lineFrom = 0;
  let pendingSpace = -1;
  for (let i = 0; i <= n; i++) {
    const raw = i < n ? source.charCodeAt(i) : NEWLINE;
    if (raw === NEWLINE && (i === n || source.charCodeAt(i) === NEWLINE)) {
      if (len > lineFrom) lines.push({ from: lineFrom, to: len, newlineAt: i });
      lineFrom = len;
      pendingSpace = -1;
      continue;
    }
    const code = mapChar(raw);
    // An arrow opening a line is its bullet, no clause break (see mapChar): it stays, and opens an item (isSoftBreak).
    if (isArrow(raw) && len === lineFrom) {
      buf[len] = raw;
      bufPos[len++] = i;
      continue;
    }
    if (code === 0x28 && len > lineFrom && isHan(buf[len - 1] ?? 0)) {
      const close = pinyinGlossEnd(source, i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (code === WHITESPACE) {
      // Keep one space between digits so "12 345" can still be read as a thousands group.
      if (pendingSpace < 0 && len > lineFrom && isAsciiDigit(buf[len - 1] ?? 0)) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && isAsciiDigit(code)) {
      buf[len] = 0x20;
      bufPos[len++] = pendingSpace;
    }
    pendingSpace = -1;
    buf[len] = code;
    bufPos[len++] = i;
  }

  const out = new Uint16Array(len + lines.length);
  const pos = new Int32Array(len + lines.length);
  let outLen = 0;
  let prev: string | null = null;
  let prevLine: Line | null = null;
  let related = 0; // headline lines of a list of other articles still to pass over
  let firstLine: Line | null = null;
  const compacts = lines.map((line) =>
    line.to - line.from <= 200
      ? fromCodes(buf.subarray(line.from), line.to - line.from).replace(/ /g, '')
      : null,
  );
  const headers = runningHeaderLines(compacts);
  for (const [k, line] of lines.entries()) {
    const compact = compacts[k] ?? null;
    if (headers.has(k) || (compact !== null && isFurnitureLine(compact))) continue;
    // The list of other articles (相关新闻: and the headlines under it) is no part of the page's text.
    if (compact !== null && opensRelatedList(compact)) {
      related = MAX_LISTED_HEADLINES;
      continue;
    }
    if (compact !== null && related > 0 && isListedHeadline(compact)) {
      related--;
      continue;
    }
    related = 0;
    const text =
      compact ?? fromCodes(buf.subarray(line.from), 200) + fromCodes(buf.subarray(line.to - 30), 30);
    if (
      prev !== null &&
      prevLine !== null &&
      (isTitle(prev, prevLine === firstLine) || !isSoftBreak(prev, text))
    ) {
      out[outLen] = NEWLINE;
      pos[outLen++] = prevLine.newlineAt;
    }
    out.set(buf.subarray(line.from, line.to), outLen);
    pos.set(bufPos.subarray(line.from, line.to), outLen);
    outLen += line.to - line.from;
    prev = text;
    prevLine = line;
    firstLine ??= line;
  }
  return { text: chineseYearsAsDigits(fromCodes(out, outLen)), pos: pos.slice(0, outLen) };
}
