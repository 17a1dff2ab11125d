// Lines that web pages and PDF exports wrap around a report: page numbers, share/print links, metadata.
const PAGE_NUMBER = [
  /^[-—–_=·.]*\d{1,4}[-—–_=·.]*$/,
  /^第\d{1,4}页(?:[,/]?共\d{1,4}页)?$/,
  /^共\d{1,4}页[,/]?第\d{1,4}页$/,
  /^\d{1,4}\/\d{1,4}$/,
  /^page\d{1,4}(?:of\d{1,4})?$/i,
];

const FURNITURE_WORDS =
  /来源[:：]|信息来源|发布时间|发布日期|发布机构|更新时间|浏览次数|浏览量|阅读量|访问量|点击数|点击率|字体[:：]|【字体|字号[:：]|分享到|分享至|打印本页|【打印|打印此页|关闭窗口|【关闭|扫一扫|ICP备|公网安备|网站标识码|版权所有|主办单位|承办单位|技术支持|联系电话|联系我们|网站地图|所在的位置|当前位置|建议升级浏览器|责任编辑|编辑[:：]|作者[:：]|附件下载|上一篇|下一篇|返回顶部/;

/** A page number on its own line: — 3 —, 第2页 共5页, 4/12. `compact` is the line with all whitespace removed. */
const isPageNumberLine = (compact: string | null): boolean =>
  compact !== null &&
  compact.length > 0 &&
  compact.length <= 20 &&
  PAGE_NUMBER.some((re) => re.test(compact));

/** `compact` is the line with all whitespace removed. */
export function isFurnitureLine(compact: string): boolean {
  if (compact.length === 0) return false;
  if (isPageNumberLine(compact)) return true;
  // A date-time stamp on its own line (• 2023-02-06 16:12:18).
  if (
    compact.length <= 30 &&
    /^[•·\-*]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/.test(compact)
  ) {
    return true;
  }
  return compact.length <= 120 && FURNITURE_WORDS.test(compact);
}

// 相关新闻:, 相关链接, 推荐阅读…: the list of other articles a page ends with. Its headlines tell other pages' figures, often
// of other regions (· 山西省2021年法律援助案件突破4万件 under a 陕西 release): none is this page's.
const RELATED_LIST =
  /^[【[]?(?:相关(?:新闻|链接|阅读|文章|报道|资讯|推荐|稿件)|推荐阅读|延伸阅读|热点(?:新闻|推荐|文章)|热门(?:新闻|文章)|猜你喜欢|更多(?:新闻|阅读|相关))[】\]]?(?:[:>》]|$)/;

/** Does the line open a list of other articles (相关新闻: …, alone or with its first headlines)? */
export const opensRelatedList = (compact: string): boolean => RELATED_LIST.test(compact);

/** A line of such a list: a headline, short, with no full stop, no comma of prose and no list marker of a text. */
export const isListedHeadline = (compact: string): boolean =>
  compact.length <= 60 && !/[。;]|,(?!\d)|(?<!\d),/.test(compact) && !startsWithMarker(compact);

/** The most lines a list of other articles runs to: past them, what follows is the page's own again. */
export const MAX_LISTED_HEADLINES = 12;

const MARKER =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十\d]{1,3}[)]|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节部分条]|[一二三四五六七八九十]是|No\.\d{1,2}(?!\d))/i;

/** A list marker opening a line: 一、 (一) 1. 第一章 一是 No.1. */
export function startsWithMarker(compact: string): boolean {
  return MARKER.test(compact);
}

/** A numbered heading: a marker and no full stop, so it never runs on into the next line. */
export function isHeading(compact: string): boolean {
  return startsWithMarker(compact) && !compact.includes('。') && compact.length <= 80;
}

/**
 * The lines of a PDF's text that repeat its running header or footer where a page ended (…共办理法律援助案件 / 第 3 页 /
 * 常德市司法局2020年工作总结 / 5,431件): a short line the text had before, standing next to a page number or repeating the
 * first line (the title). Indices into `compacts` (the lines with whitespace removed; null for a very long line).
 */
export function runningHeaderLines(compacts: ReadonlyArray<string | null>): Set<number> {
  const found = new Set<number>();
  const seen = new Set<string>();
  const first = compacts.find((c) => c !== null && c.length > 0) ?? null;
  compacts.forEach((c, k) => {
    if (c === null || c.length === 0 || c.length > 40 || c.includes('。')) return;
    const nearPage = isPageNumberLine(compacts[k - 1] ?? null) || isPageNumberLine(compacts[k + 1] ?? null);
    if (seen.has(c) && (c === first || nearPage)) found.add(k);
    seen.add(c);
  });
  return found;
}
