// URL query → Filters. Never throws: an unknown or broken value falls back to its default with a notice.
import { LEVELS, SOURCE_KINDS, type Level, type SourceKind } from '../dataset/schema.ts';
import type { Catalogue } from '../dataset/catalogue.ts';
import { DEFAULT_FILTERS, FIXED_COLUMNS, VIEW_ALIASES, VIEWS, type Filters, type View } from './filters.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';

export interface Notice {
  /** The query parameter that was ignored (or, with `conflict`, the one that lost). */
  param: string;
  /** The value as it came, cut short for display. */
  value: string;
  /** Set when the value was valid but contradicted another: the theme of one metric named with another metric. */
  conflict?: 'theme';
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const YEAR = /^\d{4}$/;

const viewOf = (v: string): View | undefined => (isOneOf(VIEWS, v) ? v : VIEW_ALIASES[v]);

export const parseQuery = (query: string, catalogue: Catalogue): { filters: Filters; notices: Notice[] } => {
  const params = new URLSearchParams(query);
  const notices: Notice[] = [];
  const reject = (param: string, value: string) => notices.push({ param, value: value.slice(0, 40) });

  const pick = <T>(param: string, accept: (v: string) => T | undefined, fallback: T): T => {
    const raw = params.get(param);
    if (raw === null || raw === '') return fallback;
    const value = accept(raw);
    if (value === undefined) {
      reject(param, raw);
      return fallback;
    }
    return value;
  };
  const year = (v: string) => (YEAR.test(v) && catalogue.years.has(Number(v)) ? Number(v) : undefined);

  const regionsRaw = params.get('regions');
  const regions: string[] = [];
  for (const code of regionsRaw ? regionsRaw.split('~') : []) {
    if (catalogue.regions.has(code) && !regions.includes(code)) regions.push(code);
    else if (!regions.includes(code)) reject('regions', code);
  }

  let from = pick('from', year, DEFAULT_FILTERS.from);
  let to = pick('to', year, DEFAULT_FILTERS.to);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];

  // The theme and the metric are resolved together, in this one place: a metric names its theme; a theme alone picks
  // its first metric; a theme that contradicts the named metric loses, with a notice.
  const metricRaw = pick('metric', (v) => (catalogue.metrics.has(v) ? v : undefined), null);
  const themeRaw = pick('theme', (v) => (catalogue.themes.has(v) ? v : undefined), null);
  let metric = metricRaw ?? (themeRaw !== null ? catalogue.firstMetricOfTheme.get(themeRaw) : undefined) ?? catalogue.defaultMetric;
  if (metricRaw === null && themeRaw !== null && !catalogue.firstMetricOfTheme.has(themeRaw)) {
    reject('theme', themeRaw);
    metric = catalogue.defaultMetric;
  }
  const theme = catalogue.themeOfMetric.get(metric) ?? DEFAULT_FILTERS.theme;
  if (metricRaw !== null && themeRaw !== null && themeRaw !== theme) notices.push({ param: 'theme', value: themeRaw, conflict: 'theme' });

  const isColumn = (id: string) => FIXED_COLUMNS.includes(id) || catalogue.metrics.has(id);
  const sort = pick(
    'sort',
    (v) => {
      const desc = v.startsWith('-');
      const column = desc ? v.slice(1) : v;
      return isColumn(column) ? { column, desc } : undefined;
    },
    DEFAULT_FILTERS.sort,
  );
  const hidden: string[] = [];
  for (const id of params.get('hide')?.split('~') ?? []) {
    if (id === '') continue;
    if (isColumn(id) && id !== 'region') {
      if (!hidden.includes(id)) hidden.push(id);
    } else reject('hide', id);
  }

  const filters: Filters = {
    lang: pick('lang', (v): Lang | undefined => (isOneOf(LANGS, v) ? v : undefined), DEFAULT_FILTERS.lang),
    view: pick('view', viewOf, DEFAULT_FILTERS.view),
    metric,
    year: pick('year', (v) => (v === 'latest' ? ('latest' as const) : year(v)), DEFAULT_FILTERS.year),
    from,
    to,
    regions,
    theme,
    level: pick('level', (v): Level | undefined => (isOneOf(LEVELS, v) && catalogue.levels.has(v) ? v : undefined), null),
    province: pick('province', (v) => (catalogue.provinces.has(v) ? v : undefined), null),
    sourceKind: pick('source', (v): SourceKind | undefined => (isOneOf(SOURCE_KINDS, v) && catalogue.sourceKinds.has(v) ? v : undefined), null),
    perCapita: pick('per', (v) => (v === '100k' ? true : undefined), false),
    sort,
    hidden,
    others: pick('others', (v) => (v === 'show' ? true : undefined), false),
    focus: pick('focus', (v) => (catalogue.regions.has(v) ? v : undefined), null),
  };
  return { filters, notices };
};
