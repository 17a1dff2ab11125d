// The active filters as one line of text for an exported image: what a reader needs to reproduce the view.
import type { BuildContext } from '../charts/buildContext.ts';
import { yearWord } from '../charts/chartText.ts';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { localName } from '../i18n/localName.ts';
import type { Filters } from '../view-state/filters.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

export const clauseSeparator = (ctx: BuildContext): string => (ctx.lang === 'zh' ? '；' : '; ');

/** The trend view's years: the chosen range, or the data's own first and last year. */
export const trendYearText = (model: DatasetModel, filters: Pick<Filters, 'from' | 'to'>, ctx: BuildContext): string => {
  const years = model.index.years.filter((y) => (filters.from === null || y >= filters.from) && (filters.to === null || y <= filters.to));
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? ctx.t('chart.yearLabel', { year: first }) : ctx.t('chart.yearRange', { from: first, to: last });
};

export const filtersText = (model: DatasetModel, filters: Filters, ctx: BuildContext): string => {
  const { t, lang } = ctx;
  const item = (name: string, value: string) => t('export.filterItem', { name: t(name), value });
  const chosen = filters.regions.flatMap((code) => {
    const region = model.regionByCode.get(code);
    return region ? [localName(region.name, lang)] : [];
  });
  const province = filters.province === null ? undefined : model.dataset.regions.find((r) => r.province.code === filters.province)?.province;
  const items = [
    filters.view === 'trend' ? item('filters.year', trendYearText(model, filters, ctx)) : item('filters.year', yearWord(filters.year, ctx)),
    item('filters.regions', chosen.length > 0 ? chosen.join(listSeparator(ctx.lang)) : t('filters.allRegions')),
    ...(filters.level !== null ? [item('filters.level', t(`levels.${filters.level}`))] : []),
    ...(province ? [item('filters.province', localName(province.name, lang))] : []),
    ...(filters.perCapita ? [t('filters.perCapita')] : []),
  ];
  return t('export.filters', { items: items.join(clauseSeparator(ctx)) });
};
