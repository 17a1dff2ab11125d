// Year-in-numbers posts (数说, 一图读懂) put the number first and its words after it, on the same line or the next:
// ▲ 5,431件 / 全年办理法律援助案件…; 【98.3%】人民调解成功率; 1,604件 —— 全市两级行政复议机关收案数. Read as prose, the number
// has no words before it. Each such number is moved to the end of its words' first clause, as a report would write it
// (全年办理法律援助案件5,431件,…), every character still mapped to where it stands on the page, so the evidence is
// still cut verbatim (it then runs from the number through its words).
import { BULLET } from './bullets.ts';
import { COMMON_COUNTERS } from './units.ts';
import { linesOf, RewriteWriter, type Line, type RewrittenText } from './rewrittenText.ts';

// A post's own marks open its lines too: · * # -.
const MARK = `(?:${BULLET}|[·*#-])`;
// The number with its hedges and unit: 5,431件, 1.5万余件, 近6000件, 98.6%, 1.2万人次, 4870余万元.
const FIGURE = `(?:近|约|超|逾|超过)?\\d[\\d,，]*(?:\\.\\d+)?(?:万|亿)?(?:余|多)?(?:${COMMON_COUNTERS}|万元|亿元|%|％|个百分点)?(?:余|多)?`;
// A line that opens with the number: a bullet, a bracket, then the number; its words follow after 】, a dash or a
// colon, or stand on the next line.
const NUMBER_FIRST = new RegExp(
  `^(${MARK}\\s*|No\\.\\s?\\d+\\s+)?(【\\s*)?(${FIGURE})(\\s*】)?\\s*([—–]{1,2}|-{2}|[:：|｜])?\\s*(.*)$`,
  'du',
);
// Where the words' first clause ends: the number goes there.
// (Not the comma of a number: 1,200.)
const CLAUSE_END = /[，。;；:：!！?？(（]|,(?!\d)|(?<!\d),/;
const HAN = /^(?:[\u4e00-\u9fa5“"《]|(?:19|20)\d{2}年)/;
const FIGURE_IN_WORDS = new RegExp(`\\d(?:[\\d,.]*)(?:万|亿)?(?:余|多)?(?:${COMMON_COUNTERS}|%|％)`);
const ENDS_A_SENTENCE = /[。;；!！?？]$/;

/** The line before a number alone: empty, with no words (01, ——), or ended by a stop. */
const endsAStatement = (line: string): boolean =>
  !/[\u4e00-\u9fa5]/.test(line) || /[。;；!！?？:：】]\s*$/.test(line);

/** The number of a line that opens with one, and where its own words start (-1: on the next line), or null. */
function numberFirst(
  line: Line,
): { figure: number; figureEnd: number; words: number; marked: boolean } | null {
  const lead = line.text.length - line.text.trimStart().length;
  const trimmed = line.text.trim();
  // (Only a line with a digit among its first characters can open with a number: most lines are passed over here.)
  if (!/\d/.test(trimmed.slice(0, 8))) return null;
  const m = NUMBER_FIRST.exec(trimmed);
  if (m === null) return null;
  const figure = m[3] ?? '';
  // A bare integer is a list's ordinal or a year (01, 2023): the number needs a unit, a decimal point or a hedge.
  if (!/[^\d]/.test(figure) || /^(?:19|20)\d{2}$/.test(figure)) return null;
  const figureStart = line.start + lead + (m.indices?.[3]?.[0] ?? 0);
  const rest = m[6] ?? '';
  const words = rest === '' ? -1 : line.start + lead + trimmed.length - rest.length;
  // Words on the same line follow a closed bracket, a dash or a colon (● 412名农民工追回…, ▲ 98.6%的受援人… are prose).
  const parted = (m[2] !== undefined && m[4] !== undefined) || m[5] !== undefined;
  if (words >= 0 && (!parted || !HAN.test(rest))) return null;
  return {
    figure: figureStart,
    figureEnd: figureStart + figure.length,
    words,
    marked: m[1] !== undefined || parted,
  };
}

/** The text with each number-first line rewritten words first, or null when the text has none. */
export function numbersFirstAsSentences(text: string): RewrittenText | null {
  const lines = linesOf(text);
  const out = new RewriteWriter();
  let copiedTo = 0;
  let found = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line === undefined) continue;
    const n = numberFirst(line);
    if (n === null) continue;
    let words: Line;
    if (n.words >= 0)
      words = { text: text.slice(n.words, line.start + line.text.trimEnd().length), start: n.words };
    else {
      // A number alone on its line, unmarked, takes the next line's words only where the line before is no label or
      // unfinished sentence of its own (办理法律援助案件 / 5,431件; …出庭应诉率达到 / 100%): empty, an ordinal, or ended.
      if (!n.marked && !endsAStatement(lines[k - 1]?.text ?? '')) continue;
      const next = lines[k + 1];
      const rest = next?.text.trim() ?? '';
      if (next === undefined || !HAN.test(rest) || numberFirst(next) !== null) continue;
      words = { text: rest, start: next.start + next.text.length - next.text.trimStart().length };
    }
    const cut = words.text.search(CLAUSE_END);
    const head = cut < 0 ? words.text.length : cut;
    // (Words whose first clause holds a figure of its own are no label: the figure is left where it stands. A year or a
    // hotline's number, 12348热线, is no figure.)
    if (head === 0 || FIGURE_IN_WORDS.test(words.text.slice(0, head))) continue;
    found = true;
    // Through the line's start, then its words' first clause, the number, and the rest of the words.
    out.copy(text.slice(copiedTo, line.start), copiedTo);
    out.copy(text.slice(words.start, words.start + head), words.start);
    out.copy(text.slice(n.figure, n.figureEnd), n.figure);
    out.copy(text.slice(words.start + head, words.start + words.text.length), words.start + head);
    // Each item is a statement of its own: it ends where its line ends.
    const wordsEnd = words.start + words.text.length;
    if (!ENDS_A_SENTENCE.test(words.text)) out.add('。', Math.max(words.start, wordsEnd - 1));
    const lineEnd = n.words >= 0 ? line.start + line.text.trimEnd().length : wordsEnd;
    copiedTo = lineEnd;
    if (n.words < 0) k++;
  }
  if (!found) return null;
  out.copy(text.slice(copiedTo, text.length), copiedTo);
  return out.result();
}
