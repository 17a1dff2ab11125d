// File names that say what a file holds: subject, year (or range), basis, view, and the image scale.
import type { Filters } from '../view-state/filters.ts';

export type ExportFormat = { type: 'png'; scale: 2 | 4 } | { type: 'svg' } | { type: 'csv' };

export const DATASET_FILE_NAME = 'fazhi-dataset.json';

// Keep names portable: letters, digits, dot, dash and underscore only.
const portable = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');

export interface NameParts {
  /** The metric for a ranking or a trend, the theme for the views that show a whole theme (the view's descriptor says). */
  subject: string;
  /** One year, "latest", a range, or all-years. */
  years: string;
  /** False when the metric is a rate, which is never converted per capita, or the view has no values. */
  perCapitaApplies: boolean;
}

export const exportFileName = (f: Filters, format: ExportFormat, parts: NameParts): string => {
  const perCapita = f.perCapita && parts.perCapitaApplies;
  const name = [parts.subject, parts.years, ...(perCapita ? ['per100k'] : []), f.view];
  const scale = format.type === 'png' ? `_${format.scale}x` : '';
  return `${portable(name.join('_'))}${scale}.${format.type}`;
};
