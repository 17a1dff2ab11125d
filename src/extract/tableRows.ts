// A table copied out of a page or a PDF arrives as lines of cells: a header line (指标 单位 数量 比上年增长(%)), then
// rows (新收行政复议案件 件 15283 39.6). Read as prose, its numbers have no words beside them. Each row is rewritten as
// the sentence a report would write (新收行政复议案件15283件,比上年增长39.6%。), every character of it mapped back to the
// cell it comes from, so the rest of the extractor reads it as it reads prose and its evidence is still cut verbatim
// from the page (新收行政复议案件 件 15283). A table that is not one header line and rows of the same cells is left as it is.

import { COMMON_COUNTERS } from './units.ts';
import { linesOf, RewriteWriter, type Line, type RewrittenText } from './rewrittenText.ts';

interface Cell {
  text: string;
  start: number;
}

const SEPARATOR = /[\t\u3000 |]+/g;
const PROSE = /[。,\uff0c;\uff1b:\uff1a!\uff01?\uff1f]/;
const NUMBER = /^([+\-−\uff0b\uff0d]?)(\d[\d,\uff0c]*(?:\.\d+)?)(%|\uff05|个百分点)?$/;
const PLACEHOLDER = /^(?:[—–\-－/]+|……|…)$/;
const UNIT = new RegExp(`^(?:万|亿)?(?:${COMMON_COUNTERS})$|^%$`);
const BRACKET_UNIT = new RegExp(`[(\uff08]((?:万|亿)?(?:${COMMON_COUNTERS})|%|\uff05|个百分点)[)\uff09]$`);
const CHANGE = /同比|比上年|较上年|增长|增幅|增减|变化/;
// Headers that name no quantity of their own: the row's label does (人民调解组织调解纠纷 | 数量 9862).
const GENERIC =
  /^(?:数量|数值|数据|总数|总计|合计|计|实际|实际(?:完成)?值|完成(?:数|值|情况)?|本年|全年|本期|指标值|统计数)$/;
// Columns beside the values that are no figure of what was done, left out of the rows' sentences: an ordinal (序号), a
// target (目标值, 年度指标值, 计划数) and a status (完成情况: 完成, 未完成). Not the first column's, unless an ordinal.
const ASIDE_HEADER = /^(?:序号|编号|完成情况|是否完成|完成状态|状态|备注|评价)$|目标|指标值|计划|预期/;
const ORDINAL_HEADER = /^(?:序号|编号)$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
const SKIPPED_LINE = /^(?:[…. ]+|[(\uff08](?:其余|其他|以下)[^()\uff08\uff09]{0,20}略[)\uff09])$/;

function cellsOf(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let last = 0;
  for (const m of line.matchAll(SEPARATOR)) {
    if (m.index > last) cells.push({ text: line.slice(last, m.index), start: offset + last });
    last = m.index + m[0].length;
  }
  if (last < line.length) cells.push({ text: line.slice(last), start: offset + last });
  return cells;
}

const hasHan = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

/** A header cell: a short name with no figure in it, save a year, a span of months or a bracketed unit. */
function isHeaderCell(s: string): boolean {
  if (s.length > 20 || !hasHan(s) || PROSE.test(s)) return false;
  const bare = s
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/\d{1,2}[-—~至]\d{1,2}月/g, '')
    .replace(BRACKET_UNIT, '');
  return !/\d/.test(bare);
}

const isValueCell = (s: string): boolean => NUMBER.test(s) || PLACEHOLDER.test(s);

/** A row's label: words (a kind of case, a place, a body) or a year, with no figure of its own. */
function isLabelCell(s: string): boolean {
  if (s.length > 30 || PROSE.test(s.replace(/^其中[:\uff1a]/, ''))) return false;
  if (/^(?:19|20)\d{2}年度?$/.test(s)) return true;
  return hasHan(s) && !/\d/.test(s.replace(BRACKET_UNIT, ''));
}

function isRow(cells: readonly Cell[], header: readonly Cell[], unitColumn: number): boolean {
  if (cells.length !== header.length) return false;
  const [label, ...rest] = cells;
  if (label === undefined || !isLabelCell(label.text)) return false;
  let values = 0;
  for (let j = 0; j < rest.length; j++) {
    const text = rest[j]?.text ?? '';
    if (j + 1 === unitColumn) {
      if (!UNIT.test(text)) return false;
    } else if (isValueCell(text)) {
      if (NUMBER.test(text)) values++;
    } else return false;
  }
  return values > 0;
}

/** The unit a value of column `j` is counted in: the unit column, the header's bracket or the label's bracket. */
function unitOf(row: readonly Cell[], header: readonly Cell[], unitColumn: number, j: number): string {
  if (unitColumn > 0) return row[unitColumn]?.text ?? '';
  return BRACKET_UNIT.exec(header[j]?.text ?? '')?.[1] ?? BRACKET_UNIT.exec(row[0]?.text ?? '')?.[1] ?? '';
}

