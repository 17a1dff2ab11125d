// What a report's first lines say about it: its title and the date it was published (发布时间：2024-01-15).

const HEADER_LINES = 12;
const TITLE_LIKE = /(?:19|20)\d\d年|报告/;
const DATE_ALONE = /^[(（]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]?$/;
const DATELINE = /(?:发布|发文|印发|成文)?(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** The report's title line: the first line near the top that names a year or a report (web copies open with a site's
 * breadcrumbs), else its first line; spaces collapsed. */
export const reportTitleLine = (text: string): string => {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, HEADER_LINES);
  return lines.find((l) => TITLE_LIKE.test(l.replace(/\s+/g, '')) && !DATELINE.test(l)) ?? lines[0] ?? '';
};

/** The date a dateline near the top gives (发布时间：2024-01-15, 发布日期:2024年1月5日) as YYYY-MM-DD, or null. */
export const publishedDate = (text: string): string | null => {
  const lines = text.split('\n').slice(0, HEADER_LINES);
  // A dateline, else a line that is only a full date under the title (2024年2月28日, （2024年1月30日）).
  const m = DATELINE.exec(lines.join('\n')) ?? lines.map((l) => DATE_ALONE.exec(l.trim())).find((d) => d !== null) ?? null;
  if (m === null) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
