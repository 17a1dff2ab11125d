import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rankRegions } from '../dataset/select/rankRegions.ts';
import { buildRankOption } from '../charts/buildRankOption.ts';
import { EChart } from '../charts/EChart.tsx';
import { observationKey, valueText } from '../charts/chartText.ts';
import type { Lang } from '../view-state/filters.ts';
import { ChartDataTable } from './ChartDataTable.tsx';
import { MissingList } from './MissingList.tsx';
import type { ViewProps } from './viewProps.ts';
import { useCompact } from './useCompact.ts';

export function RankView({ model, filters, regions, dark, onSelect, chartRef }: ViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const metric = model.metricById.get(filters.metric);
  const ranking = useMemo(
    () => metric && rankRegions(model.index, regions, metric, filters.year, filters.perCapita),
    [model.index, regions, metric, filters.year, filters.perCapita],
  );
  const compact = useCompact();
  const ctx = useMemo(() => ({ t, lang, dark, compact }), [t, lang, dark, compact]);
  const option = useMemo(
    () => metric && ranking && buildRankOption({ ranking, metric, year: filters.year, perCapita: filters.perCapita, populationYear: model.populationYear }, ctx),
    [ranking, metric, filters.year, filters.perCapita, model.populationYear, ctx],
  );
  if (!metric || !ranking || !option) return null;
  const years = [...new Set(ranking.rows.map((r) => r.observation.year))].sort();
  return (
    <>
      {ranking.yearsDiffer && <p className="warning" role="note">{t('warnings.mixedYears', { years: years.join(', ') })}</p>}
      {ranking.rows.length === 0 ? (
        <p className="empty">{t('chart.nothingToShow')}</p>
      ) : (
        <EChart ref={chartRef} option={option} height={Math.min(140 + ranking.rows.length * 40, 1200)} lang={lang} dark={dark} onSelect={onSelect} testId="rank-chart" />
      )}
      <MissingList regions={ranking.missing} lang={lang} />
      <ChartDataTable
        caption={metric.name[lang]}
        rows={ranking.rows.map((r) => ({
          obsKey: observationKey(r.observation),
          label: r.region.name[lang],
          value: valueText(r.value, metric, r.observation.qualifier, filters.perCapita, ctx),
          qualifier: r.observation.qualifier,
          year: r.observation.year,
        }))}
      />
    </>
  );
}
