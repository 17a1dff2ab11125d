// Cuts the sentence around each figure into the pieces the metric rules read.
import type { FigureText } from './assignMetric.ts';
import { bodyHeadingAbove, itemsHeadingAbove } from './headingAbove.ts';
import { respectiveItem } from './respectively.ts';
import type { RawFigure } from './scanFigures.ts';
import { clauseAround, clauseStarts, sentenceAround, paragraphStartBefore, type Span } from './sentences.ts';

export interface FigureContext {
  text: FigureText;
  sentence: Span;
  clause: Span;
  /** Start of `text.local`. */
  localStart: number;
  /** Start of the figure's paragraph, at most MAX_LOOKBACK before its sentence: a period stated there still holds. */
  paragraphStart: number;
  /** End of `text.following`. */
  followingEnd: number;
  /** Clause starts from the figure's own clause back to the sentence start, for evidence. */
  evidenceStarts: number[];
  /** The body a heading line right above the figure's paragraph names (市法律援助中心), or ''. */
  bodyAbove: string;
}

const FOLLOWING_MAX = 20;
const CLAUSE_END = /[,;:、，；：]$/;
// 全区建立派驻调解室100个, 培育“枫桥式”司法所14个: a clause that sets up bodies and counts them names what was set up,
// not who did the work of the clauses after it (市法律援助中心有工作人员12名 still does).
const SETS_UP = /(?:建立|建成|设立|组建|成立|培育|打造|新建|设置|建有|选聘|配备|派驻)[^,;:，；：]*$/;
const BODY_COUNTER = /^(?:个|家|名|人|所|处|支|座|间)$/;
// 出庭应诉总数为131件, 受理法律援助案件合计200件: a count its own words name as the total sums the parts before it, so the
// subjects of the clauses before (各乡镇工作站受理案件80件) are none of its own.
export const NAMED_TOTAL = /(?:合计|总计|总数|总量|总和)(?:为|是|达到?|共)?$/;

// 全县112个村(社区)调委会和9个乡镇调委会共调解…: the last item of a list of counted bodies opens the figure's own words; the
// list's head before it, its counts left out, is the subject too.
const COUNTED_ITEM_END = /[、和及][\d,.]+个$/;

function listHead(norm: string, clauseStart: number, localStart: number): string {
  const head = norm.slice(clauseStart, localStart);
  return COUNTED_ITEM_END.test(head) ? head.replace(/[\d,.]+个/g, '') : '';
}

const headingOf = (norm: string, from: number): { heading?: string } => {
  const heading = itemsHeadingAbove(norm, from);
  return heading === '' ? {} : { heading };
};

export function figureContext(norm: string, figures: readonly RawFigure[], i: number): FigureContext | null {
  const fig = figures[i];
  if (fig === undefined) return null;
  const sentence = sentenceAround(norm, fig.start, fig.end);
  const clause = clauseAround(norm, fig.start, fig.end);
  const prev = figures[i - 1];
  const next = figures[i + 1];
  const localStart =
    prev !== undefined && prev.end > clause.start && prev.end <= fig.start ? prev.end : clause.start;
  let followingEnd = Math.min(clause.end, fig.end + FOLLOWING_MAX);
  if (next !== undefined && next.start < followingEnd) followingEnd = Math.max(fig.end, next.start);

  // An earlier clause that holds figures names its own subject before them; what follows its first
  // figure is about that figure, not this one.
  const taken: RawFigure[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const f = figures[j];
    if (f === undefined || f.start < sentence.start) break;
    taken.push(f);
  }
  const starts = clauseStarts(norm, sentence.start, clause.start);
  // Each earlier clause's words end at a comma, so that words of two clauses never read as one
  // (人民调解员…人,全年共调解: no 调解员全年, a person named 全年).
  let subject = '';
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] ?? sentence.start;
    const to = starts[k + 1] ?? clause.start;
    // taken runs backwards, so the clause's first figure is the last one found at or after its start.
    const counted = taken.findLast((f) => f.start >= from);
    const words = norm.slice(from, Math.min(to, counted?.start ?? to));
    if (
      counted !== undefined &&
      counted.start < to &&
      BODY_COUNTER.test(counted.counter) &&
      SETS_UP.test(words)
    )
      continue;
    if (words !== '') subject += CLAUSE_END.test(words) ? words : `${words},`;
  }
  // In a 分别 list the figure's own words are its list item, not the words right before it.
  const listed = respectiveItem(norm, figures, i, sentence.start);
  const item = listed?.item ?? null;
  const local = item ?? norm.slice(localStart, fig.start);
  const previousEnd = Math.max(0, sentence.start - 1);
  const previousStart = norm[previousEnd] === '\n' ? previousEnd : paragraphStartBefore(norm, previousEnd);
  const previous = norm.slice(previousStart, previousEnd);
  return {
    text: {
      unit: fig.unit,
      counter: fig.counter,
      local,
      clause: item ?? norm.slice(clause.start, fig.start),
      following: item === null ? norm.slice(fig.end, followingEnd) : '',
      earlier: norm.slice(sentence.start, listed?.at ?? localStart),
      subject:
        fig.unit === 'count' && NAMED_TOTAL.test(local)
          ? local
          : subject + listHead(norm, clause.start, localStart) + local,
      previous,
      ...headingOf(norm, previousStart),
      ...(listed === null ? {} : { list: norm.slice(listed.listStart, listed.at) }),
      // The frame is the bounded paragraph before, cut at its last full stop: no scan of its own back through the text.
      ...(norm[previousEnd] === ';' ? { frame: previous.slice(previous.lastIndexOf('。') + 1) } : {}),
    },
    sentence,
    paragraphStart: previousStart,
    bodyAbove: bodyHeadingAbove(norm, previousStart),
    clause,
    localStart,
    followingEnd,
    evidenceStarts: [
      ...(listed === null ? [] : [listed.listStart]),
      clause.start,
      ...starts.filter((s) => s < clause.start).reverse(),
    ],
  };
}
