// Evidence is cut from the ORIGINAL text through the normalized→original position map, so it is
// verbatim (spaces, line breaks and traditional characters included) and offsets stay valid.
import { BULLET } from './bullets.ts';
import type { FigureContext } from './figureContext.ts';
import type { NormalizedText } from './normalizeText.ts';
import type { RawFigure } from './scanFigures.ts';

export const MAX_EVIDENCE = 60;
const LEADING_JUNK = new RegExp(`^(?:[\\s,，、;；:：.。!?！？)）\\]】"”’]|${BULLET})+`, 'u');

export interface Evidence {
  evidence: string;
  offset: number;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The first and last original positions that normalized [from, to) maps to, or null when it maps nowhere. */
function spanOf(pos: Int32Array, from: number, to: number): [number, number] | null {
  if (from < 0 || to > pos.length || from >= to) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i < to; i++) {
    const p = pos[i] ?? 0;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  return lo === Infinity ? null : [lo, hi];
}

/**
 * @param starts normalized offsets where the evidence may begin, preferred first (clause starts)
 * @param from normalized start of what the evidence must contain
 * @param to normalized end (exclusive) of what it must contain
 */
export function cutEvidence(
  original: string,
  norm: NormalizedText,
  starts: readonly number[],
  from: number,
  to: number,
): Evidence | null {
  const { pos } = norm;
  const cut = spanOf(pos, from, to);
  if (cut === null) return null;
  const first = cut[0];
  let end = cut[1] + 1;
  if (end - first > MAX_EVIDENCE) return null;
  let begin = first;
  for (const s of starts) {
    // (A number moved after its words, numbersFirst.ts, maps back before them: the span is the positions' range.)
    const o = s <= from ? spanOf(pos, s, to) : null;
    if (o !== null && o[0] <= first && Math.max(end, o[1] + 1) - o[0] <= MAX_EVIDENCE) {
      begin = o[0];
      end = Math.max(end, o[1] + 1);
      break;
    }
  }
  if (begin < original.length && isLowSurrogate(original.charCodeAt(begin)) && begin < first) begin++;
  let evidence = original.slice(begin, end);
  const junk = LEADING_JUNK.exec(evidence);
  if (junk !== null && begin + junk[0].length <= first) {
    begin += junk[0].length;
    evidence = evidence.slice(junk[0].length);
  }
  return { evidence, offset: begin };
}

function evidenceStarts(fig: RawFigure, ctx: FigureContext): number[] {
  const [own, ...before] = ctx.evidenceStarts;
  if (own === undefined) return [];
  // A clause like "成功化解44252件" says little alone; take the clause before it when it fits.
  return fig.start - own < 6 && before[0] !== undefined ? [before[0], own] : [own, ...before];
}

/** Through the noun the figure counts (建立50个|市政府立法联系点) when that stays short. */
function evidenceEnd(norm: NormalizedText, fig: RawFigure, ctx: FigureContext): number {
  const from = norm.pos[fig.start];
  const to = norm.pos[ctx.followingEnd - 1];
  return from !== undefined && to !== undefined && to + 1 - from <= 40 ? ctx.followingEnd : fig.end;
}

/** Evidence for a figure: its clause (or the one before, when its own says little) through its noun. */
export function figureEvidence(
  original: string,
  norm: NormalizedText,
  fig: RawFigure,
  ctx: FigureContext,
): Evidence | null {
  const starts = evidenceStarts(fig, ctx);
  return (
    cutEvidence(original, norm, starts, fig.start, evidenceEnd(norm, fig, ctx)) ??
    cutEvidence(original, norm, starts, fig.start, fig.end)
  );
}

/** Evidence for a derived value: from the base figure through the change, in whichever order they are written. */
export function changeEvidence(
  original: string,
  norm: NormalizedText,
  base: RawFigure,
  baseCtx: FigureContext,
  change: RawFigure,
  changeCtx: FigureContext,
): Evidence | null {
  const [first, firstCtx] = base.start <= change.start ? [base, baseCtx] : [change, changeCtx];
  const end = Math.max(base.end, change.end);
  return (
    cutEvidence(original, norm, evidenceStarts(first, firstCtx), first.start, end) ??
    cutEvidence(original, norm, [first.start], first.start, end)
  );
}
