// 兴宁市石马司法所:维护山区和谐稳定的坚固防线 / (城南街道) / 北京市公共法律服务中心正式启用…: a page whose title names one
// body below the region — a township or street office, a justice office, a police station, a court's tribunal, a centre,
// a committee, a studio, a team of lawyers — tells that body's work, so its figures are that body's part unless their
// own sentence names the whole region (全县共调解…, 各级…).
import { namesTheWholeRegion } from './subUnit.ts';

const OPENING = 200;
const TITLE_MAX = 40;
// The body as the title's subject: at most a place name before it (兴宁市石马司法所:…, (城南街道), 某某镇人民调解委员会…).
const ONE_BODY = new RegExp(
  `^[(]?[\\u4e00-\\u9fa5]{0,8}?(?:${[
    '司法所',
    '派出所',
    '人民法庭',
    '调委会',
    '调解委员会',
    '调解室',
    '工作室',
    '律师团队',
    '(?:法律|公共法律)服务中心',
    '矛调中心',
    '调处化解中心',
    '综治中心',
    // 石马镇, 萨力巴乡, 城南街道 as the whole title or before a colon or a bracket's end — not 家乡事, 乡镇 (levels).
    '(?:镇|乡|街道)(?=[)::]|$)',
  ].join('|')})`,
);

/** The short lines that open a page, its title and subtitle: where each starts and ends. */
export function openingLineSpans(norm: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of norm.slice(0, OPENING).split('\n')) {
    const end = start + line.length;
    if (line.length > 0 && line.length <= TITLE_MAX && !line.includes('。') && end < norm.length)
      spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

function openingLines(norm: string): string[] {
  return openingLineSpans(norm).map(({ start, end }) => norm.slice(start, end));
}

/** Does the page's title name one body below the region as its subject, and not the whole region? */
export function pageAboutOneBody(norm: string): boolean {
  return openingLines(norm).some((line) => ONE_BODY.test(line) && !namesTheWholeRegion(line));
}