function writeRow(
  out: RewriteWriter,
  row: readonly Cell[],
  header: readonly Cell[],
  unitColumn: number,
): void {
  const [label] = row;
  if (label === undefined) return;
  const name = label.text.replace(BRACKET_UNIT, '');
  out.copy(name, label.start);
  let written = 0;
  for (let j = 1; j < row.length; j++) {
    const cell = row[j];
    const m = cell === undefined || j === unitColumn ? null : NUMBER.exec(cell.text);
    if (cell === undefined || m === null) continue;
    const [, sign = '', digits = '', suffix = ''] = m;
    const end = cell.start + cell.text.length - 1;
    const head = (header[j]?.text ?? '').replace(BRACKET_UNIT, '');
    if (written > 0) out.add(',', cell.start);
    if (CHANGE.test(head)) {
      // The header's bracket says what the change counts: 比上年增减(件) a number of cases, (个百分点) points, else a percent.
      const headerUnit = BRACKET_UNIT.exec(header[j]?.text ?? '')?.[1] ?? '';
      const points = suffix === '个百分点' || headerUnit === '个百分点';
      const count = suffix === '' && headerUnit !== '' && !points && !/^[%\uff05]$/.test(headerUnit);
      const falls = sign !== '' && sign !== '+' && sign !== '\uff0b';
      const base = /比上年|较上年/.test(head) ? head.replace(/(?:增长|增幅|增减|变化).*$/, '') : '同比';
      const verb = count ? (falls ? '减少' : '增加') : falls ? '下降' : points ? '提高' : '增长';
      out.add(base + verb, label.start);
      out.copy(digits, cell.start + sign.length);
      out.add(count ? headerUnit : points ? '个百分点' : '%', end);
    } else {
      if (!GENERIC.test(head)) out.add(head, label.start);
      out.copy(digits, cell.start + sign.length);
      const unit = suffix !== '' ? suffix : unitOf(row, header, unitColumn, j);
      if (unit !== '') out.add(unit, end);
    }
    written++;
  }
  out.add('。', label.start + label.text.length - 1);
}

/** The columns of a header that `ASIDE_HEADER` leaves out of the rows. */
function asideColumns(header: readonly Cell[]): Set<number> {
  const aside = new Set<number>();
  header.forEach((c, j) => {
    if (j === 0 ? ORDINAL_HEADER.test(c.text) : ASIDE_HEADER.test(c.text)) aside.add(j);
  });
  return aside;
}

/** Trims a line, keeping where its text starts. */
function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  return { text: line.text.trim(), start: line.start + lead };
}

/**
 * The text with each table's rows rewritten as sentences (and its header line dropped: its words go into the rows),
 * or null when the text has no such table.
 */
export function tablesAsSentences(text: string): RewrittenText | null {
  if (!/[\t\u3000]|\S \d/.test(text)) return null;
  const lines = linesOf(text);
  const out = new RewriteWriter();
  let found = false;
  let copiedTo = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = trimmed(lines[k] ?? { text: '', start: 0 });
    const fullHeader = cellsOf(line.text, line.start);
    if (fullHeader.length < 2 || !fullHeader.every((c) => isHeaderCell(c.text))) continue;
    const aside = asideColumns(fullHeader);
    const kept = (cells: Cell[]): Cell[] =>
      cells.length === fullHeader.length ? cells.filter((_, j) => !aside.has(j)) : cells;
    const header = kept(fullHeader);
    if (header.length < 2) continue;
    const unitColumn = header.findIndex((c, j) => j > 0 && UNIT_HEADER.test(c.text));
    const rows: Cell[][] = [];
    let next = k + 1;
    for (; next < lines.length; next++) {
      const row = trimmed(lines[next] ?? { text: '', start: 0 });
      if (SKIPPED_LINE.test(row.text)) continue;
      const cells = kept(cellsOf(row.text, row.start));
      if (!isRow(cells, header, unitColumn)) break;
      rows.push(cells);
    }
    if (rows.length === 0 || (rows.length === 1 && header.length < 3)) continue;
    found = true;
    // The line before (a caption: 近五年行政复议工作主要数据, 情况如下:) ends where the table starts, and opens the
    // rows' paragraph: the work it names frames rows that name only a column (收到申请, 受理).
    const before = text.slice(copiedTo, line.start).replace(/\s+$/, '');
    out.copy(before, copiedTo);
    if (before !== '' && !/[。:\uff1a;\uff1b!?]$/.test(before)) out.add('。', copiedTo + before.length - 1);
    // The rows are one paragraph: a word of an earlier row (市法律援助处) frames the later ones as a sentence's does.
    for (const row of rows) writeRow(out, row, header, unitColumn);
    const lastRow = rows[rows.length - 1] ?? [];
    out.add(
      '\n',
      (lastRow[lastRow.length - 1]?.start ?? line.start) +
        (lastRow[lastRow.length - 1]?.text.length ?? 1) -
        1,
    );
    const after = lines[next];
    copiedTo = after === undefined ? text.length : after.start;
    k = next - 1;
  }
  if (!found) return null;
  out.copy(text.slice(copiedTo), copiedTo);
  return out.result();
}
