// The words an exported image carries besides the chart: title, subtitle, filters, sources, notes and the dashboard's name.
import type { BuildContext } from '../charts/buildContext.ts';
import { nameList, regionName } from '../charts/chartText.ts';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { QUALIFIERS } from '../dataset/schema.ts';
import { localName } from '../i18n/localName.ts';
import type { Filters } from '../view-state/filters.ts';
import { clauseSeparator, filtersText } from './filtersText.ts';
import { listSeparator } from '../i18n/listSeparator.ts';
import type { ValueRecord, ViewRecords } from '../dataset/select/viewRecords.ts';
import { notComparableItems } from '../charts/differenceText.ts';
import { showsEveryRank, type RankWindow } from '../charts/rankWindow.ts';

/** What the view's descriptor says of itself: the image's title, its subtitle's detail, and the year words. */
export interface ViewWords {
  view: string;
  title: string;
  detail: string;
  yearText: string;
  /** Whether regions without a value are named under the chart (a ranking, a trend). */
  namesMissing: boolean;
  /** Whether the values are per 100,000 residents (asked for, and meaningful for what is shown). */
  perCapita: boolean;
}

export interface ExportAnnotations {
  title: string;
  subtitle: string;
  filters: string;
  /** The reports the shown values come from; null when none is shown. */
  sources: string | null;
  /** Regions the chart has no value for, named rather than drawn as zero: a dozen, and a count of the rest. */
  missing: string | null;
  /** Per capita: regions with values but no citable population, named as left out; null when none. */
  noPopulation: string | null;
  /** Values that are not comparable: marked ‡ in the chart, or listed as left out of it; null when none. */
  compare: string | null;
  /** What the page warns of above the chart (mixed levels), or null. */
  warnings: string | null;
  /** What ≈ ≥ † mean, only when such values are shown. */
  note: string | null;
  dashboard: string;
}

const compareText = (values: readonly ValueRecord[], ctx: BuildContext): string | null => {
  const differing = values.filter((r) => r.observation && r.differs && r.differs.length > 0);
  if (differing.length === 0) return null;
  const items = notComparableItems(differing.map((r) => ({ region: r.region, differs: r.differs ?? [] })), ctx);
  // Ranked ones are drawn (marked ‡); the others were left out of the chart.
  return differing.some((r) => r.rank !== undefined) ? ctx.t('compare.note', { items }) : ctx.t('compare.listed', { items });
};

/** `ranks`: the ranks a ranking's image shows, when it may not be all of them (a top N, a scroll bar). */
export const exportAnnotations = (
  model: DatasetModel,
  filters: Filters,
  records: ViewRecords,
  words: ViewWords,
  ctx: BuildContext,
  ranks?: RankWindow,
  /** Notes the page shows above the chart (mixed levels): an image carries them too. */
  warnings: readonly string[] = [],
): ExportAnnotations => {
  const { t, lang } = ctx;
  const values = records.kind === 'values' ? records.records : [];
  const shown = values.flatMap((r) => (r.observation ? [r.observation] : []));
  const sourceIds = [...new Set(shown.map((o) => o.source))];
  const reports = sourceIds.map((id) => t('export.sourceItem', { title: localName(model.sourceById.get(id)?.title ?? { zh: id, en: id }, lang) }));
  const missingRegions = words.namesMissing ? values.filter((r) => r.observation === null && !r.noPopulation).map((r) => r.region) : [];
  const noPopulation = [...new Set(values.filter((r) => r.noPopulation).map((r) => r.region))];
  const marked = QUALIFIERS.filter((q) => q !== 'exact' && shown.some((o) => o.qualifier === q));
  return {
    title: words.title,
    subtitle: t('export.subtitle', {
      view: t(`views.${words.view}`),
      detail: [words.detail, ...(ranks && !showsEveryRank(ranks) ? [t('export.ranksShown', { ...ranks })] : [])].join(' · '),
    }),
    filters: filtersText(model, filters, words.yearText, words.perCapita, ctx),
    sources: reports.length > 0 ? t('export.sources', { reports: reports.join(lang === 'zh' ? listSeparator(lang) : clauseSeparator(ctx)) }) : null,
    missing:
      missingRegions.length > 0 ? t('chart.noDataFor', { regions: nameList(missingRegions.map((r) => regionName(r, ctx)), ctx) }) : null,
    noPopulation: noPopulation.length > 0 ? t('chart.noPopulationFor', { regions: nameList(noPopulation.map((r) => regionName(r, ctx)), ctx) }) : null,
    compare: compareText(values, ctx),
    warnings: warnings.length > 0 ? warnings.join(' ') : null,
    note: marked.length > 0 ? t('export.note.line', { items: marked.map((q) => t(`export.note.${q}`)).join(clauseSeparator(ctx)) }) : null,
    dashboard: t('app.title'),
  };
};
