import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildRankOption } from '../../charts/buildRankOption.ts';
import { EChart } from '../../charts/EChart.tsx';
import { loadChartModules } from '../../charts/registerEcharts.ts';
import { ChartDataTable } from '../ChartDataTable.tsx';
import { chartDataRow } from '../chartDataRow.ts';
import { EmptyState } from '../EmptyState.tsx';
import { MissingList } from '../MissingList.tsx';
import { NotComparableList } from '../NotComparableList.tsx';
import type { ViewProps } from '../viewProps.ts';
import { useCompact } from '../useCompact.ts';
import type { RankSelection } from './rankView.ts';

/** A ranking of thousands stays legible: the top bars first, all of them (with a scroll bar) on request. */
const TOP_N = 25;

export function RankView({ model, filters, selection, dark, onSelect, chartRef, update }: ViewProps<RankSelection>) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const { metric, ranking } = selection;
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(
    () => (ranking && !showAll && ranking.rows.length > TOP_N ? { ...ranking, rows: ranking.rows.slice(0, TOP_N) } : ranking),
    [ranking, showAll],
  );
  const compact = useCompact();
  const ctx = useMemo(() => ({ t, lang, dark, compact }), [t, lang, dark, compact]);
  const option = useMemo(
    () =>
      metric &&
      shown &&
      buildRankOption({ ranking: shown, metric, year: filters.year, perCapita: filters.perCapita, populationYear: model.populationYear, visibleBars: TOP_N }, ctx),
    [shown, metric, filters.year, filters.perCapita, model.populationYear, ctx],
  );
  if (!metric || !ranking || !shown || !option) return null;
  // The scroll bar of a long ranking is loaded with the first request to see it all.
  const toggle = () => (showAll ? setShowAll(false) : void loadChartModules('dataZoom').then(() => setShowAll(true)));
  const years = [...new Set(ranking.rows.map((r) => r.observation.year))].sort();
  return (
    <>
      {ranking.yearsDiffer && <p className="warning" role="note">{t('warnings.mixedYears', { years: years.join(', ') })}</p>}
      {ranking.rows.length === 0 ? (
        <EmptyState filters={filters} />
      ) : (
        <EChart ref={chartRef} option={option} height={Math.min(140 + shown.rows.length * 40, 1200)} lang={lang} dark={dark} onSelect={onSelect} testId="rank-chart" />
      )}
      {ranking.rows.length > TOP_N && (
        <button type="button" className="link" aria-pressed={showAll} onClick={toggle} data-testid="rank-show-all">
          {showAll ? t('chart.showTop', { count: TOP_N }) : t('chart.showAll', { count: ranking.rows.length })}
        </button>
      )}
      <NotComparableList rows={ranking.notComparable} shown={ranking.rows.filter((r) => r.differs.length > 0)} others={filters.others} onToggle={() => update({ others: !filters.others })} ctx={ctx} />
      <MissingList regions={ranking.missing} lang={lang} />
      <MissingList regions={ranking.noPopulation} lang={lang} reason="noPopulation" />
      <ChartDataTable
        caption={metric.name[lang]}
        onSelect={onSelect}
        onRegion={(code) => update({ view: 'region', focus: code })}
        rows={shown.rows.map((r) => chartDataRow({ ...r, metric }, filters.perCapita, ctx))}
      />
    </>
  );
}
