// 全年全市调解纠纷8,210件;近三年累计调解2.3万件。全市行政机关负责人出庭应诉率100%: a span of years told in passing, after
// a clause of the year's own figures, sums that sentence's figure only. A figure of a later sentence reads the period that
// stood before the span (the year), not the span. A span that opens its sentence (近五年来,…。全市共办理…) still frames
// what follows.
import type { PeriodAt, PeriodReading } from './period.ts';
import { fullSentenceStart } from './sentences.ts';

const FULL_STOP = /[。!?\n]/;

/** The year's own period read before the span, in the span's sentence, when the span is such an aside; else null. */
function yearBeforeTheSpan(
  text: string,
  periodAt: PeriodAt,
  paragraphStart: number,
  at: number,
): PeriodReading | null {
  const start = fullSentenceStart(text, at, paragraphStart);
  const before = periodAt(start, at);
  if (before === null || before.cumulative) return null;
  const ofTheYear = before.period.kind === 'full_year' || /^今年/.test(before.period.phrase);
  // The year's clause gives figures before the span (自去年…组建以来 is one phrase of a span, no year's clause).
  const yearAt = text.lastIndexOf(before.period.phrase, at - 1);
  const figuresBetween = /\d/.test(text.slice(yearAt + before.period.phrase.length, at));
  return ofTheYear && figuresBetween ? before : null;
}

// 全市…共收到行政复议申请1,422件…。2022年以来全市累计收到复议申请3,700余件。全市行政机关负责人出庭应诉率99.6%: a
// sentence opened by a span and summed in itself, amid a paragraph that gave the year's figures before it, is a sum told
// in passing too; the sentences after it go back to the year (the paragraph stated none: the report's).
function sumAmidTheYear(
  text: string,
  periodAt: PeriodAt,
  paragraphStart: number,
  at: number,
  phrase: string,
): boolean {
  const start = fullSentenceStart(text, at, paragraphStart);
  if (start <= paragraphStart || /\d/.test(text.slice(start, at))) return false;
  const earlier = periodAt(paragraphStart, start);
  if (earlier?.cumulative === true || !/\d/.test(text.slice(paragraphStart, start))) return false;
  const rest = text.slice(at + phrase.length);
  const end = rest.search(FULL_STOP);
  return /\d/.test(end < 0 ? rest : rest.slice(0, end));
}

/**
 * The period of a figure that starts at `figureStart`, given the `reading` found before it in its paragraph: that
 * reading, unless it is a span told as an aside of an earlier sentence, or months within a span opened before it (see
 * above); then the year or the span it stood in.
 */
// 2024年上半年,全市…收到申请1286件。其中,第二季度收案712件。受理1104件: months within the span the paragraph opened
// (a quarter of its half-year) date their own sentence; the sentences after go back to the span that holds them.
function holdingSpan(
  periodAt: PeriodAt,
  paragraphStart: number,
  at: number,
  inner: [number, number],
): PeriodReading | null {
  const outer = periodAt(paragraphStart, at);
  if (outer === null || outer.cumulative) return null;
  if (outer.period.kind === 'full_year') return outer;
  const months = outer.period.months;
  const holds =
    outer.period.kind === 'partial_year' && months !== undefined && months[0] === 1 && months[1] >= inner[1];
  return holds ? outer : null;
}

export function pastAnAsideSpan(
  text: string,
  periodAt: PeriodAt,
  paragraphStart: number,
  figureStart: number,
  reading: PeriodReading | null,
): PeriodReading | null {
  if (reading === null) return reading;
  const months = reading.period.months;
  const inner = reading.period.kind === 'partial_year' && months !== undefined && months[0] > 1;
  if (!reading.cumulative && !inner) return reading;
  const at = text.lastIndexOf(reading.period.phrase, figureStart - 1);
  if (at < paragraphStart) return reading;
  const between = text.slice(at + reading.period.phrase.length, figureStart);
  if (!FULL_STOP.test(between)) return reading;
  if (inner) return holdingSpan(periodAt, paragraphStart, at, months) ?? reading;
  const year = yearBeforeTheSpan(text, periodAt, paragraphStart, at);
  if (year !== null) return year;
  return sumAmidTheYear(text, periodAt, paragraphStart, at, reading.period.phrase) ? null : reading;
}
