// The whole view state. It lives in the URL; this is its typed form and its defaults.
import type { Level, SourceKind } from '../dataset/schema.ts';
import { DEFAULT_METRIC, DEFAULT_THEME } from '../dataset/catalogue.ts';
import type { Lang } from '../i18n/lang.ts';

export const VIEWS = ['rank', 'trend', 'profile', 'table', 'coverage', 'region'] as const;
export type View = (typeof VIEWS)[number];
/** Other words a link may use for a view: the UI calls the ranking "ranking". */
export const VIEW_ALIASES: Readonly<Record<string, View>> = { ranking: 'rank', trends: 'trend', map: 'coverage' };

export interface Filters {
  lang: Lang;
  view: View;
  metric: string;
  /** A report year, or the latest each region has. */
  year: number | 'latest';
  /** Trend range; null means the data's own first or last year. */
  from: number | null;
  to: number | null;
  /** Region codes; empty means every region the other filters allow. */
  regions: string[];
  /** Always the shown metric's theme: parseQuery resolves the two together, so they never disagree. */
  theme: string;
  level: Level | null;
  /** A province code such as 440000. */
  province: string | null;
  /** Only regions with a source of this kind (an annual report, a news item…). */
  sourceKind: SourceKind | null;
  perCapita: boolean;
  /** The table's sorted column (a metric id, "region" or "level") and direction; null for the data's own order. */
  sort: { column: string; desc: boolean } | null;
  /** The table's hidden columns. */
  hidden: string[];
  /** Also draw values that are not comparable (a body's own count, part of a year, several years…), marked. */
  others: boolean;
  /** The region whose page is shown (the region view); null for the first chosen region, or the first of all. */
  focus: string | null;
}

/** Table columns that are not metrics. */
export const FIXED_COLUMNS: readonly string[] = ['region', 'level'];

export const DEFAULT_FILTERS: Filters = {
  lang: 'zh',
  view: 'rank',
  metric: DEFAULT_METRIC,
  year: 'latest',
  from: null,
  to: null,
  regions: [],
  theme: DEFAULT_THEME,
  level: null,
  province: null,
  sourceKind: null,
  perCapita: false,
  sort: null,
  hidden: [],
  others: false,
  focus: null,
};
