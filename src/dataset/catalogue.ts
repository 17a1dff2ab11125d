// What the URL parser needs to know of the dataset to tell a valid value from an unknown one.
import type { Dataset, Level } from './schema.ts';

/** The metric a page shows when its URL names none or an unknown one, and its theme. */
export const DEFAULT_METRIC = 'mediation.cases';
export const DEFAULT_THEME = 'mediation';

export interface Catalogue {
  metrics: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
  levels: ReadonlySet<Level>;
  /** Kinds of source the data holds (annual report, news…). */
  sourceKinds: ReadonlySet<string>;
  years: ReadonlySet<number>;
  /** The metric to show when the URL names none or an unknown one. */
  defaultMetric: string;
  /** Each metric's theme, and each theme's first metric with data: the URL's theme and metric are resolved with these. */
  themeOfMetric: ReadonlyMap<string, string>;
  firstMetricOfTheme: ReadonlyMap<string, string>;
}

/** Metric → theme, and theme → its first metric in `observed` (catalogue order). */
export const themeMaps = (metrics: ReadonlyArray<{ id: string; theme: string; rankable: boolean }>, observed: ReadonlySet<string>) => {
  const themeOfMetric = new Map(metrics.map((m) => [m.id, m.theme]));
  const firstMetricOfTheme = new Map<string, string>();
  for (const m of metrics) if (m.rankable && observed.has(m.id) && !firstMetricOfTheme.has(m.theme)) firstMetricOfTheme.set(m.theme, m.id);
  return { themeOfMetric, firstMetricOfTheme };
};

export const catalogueOf = (d: Dataset, preferredMetric: string): Catalogue => {
  const metrics = new Set(d.metrics.map((m) => m.id));
  const observed = new Set(d.observations.map((o) => o.metric));
  return {
    metrics,
    themes: new Set(d.themes.map((t) => t.id)),
    regions: new Set(d.regions.map((r) => r.code)),
    provinces: new Set(d.regions.map((r) => r.province.code)),
    levels: new Set(d.regions.map((r) => r.level)),
    sourceKinds: new Set(d.sources.map((s) => s.kind)),
    years: new Set(d.observations.map((o) => o.year)),
    defaultMetric: observed.has(preferredMetric) ? preferredMetric : ([...observed][0] ?? preferredMetric),
    ...themeMaps(d.metrics, observed),
  };
};
