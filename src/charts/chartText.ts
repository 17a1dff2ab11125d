// Titles, subtitles and unit words shared by every chart, so exports and screens say the same.
import type { Metric, Qualifier, Region } from '../dataset/schema.ts';
import { formatValue, markValue } from '../i18n/formatNumber.ts';
import { localName } from '../i18n/localName.ts';
import type { BuildContext } from './buildContext.ts';
import { estimateWidth } from './textWidth.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

export const unitWord = (metric: Metric, { t, lang }: BuildContext): string => {
  if (metric.unit === 'percent') return t('chart.unitPercent');
  if (metric.unit === 'yuan') return t('chart.unitYuan');
  return metric.counter ? localName(metric.counter, lang) : t(`units.${metric.unit}`);
};

export const yearWord = (year: number | 'latest', ctx: BuildContext): string =>
  year === 'latest' ? ctx.t('chart.latestYears') : ctx.t('chart.yearLabel', { year });

export interface SubtitleInput {
  metric: Metric;
  yearText: string;
  perCapita: boolean;
  populationYear: number | null;
}

export const chartSubtitle = (
  { metric, yearText, perCapita, populationYear }: SubtitleInput,
  ctx: BuildContext,
): string => {
  const name = localName(metric.name, ctx.lang);
  return perCapita
    ? ctx.t('chart.subtitlePerCapita', { metric: name, year: yearText, popYear: populationYear ?? '' })
    : ctx.t('chart.subtitle', { metric: name, year: yearText, unit: unitWord(metric, ctx) });
};

/** A value as printed everywhere: locale number, unit, and the qualifier's mark. */
export const valueText = (
  value: number,
  metric: Metric,
  qualifier: Qualifier,
  perCapita: boolean,
  ctx: BuildContext,
): string =>
  markValue(
    formatValue(value, metric.unit, ctx.lang, { perCapita: perCapita && metric.unit !== 'percent' }),
    qualifier,
  );

export const regionName = (region: Region, ctx: BuildContext): string =>
  region.user_added
    ? `${localName(region.name, ctx.lang)}${ctx.t('addReport.userAddedSuffix')}`
    : localName(region.name, ctx.lang);

/** How many regions a "no data" line names before it says "and N more". */
export const NAMES_LISTED = 12;

/** Names in the language's list style, the first dozen and a count of the rest: 3,000 names are not a sentence. */
export const nameList = (names: readonly string[], { t, lang }: Pick<BuildContext, 't' | 'lang'>): string => {
  const separator = listSeparator(lang);
  if (names.length <= NAMES_LISTED) return names.join(separator);
  return t('chart.andMore', {
    names: names.slice(0, NAMES_LISTED).join(separator),
    count: names.length - NAMES_LISTED,
  });
};

/**
 * Wrapping measures a subtitle one character at a time (about 15 ms of a first chart), so only a subtitle that may be
 * wider than its room asks for it. The estimate is generous: 12 px a CJK character, 8 px any other, at 12 px type.
 */
export const subtitleStyle = (text: string, { compact }: Pick<BuildContext, 'compact'>) => {
  const room = compact ? 300 : 900;
  let estimate = 0;
  for (const ch of text) estimate += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 8;
  return estimate > room ? { width: room, overflow: 'break' as const } : {};
};

/** About how wide, in px at the 12 px axis font, the widest line of a label is (estimateWidth, line by line). */
export const widestLine = (label: string): number =>
  Math.max(...label.split('\n').map((line) => estimateWidth(line, 12, false)));
