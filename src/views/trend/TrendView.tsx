import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTrendOption } from '../../charts/buildTrendOption.ts';
import { EChart } from '../../charts/EChart.tsx';
import { ChartDataTable } from '../ChartDataTable.tsx';
import { chartDataRow } from '../chartDataRow.ts';
import { EmptyState } from '../EmptyState.tsx';
import { MissingList } from '../MissingList.tsx';
import { NotComparableList } from '../NotComparableList.tsx';
import { differences, isComparable } from '../../dataset/select/comparability.ts';
import type { ViewProps } from '../viewProps.ts';
import { useCompact } from '../useCompact.ts';
import type { TrendSelection } from './trendView.ts';

export function TrendView({ model, filters, selection, dark, onSelect, chartRef, update }: ViewProps<TrendSelection>) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const { metric, trend } = selection;
  const compact = useCompact();
  const ctx = useMemo(() => ({ t, lang, dark, compact }), [t, lang, dark, compact]);
  const option = useMemo(
    () => metric && trend && buildTrendOption({ ...trend, metric, perCapita: filters.perCapita, populationYear: model.populationYear }, ctx),
    [trend, metric, filters.perCapita, model.populationYear, ctx],
  );
  if (!metric || !trend || !option) return null;
  const drawn = trend.series.filter((s) => s.points.length > 0);
  return (
    <>
      {drawn.length === 0 ? (
        <EmptyState filters={filters} year="latest" />
      ) : (
        <EChart ref={chartRef} option={option} height={420} lang={lang} dark={dark} onSelect={onSelect} testId="trend-chart" />
      )}
      <NotComparableList
        rows={trend.notComparable.map((n) => ({ region: n.region, differs: differences(n.observation) }))}
        shown={drawn.flatMap((s) => s.points.filter((p) => !isComparable(p.observation)).map((p) => ({ region: s.region, differs: differences(p.observation) })))}
        others={filters.others}
        onToggle={() => update({ others: !filters.others })}
        ctx={ctx}
      />
      <MissingList regions={trend.missing} lang={lang} />
      <MissingList regions={trend.noPopulation} lang={lang} reason="noPopulation" />
      <ChartDataTable
        caption={metric.name[lang]}
        onSelect={onSelect}
        onRegion={(code) => update({ view: 'region', focus: code })}
        rows={drawn.flatMap((s) => s.points.map((p) => chartDataRow({ region: s.region, metric, observation: p.observation, value: p.value }, filters.perCapita, ctx)))}
      />
    </>
  );
}
