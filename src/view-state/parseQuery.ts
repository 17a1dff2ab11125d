// URL query → Filters. Never throws: an unknown or broken value falls back to its default with a notice.
import { LEVELS, type Level } from '../dataset/schema.ts';
import type { Catalogue } from '../dataset/catalogue.ts';
import { DEFAULT_FILTERS, VIEWS, type Filters, type View } from './filters.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';

export interface Notice {
  /** The query parameter that was ignored. */
  param: string;
  /** The value as it came, cut short for display. */
  value: string;
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const YEAR = /^\d{4}$/;

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

  const filters: Filters = {
    lang: pick('lang', (v): Lang | undefined => (isOneOf(LANGS, v) ? v : undefined), DEFAULT_FILTERS.lang),
    view: pick('view', (v): View | undefined => (isOneOf(VIEWS, v) ? v : undefined), DEFAULT_FILTERS.view),
    metric: pick('metric', (v) => (catalogue.metrics.has(v) ? v : undefined), catalogue.defaultMetric),
    year: pick('year', (v) => (v === 'latest' ? ('latest' as const) : year(v)), DEFAULT_FILTERS.year),
    from,
    to,
    regions,
    theme: pick('theme', (v) => (catalogue.themes.has(v) ? v : undefined), DEFAULT_FILTERS.theme),
    level: pick('level', (v): Level | undefined => (isOneOf(LEVELS, v) && catalogue.levels.has(v) ? v : undefined), null),
    province: pick('province', (v) => (catalogue.provinces.has(v) ? v : undefined), null),
    perCapita: pick('per', (v) => (v === '100k' ? true : undefined), false),
  };
  return { filters, notices };
};
