// File names that say what a file holds: subject, year (or range), basis, view, and the image scale.
import type { Filters } from '../view-state/filters.ts';

export type ExportFormat = { type: 'png'; scale: 2 | 4 } | { type: 'svg' } | { type: 'csv' };

export const DATASET_FILE_NAME = 'fazhi-dataset.json';

const yearPart = (f: Filters): string => {
  if (f.view === 'trend') return f.from === null && f.to === null ? 'all-years' : `${f.from ?? 'first'}-${f.to ?? 'last'}`;
  if (f.view === 'coverage') return 'all-years';
  return String(f.year);
};

/** The metric for rank and trend, the theme for the views that show a whole theme. */
const subject = (f: Filters, metricTheme: string | undefined): string =>
  f.view === 'rank' || f.view === 'trend' ? f.metric : (f.theme ?? (f.view === 'coverage' ? 'all-themes' : (metricTheme ?? f.metric)));

// Keep names portable: letters, digits, dot, dash and underscore only.
const portable = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');

export interface NameHints {
  /** The chosen metric's theme, for the profile and table views when no theme is chosen. */
  metricTheme?: string;
  /** False when the metric is a rate, which is never converted per capita. */
  perCapitaApplies?: boolean;
}

export const exportFileName = (f: Filters, format: ExportFormat, hints: NameHints = {}): string => {
  const perCapita = f.perCapita && f.view !== 'coverage' && hints.perCapitaApplies !== false;
  const parts = [subject(f, hints.metricTheme), yearPart(f), ...(perCapita ? ['per100k'] : []), f.view];
  const scale = format.type === 'png' ? `_${format.scale}x` : '';
  return `${portable(parts.join('_'))}${scale}.${format.type}`;
};
