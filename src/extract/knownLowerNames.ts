// Lower divisions the caller names (RegionNames): 英德市 on 清远's page is a part even though a county-level city
// ends in 市 like the page's own region, and 怀集 without its 县 is still 怀集县.
import type { RegionNames } from './types.ts';

/** The names one text uses: a short form (怀集) counts only where the text writes its full name (怀集县) too. */
export interface NamesInText {
  own: readonly string[];
  /** Full names of three or more characters: distinctive wherever they stand. */
  full: readonly string[];
  /** Short forms and two-character names (沛县): a name only where a clause or a list opens with it. */
  bare: readonly string[];
}

export function namesInText(text: string, names: RegionNames | undefined): NamesInText | undefined {
  if (names === undefined || names.lower.length === 0) return undefined;
  const full: string[] = [];
  const bare: string[] = [];
  for (const { name, short } of names.lower) {
    if (!text.includes(name)) continue;
    (name.length >= 3 ? full : bare).push(name);
    if (short !== undefined && short.length >= 2) bare.push(short);
  }
  if (full.length === 0 && bare.length === 0) return undefined;
  return { own: names.own.filter((n) => n.length >= 2), full, bare };
}

// What may stand right before a bare name: nothing, a non-Han character, a list's joint, 在, or 其中.
const OPENS_BARE = /(?:[^\u4e00-\u9fa5]|[、和与及同在对]|其中)$/;

/** End of the last mention of `name` in `text` that `ok` accepts, or -1. */
function lastMentionEnd(text: string, name: string, ok: (at: number) => boolean): number {
  let at = text.lastIndexOf(name);
  while (at >= 0) {
    if (ok(at)) return at + name.length;
    at = at === 0 ? -1 : text.lastIndexOf(name, at - 1);
  }
  return -1;
}

/**
 * Does the subject name one of the region's lower divisions, with no mention of the region itself after it
 * (肇庆市怀集县… is 怀集's; 学习英德市经验,清远市… is 清远's)?
 * @param subject the figure's subject words after the last 全市/各级 (afterLastWhole)
 */
export function namesAKnownLowerRegion(subject: string, names: NamesInText | undefined): boolean {
  if (names === undefined) return false;
  // 肇庆怀集…: the region's own name may open a bare one too.
  const afterOwn = (at: number): boolean => names.own.some((n) => subject.startsWith(n, at - n.length));
  const opens = (at: number): boolean => at === 0 || OPENS_BARE.test(subject.slice(Math.max(0, at - 2), at)) || afterOwn(at);
  let lower = -1;
  for (const n of names.full) lower = Math.max(lower, lastMentionEnd(subject, n, () => true));
  for (const n of names.bare) lower = Math.max(lower, lastMentionEnd(subject, n, opens));
  if (lower < 0) return false;
  // The region's own name after the part's takes the subject back.
  return !names.own.some((n) => subject.indexOf(n, lower) >= 0);
}
