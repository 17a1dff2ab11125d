// 分别 lists: "受理和审结行政复议案件分别为1,200件、1,150件", "纠错率、实质化解率分别为12%、85%",
// "法律援助机构、人民调解组织分别受理案件3,000件、5,000件". The k-th figure after 分别 is described
// by the k-th item of the list before it, plus any shared words between 分别 and the first figure.
import type { RawFigure } from './scanFigures.ts';

const HEAD_BREAK = /[,;:。!?\n]/;
// 和 and 及 join items, but not inside a word: 调解和解率, 及时率, 普及率, 涉及.
const ITEM_SEPARATOR = /、|和(?![解谐睦美])|(?<![涉普])及(?!时)|与/;
const SHARED_WORDS = /^[\u4e00-\u9fa5]{0,8}$/;
const BETWEEN_FIGURES = /^[、,和及与]?$/;

// 全市、市本级行政复议纠错率分别为15.3%、20.6%: a list of whose figures (the whole region, the government's own level) whose
// head (行政复议纠错率) is written once, after the last: an item that is only whose takes the head of the one that has it.
const WHOSE = '(?:全(?:省|市|县|区|州|盟|旗)|(?:省|自治区|市|县|区|州|盟|旗)?(?:人民)?(?:政府)?本级)';
const WHOSE_ONLY = new RegExp(`^${WHOSE}$`);
const WHOSE_FIRST = new RegExp(`^${WHOSE}(?=[\u4e00-\u9fa5])`);

function withSharedHead(item: string, items: readonly string[]): string {
  if (!WHOSE_ONLY.test(item)) return item;
  for (let m = items.length - 1; m >= 0; m--) {
    const head = WHOSE_FIRST.exec(items[m] ?? '');
    if (head !== null) return item + (items[m] ?? '').slice(head[0].length);
  }
  return item;
}

export interface RespectiveItem {
  /** The words that name the figure: its list item and the shared words after 分别. */
  item: string;
  /** Where 分别 stands. */
  at: number;
  /** Where the list before 分别 starts. */
  listStart: number;
}

/** The list item that names figure `i`, or null when it is not in a 分别 list whose items and figures pair up. */
export function respectiveItem(
  norm: string,
  figures: readonly RawFigure[],
  i: number,
  sentenceStart: number,
): RespectiveItem | null {
  const fig = figures[i];
  if (fig === undefined) return null;
  const from = Math.max(sentenceStart, fig.start - 120);
  const found = norm.slice(from, fig.start).lastIndexOf('分别');
  if (found < 0) return null;
  const at = from + found;

  // Between 分别 and this figure only shared words, the earlier figures of the list and separators.
  let k = 0;
  while (k < i && (figures[i - k - 1]?.start ?? -1) > at) k++;
  const first = figures[i - k] ?? fig;
  const shared = norm.slice(at + 2, first.start);
  if (!SHARED_WORDS.test(shared)) return null;
  for (let j = i - k; j < i; j++) {
    const gap = norm.slice(figures[j]?.end ?? 0, figures[j + 1]?.start ?? fig.start);
    if (!BETWEEN_FIGURES.test(gap)) return null;
  }

  let headStart = at;
  while (headStart > from && !HEAD_BREAK.test(norm[headStart - 1] ?? '')) headStart--;
  const items = norm.slice(headStart, at).split(ITEM_SEPARATOR);
  const item = items.length >= 2 && k < items.length ? items[k] : undefined;
  return item === undefined ? null : { item: withSharedHead(item, items) + shared, at, listStart: headStart };
}
