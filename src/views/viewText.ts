// Titles, subtitle details and year words of exported images and file names, shared by the view descriptors.
import type { BuildContext } from '../charts/buildContext.ts';
import { chartSubtitle, yearWord } from '../charts/chartText.ts';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { canBePerCapita } from '../dataset/select/perCapita.ts';
import { localName } from '../i18n/localName.ts';
import type { Filters } from '../view-state/filters.ts';

export const metricTitle = (model: DatasetModel, f: Filters, ctx: BuildContext): string => {
  const metric = model.metricById.get(f.metric);
  return metric ? localName(metric.name, ctx.lang) : f.metric;
};

export const themeTitle = (model: DatasetModel, f: Filters, ctx: BuildContext): string => {
  const theme = model.themeById.get(f.theme);
  return theme ? localName(theme.name, ctx.lang) : f.theme;
};

/** Per capita for one metric: asked for, and the metric is a count (a rate is never converted). */
export const metricPerCapita = (model: DatasetModel, f: Filters): boolean => {
  const metric = model.metricById.get(f.metric);
  return f.perCapita && metric !== undefined && canBePerCapita(metric);
};

/** The ranking's and the trend's subtitle: metric, years, unit or per-capita basis. */
export const metricDetail = (model: DatasetModel, f: Filters, ctx: BuildContext, yearText: string): string => {
  const metric = model.metricById.get(f.metric);
  if (!metric) return yearText;
  return chartSubtitle({ metric, yearText, perCapita: f.perCapita && canBePerCapita(metric), populationYear: model.populationYear }, ctx);
};

/** The theme views' subtitle: what the axis means, the year, and the per-capita basis when asked for. */
export const themeDetail = (model: DatasetModel, f: Filters, ctx: BuildContext, lead: string[] = []): string =>
  [...lead, yearWord(f.year, ctx), ...(f.perCapita ? [ctx.t('export.perCapitaBasis', { popYear: model.populationYear ?? '' })] : [])].join(' · ');

/** One year, or each region's latest. */
export const singleYearText = (_model: DatasetModel, f: Filters, ctx: BuildContext): string => yearWord(f.year, ctx);

/** The trend view's years: the chosen range, or the data's own first and last year. */
export const rangeYearText = (model: DatasetModel, f: Pick<Filters, 'from' | 'to'>, ctx: BuildContext): string => {
  const years = model.index.years.filter((y) => (f.from === null || y >= f.from) && (f.to === null || y <= f.to));
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? ctx.t('chart.yearLabel', { year: first }) : ctx.t('chart.yearRange', { from: first, to: last });
};

export const metricsOfThemeIds = (f: Pick<Filters, 'theme'>, metrics: readonly { id: string; theme: string }[]): string[] =>
  metrics.filter((m) => m.theme === f.theme).map((m) => m.id);
