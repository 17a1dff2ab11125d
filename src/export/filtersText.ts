// The active filters as one line of text for an exported image: what a reader needs to reproduce the view.
import type { BuildContext } from '../charts/buildContext.ts';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { localName } from '../i18n/localName.ts';
import type { Filters } from '../view-state/filters.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

export const clauseSeparator = (ctx: BuildContext): string => (ctx.lang === 'zh' ? '；' : '; ');

export const filtersText = (model: DatasetModel, filters: Filters, yearText: string, perCapita: boolean, ctx: BuildContext): string => {
  const { t, lang } = ctx;
  const item = (name: string, value: string) => t('export.filterItem', { name: t(name), value });
  const chosen = filters.regions.flatMap((code) => {
    const region = model.regionByCode.get(code);
    return region ? [localName(region.name, lang)] : [];
  });
  const province = filters.province === null ? undefined : model.dataset.regions.find((r) => r.province.code === filters.province)?.province;
  const items = [
    item('filters.year', yearText),
    item('filters.regions', chosen.length > 0 ? chosen.join(listSeparator(ctx.lang)) : t('filters.allRegions')),
    ...(filters.level !== null ? [item('filters.level', t(`levels.${filters.level}`))] : []),
    ...(province ? [item('filters.province', localName(province.name, lang))] : []),
    ...(perCapita ? [t('filters.perCapita')] : []),
  ];
  return t('export.filters', { items: items.join(clauseSeparator(ctx)) });
};
