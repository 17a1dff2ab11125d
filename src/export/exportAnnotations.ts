// The words an exported image carries besides the chart: title, subtitle, filters, sources, notes and the dashboard's name.
import type { BuildContext } from '../charts/buildContext.ts';
import { chartSubtitle, nameList, regionName, yearWord } from '../charts/chartText.ts';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { QUALIFIERS } from '../dataset/schema.ts';
import { canBePerCapita } from '../dataset/select/perCapita.ts';
import { localName } from '../i18n/localName.ts';
import type { Filters } from '../view-state/filters.ts';
import { clauseSeparator, filtersText, trendYearText } from './filtersText.ts';
import { listSeparator } from '../i18n/listSeparator.ts';
import { viewTheme, type ViewRecords } from './viewRecords.ts';
import { showsEveryRank, type RankWindow } from './rankWindow.ts';

export interface ExportAnnotations {
  title: string;
  subtitle: string;
  filters: string;
  /** The reports the shown values come from; null when none is shown. */
  sources: string | null;
  /** Regions the chart has no value for, named rather than drawn as zero: a dozen, and a count of the rest. */
  missing: string | null;
  /** What ≈ ≥ † mean, only when such values are shown. */
  note: string | null;
  dashboard: string;
}

const detailText = (model: DatasetModel, filters: Filters, ctx: BuildContext): string => {
  const metric = model.metricById.get(filters.metric);
  const perCapita = filters.perCapita && (metric ? canBePerCapita(metric) : true);
  const basis = ctx.t('export.perCapitaBasis', { popYear: model.populationYear ?? '' });
  if ((filters.view === 'rank' || filters.view === 'trend') && metric) {
    const yearText = filters.view === 'trend' ? trendYearText(model, filters, ctx) : yearWord(filters.year, ctx);
    return chartSubtitle({ metric, yearText, perCapita, populationYear: model.populationYear }, ctx);
  }
  const parts = [...(filters.view === 'profile' ? [ctx.t('chart.scaledAxis')] : []), yearWord(filters.year, ctx), ...(filters.perCapita ? [basis] : [])];
  return parts.join(' · ');
};

const titleText = (model: DatasetModel, filters: Filters, ctx: BuildContext): string => {
  if (filters.view === 'rank' || filters.view === 'trend') {
    const metric = model.metricById.get(filters.metric);
    return metric ? localName(metric.name, ctx.lang) : filters.metric;
  }
  if (filters.view === 'coverage' && filters.theme === null) return ctx.t('views.coverage');
  const theme = model.themeById.get(viewTheme(model, filters));
  return theme ? localName(theme.name, ctx.lang) : viewTheme(model, filters);
};

/** `ranks`: the ranks a ranking's image shows, when it may not be all of them (a top N, a scroll bar). */
export const exportAnnotations = (
  model: DatasetModel,
  filters: Filters,
  records: ViewRecords,
  ctx: BuildContext,
  ranks?: RankWindow,
): ExportAnnotations => {
  const { t, lang } = ctx;
  const values = records.kind === 'values' ? records.records : [];
  const shown = values.flatMap((r) => (r.observation ? [r.observation] : []));
  const sourceIds = [...new Set(shown.map((o) => o.source))];
  const reports = sourceIds.map((id) => t('export.sourceItem', { title: localName(model.sourceById.get(id)?.title ?? { zh: id, en: id }, lang) }));
  const missingRegions = filters.view === 'rank' || filters.view === 'trend' ? values.filter((r) => r.observation === null).map((r) => r.region) : [];
  const marked = QUALIFIERS.filter((q) => q !== 'exact' && shown.some((o) => o.qualifier === q));
  return {
    title: titleText(model, filters, ctx),
    subtitle: t('export.subtitle', {
      view: t(`views.${filters.view}`),
      detail: [detailText(model, filters, ctx), ...(ranks && !showsEveryRank(ranks) ? [t('export.ranksShown', { ...ranks })] : [])].join(' · '),
    }),
    filters: filtersText(model, filters, ctx),
    sources: reports.length > 0 ? t('export.sources', { reports: reports.join(lang === 'zh' ? listSeparator(lang) : clauseSeparator(ctx)) }) : null,
    missing:
      missingRegions.length > 0 ? t('chart.noDataFor', { regions: nameList(missingRegions.map((r) => regionName(r, ctx)), ctx) }) : null,
    note: marked.length > 0 ? t('export.note.line', { items: marked.map((q) => t(`export.note.${q}`)).join(clauseSeparator(ctx)) }) : null,
    dashboard: t('app.title'),
  };
};
