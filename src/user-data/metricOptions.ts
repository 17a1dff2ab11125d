// What the candidate's metric box offers for what was typed: the catalogue's metrics whose name (either language),
// id or theme holds every word typed, the closest first, the headline metrics before the rest.
import type { Metric } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';

export interface MetricOptions {
  items: Metric[];
  /** How many more matched than are shown. */
  more: number;
}

/** How well a metric matched; lower is better. */
const NAME_IS = 0;
const NAME_STARTS = 1;
const NAME_HOLDS = 2;
const ELSEWHERE = 3;
const NONE = 9;

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function rankOf(metric: Metric, themeName: string, words: readonly string[], query: string): number {
  const names = [fold(metric.name.zh), fold(metric.name.en)];
  const everything = [...names, metric.id.toLowerCase(), fold(themeName)].join('\n');
  if (!words.every((w) => everything.includes(w))) return NONE;
  if (names.includes(query)) return NAME_IS;
  if (names.some((n) => n.startsWith(query))) return NAME_STARTS;
  if (names.some((n) => n.includes(query))) return NAME_HOLDS;
  return ELSEWHERE;
}

/**
 * The metrics to offer for `query`, at most `limit`: with nothing typed, the headline metrics and then the rest in
 * the catalogue's order; otherwise those matching every word: an exact name, the headline metrics, then the closest
 * name, then catalogue order.
 */
export function metricOptions(
  metrics: readonly Metric[],
  themeName: (themeId: string, lang: Lang) => string,
  query: string,
  limit: number,
): MetricOptions {
  const q = fold(query);
  const words = q.split(' ').filter(Boolean);
  const ranked = metrics
    .map((metric, order) => ({
      metric,
      order,
      rank: q === '' ? 0 : rankOf(metric, `${themeName(metric.theme, 'zh')}\n${themeName(metric.theme, 'en')}`, words, q),
    }))
    .filter((r) => r.rank !== NONE)
    // An exact name first; then the headline metrics (people's mediation cases before the lesser metrics whose names
    // begin with "Mediation"), then how well the name matched, then the catalogue's order.
    .sort((a, b) => Number(a.rank !== NAME_IS) - Number(b.rank !== NAME_IS) || Number(b.metric.headline ?? false) - Number(a.metric.headline ?? false) || a.rank - b.rank || a.order - b.order);
  return { items: ranked.slice(0, limit).map((r) => r.metric), more: Math.max(0, ranked.length - limit) };
}
