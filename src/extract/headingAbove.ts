// 一、过去五年工作回顾 / 全市共调解矛盾纠纷6.2万件: a heading names the span of the paragraph right under it.
import { BULLET } from './bullets.ts';
import type { Span } from './sentences.ts';

const MAX_HEADING = 40;
// A heading is one short line without a sentence's end.
const NOT_A_HEADING = /[。;!?]/;

/**
 * The heading line right above a paragraph, or null (the paragraph opens the text, or the line above is prose).
 * `paragraphStart` is where a figure's look back stops (FigureContext.paragraphStart): on the line break that
 * opens its paragraph, or just after it; anywhere else the paragraph's start is out of reach and so is its heading.
 */
export function headingAbove(text: string, paragraphStart: number): Span | null {
  const lineBreak = text[paragraphStart] === '\n' ? paragraphStart : paragraphStart - 1;
  if (lineBreak < 0 || text[lineBreak] !== '\n') return null;
  let end = lineBreak;
  while (end > 0 && lineBreak - end < MAX_HEADING && /\s/.test(text[end - 1] ?? '')) end--;
  const floor = Math.max(0, end - MAX_HEADING - 1);
  let start = end;
  while (start > floor && text[start - 1] !== '\n') start--;
  if (start > 0 && text[start - 1] !== '\n') return null;
  const line = text.slice(start, end);
  if (line.length === 0 || NOT_A_HEADING.test(line)) return null;
  return { start, end };
}

// 🔹关键词:行政复议 / ✅ 区行政复议局…1,846件 / ✅ 其中涉企案件206件 / ✅ 受理1,702件: a short line without a figure or a
// sentence's stop, above lines of items, is their heading; its topic holds for an item that names none and follows one
// that names none either. Looked for a few lines up from the paragraph before, no further.
const HEADING_LINES = 6;
const MAX_ITEMS_HEADING = 24;
const NOT_AN_ITEMS_HEADING = /[\d。;,]/;

// The starts of a text's lines, computed once per text (a figure's look back is then a binary search, not a scan back
// through a line that may be the whole of a page without line breaks).
let lineCache: { text: string; starts: number[] } | null = null;

function lineStarts(norm: string): number[] {
  if (lineCache?.text !== norm) {
    const starts = [0];
    for (let i = norm.indexOf('\n'); i >= 0; i = norm.indexOf('\n', i + 1)) starts.push(i + 1);
    lineCache = { text: norm, starts };
  }
  return lineCache.starts;
}

/**
 * The heading line a few lines above the paragraph that starts at `from` (or the line holding `from - 1`), passing over
 * lines of items with figures of their own, or ''.
 */
export function itemsHeadingAbove(norm: string, from: number): string {
  const starts = lineStarts(norm);
  // The line holding `from - 1` (the end of the line above the paragraph when `from` opens one).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= Math.max(0, from - 1)) lo = mid;
    else hi = mid - 1;
  }
  for (let k = lo; k >= 0 && lo - k < HEADING_LINES; k--) {
    const start = starts[k] ?? 0;
    const end = Math.min(from, (starts[k + 1] ?? norm.length + 1) - 1);
    if (end <= start || end - start > MAX_ITEMS_HEADING * 4) continue;
    const line = norm.slice(start, end).trim();
    if (line.length > 0 && line.length <= MAX_ITEMS_HEADING && !NOT_AN_ITEMS_HEADING.test(line)) return line;
  }
  return '';
}

// （一）市法律援助中心 / 全年受理法律援助案件927件…, ● 市行政复议局（市政府行政复议办公室）/ 收到申请1,046件…: a heading line that
// is only one body's name (after its number or bullet, before a bracket of its second name) makes that body the subject of
// the paragraph right under it. (Not a heading of a field, 人民调解, nor of the whole, 全市汇总, 各县区; nor a line without a
// number or bullet: the issuer's name under a report's title signs it, 舒城县人民政府 / 2024年1月20日.)
// A government, bureau, court or centre after its level (市, 县, 涪城区), so that 建设法治政府 is no body; a committee, office,
// studio or hotline after any name.
const LEVELLED_BODIES = [
  '人民政府',
  '政府',
  '司法局',
  '司法厅',
  '人民法院',
  '法院',
  '行政复议局',
  '行政复议(?:办公室|委员会)',
  '法律援助中心',
  '法律援助处',
  '公共法律服务中心',
];
const NAMED_BODIES = [
  '(?:人民)?调解委员会',
  '调委会',
  '调解中心',
  '调解室',
  '工作室',
  '司法所',
  '人民法庭',
  '公证处',
  '热线',
  '法律援助(?:工作)?站',
];
const BODY_HEADING = new RegExp(
  `^(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十\\d]{1,3}[)]|\\d{1,2}[、.](?!\\d)|${BULLET})\\s*([\\u4e00-\\u9fa5\\d]{0,16}?(?:[省市县区旗州盟](?:${LEVELLED_BODIES.join('|')})|${NAMED_BODIES.join('|')}))(?:[(][^()]{1,24}[)])?$`,
  'u',
);
const WHOLE_OR_SOME = /[全各]|汇总|合计|总计|以及|和|与|及|、/;

/**
 * The body a heading line right above the paragraph names as its subject (市法律援助中心 of （一）市法律援助中心), or ''.
 * `paragraphStart` as for headingAbove.
 */
export function bodyHeadingAbove(text: string, paragraphStart: number): string {
  const span = headingAbove(text, paragraphStart);
  if (span === null) return '';
  const body = BODY_HEADING.exec(text.slice(span.start, span.end).trim())?.[1] ?? '';
  return WHOLE_OR_SOME.test(body) ? '' : body;
}
