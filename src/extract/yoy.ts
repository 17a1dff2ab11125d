// Year-on-year phrases: 同比增长12%, 较去年下降, 较2023年同比增长100%, 比上年增加120件, 提高2个百分点.
// The change figure itself is reported with metric null; the prior-year value it implies is derived
// from the figure it qualifies.
import type { RawFigure } from './scanFigures.ts';

export type ChangeKind = 'percent' | 'points' | 'absolute' | 'multiple';

export interface YoyChange {
  kind: ChangeKind;
  sign: 1 | -1;
  amount: number;
  /** Year compared with, when written (较2023年); otherwise the year before the base figure's. */
  year?: number;
  /** Words before the comparison in the same clause (人民调解案件总量较去年增长…), maybe empty. */
  subject: string;
}

// 比增19.1%, 同比增12%, 同比降5%: the short forms.
// 与去年177件相比上升16%: 相比 opening the clause right after the figure compared with.
const MARKER = String.raw`(同比|环比|比(?=[增降])|^相比|(?:较|比|与)(?:上年度?|去年度?|上一年度?|前一年|((?:19|20)\d{2})年度?)(?:同期)?(?:相比)?(?:同比)?)`;
/** The verbs of a change (增长, 下降…), as a group, with an optional 了. */
export const VERB = '(增长|增加|上升|提高|提升|增多|多|下降|减少|降低|回落|下滑|少|减|增|降)了?';
const RATE_NOUN = '(增幅|增长率|增速|涨幅|降幅|下降率|减幅)(?:为|达|是)?';
const CHANGE = new RegExp(`${MARKER}?(?:分别)?${VERB}$`);
const CHANGE_RATE = new RegExp(`${MARKER}?${RATE_NOUN}$`);
const DOWN = /下降|减少|降低|回落|下滑|少|减|降/;

function kindOf(figure: RawFigure): ChangeKind {
  if (figure.multiple) return 'multiple';
  if (figure.points) return 'points';
  return figure.unit === 'percent' ? 'percent' : 'absolute';
}

/** `local` is the figure's clause before it (qualifier words excluded). */
export function readYoy(local: string, figure: RawFigure): YoyChange | null {
  const tail = local.slice(-30);
  const m = CHANGE.exec(tail) ?? CHANGE_RATE.exec(tail);
  if (m === null) return null;
  const marker = m[1];
  const verb = m[3] ?? '';
  const subject = tail.slice(0, m.index);
  // Without 同比/较去年 only a clause that opens with the verb reads as a change (",增长64.6%").
  if (
    marker === undefined &&
    (subject.length > 0 || verb === '多' || verb === '少' || local.length > tail.length)
  ) {
    return null;
  }
  const kind = kindOf(figure);
  if (kind === 'multiple' && DOWN.test(verb)) return null;
  return {
    kind,
    sign: DOWN.test(verb) ? -1 : 1,
    amount: figure.value,
    year: m[2] === undefined ? undefined : Number(m[2]),
    subject,
  };
}

// 与2022年相比,全市调解矛盾纠纷增加1,200件 (or 较2022年,…; 比上年同期,…): a comparison that opens the sentence dates the
// change of each clause that ends with a change verb.
const OPENER =
  /^[(]?(?:(?:与|和|同|跟)(?:上年|去年|上一年度?|前一年|((?:19|20)\d{2})年度?)(?:同期)?(?:相比|比较)较?|(?:较|比)(?:上年|去年|上一年度?|前一年|((?:19|20)\d{2})年度?)(?:同期)?),/;
const OPENED_VERB = /(增长|增加|上升|提高|提升|增多|下降|减少|降低|回落|下滑)了?$/;

/** A change whose comparison opens the sentence (`sentencePrefix`) and whose clause (`local`) ends with its verb. */
export function readOpenedYoy(sentencePrefix: string, local: string, figure: RawFigure): YoyChange | null {
  const opener = OPENER.exec(sentencePrefix);
  const m = opener === null ? null : OPENED_VERB.exec(local);
  if (opener === null || m === null) return null;
  const kind = kindOf(figure);
  const sign = DOWN.test(m[1] ?? '') ? -1 : 1;
  if (kind === 'multiple' && sign < 0) return null;
  const change: YoyChange = { kind, sign, amount: figure.value, subject: local.slice(0, m.index) };
  const year = opener[1] ?? opener[2];
  if (year !== undefined) change.year = Number(year);
  return change;
}

const JOINED = /^[、和及与]$/;

/**
 * 同比分别增长9%和8.5%: a figure joined to a change of a 分别 run by 和/、 is the run's next change, of the same sign.
 * `between` is the text between the two figures.
 */
export function nextInRun(previous: YoyChange, between: string, figure: RawFigure): YoyChange | null {
  const kind = kindOf(figure);
  if (!JOINED.test(between) || kind === 'multiple') return null;
  return { ...previous, kind, amount: figure.value };
}

/** Prior-year value, or null when the change cannot apply to this base. */
export function priorValue(change: YoyChange, base: RawFigure): number | null {
  let prior: number;
  if (change.kind === 'percent') prior = base.value / (1 + (change.sign * change.amount) / 100);
  else if (change.kind === 'multiple') prior = base.value / (1 + change.amount);
  else prior = base.value - change.sign * change.amount;
  if (!Number.isFinite(prior) || prior < 0) return null;
  if (base.unit === 'percent') return prior > 100 ? null : Math.round(prior * 100) / 100;
  return Math.round(prior);
}

/** Which figures a change of this kind can qualify. */
export function canQualify(change: YoyChange, base: RawFigure, changeFigure: RawFigure): boolean {
  if (base.multiple) return false;
  if (change.kind === 'points') return base.unit === 'percent';
  if (change.kind === 'absolute') return base.unit === changeFigure.unit;
  return base.unit !== 'percent';
}
