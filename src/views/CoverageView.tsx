import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { coverage, yearRuns } from '../dataset/select/coverage.ts';
import type { Metric } from '../dataset/schema.ts';
import { useVirtualRows } from '../table/useVirtualRows.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ViewProps } from './viewProps.ts';

const ROW_HEIGHT = 36;

/**
 * Which region has which metric in which year: a heat table, so what can be compared is seen at once. The longer of
 * the two lists runs down the page, with virtual rows, so 3,000 regions stay a table one can scroll and not a wall
 * of columns; a few regions are columns, one metric per row.
 */
export function CoverageView({ model, filters, regions }: ViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const metrics = useMemo(
    () => model.metricsWithData.filter((m) => filters.theme === null || m.theme === filters.theme),
    [model.metricsWithData, filters.theme],
  );
  const rows = useMemo(() => coverage(model.index, regions, metrics), [model.index, regions, metrics]);
  const regionsDown = rows.length > metrics.length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { indexes, virtual, padTop, padBottom } = useVirtualRows(regionsDown ? rows.length : metrics.length, scrollRef, ROW_HEIGHT);

  const metricName = (m: Metric): ReactNode => (
    <>
      <span className="muted small">{model.themeById.get(m.theme)?.name[lang]} · </span>
      {m.name[lang]}
    </>
  );
  const cell = (regionIndex: number, m: Metric) => {
    const years = rows[regionIndex]?.years[m.id] ?? [];
    const code = rows[regionIndex]?.region.code ?? '';
    return (
      <td key={regionsDown ? m.id : code} className={years.length > 0 ? 'has' : 'none'}>
        {years.length > 0 ? yearRuns(years) : <span className="visually-hidden">{t('chart.noData')}</span>}
      </td>
    );
  };
  const rowStyle = virtual ? { height: ROW_HEIGHT } : undefined;
  const columnCount = 1 + (regionsDown ? metrics.length + 1 : rows.length);

  return (
    <div className="coverage">
      <p className="muted">{t('coverage.intro')}</p>
      <div className="data-table__scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={t('views.coverage')}>
        <table className="coverage-table" data-orientation={regionsDown ? 'regions-down' : 'metrics-down'}>
          <thead>
            <tr>
              <th scope="col">{t(regionsDown ? 'table.region' : 'filters.metric')}</th>
              {regionsDown && <th scope="col">{t('coverage.metricsWithData')}</th>}
              {regionsDown
                ? metrics.map((m) => <th key={m.id} scope="col">{metricName(m)}</th>)
                : rows.map((r) => <th key={r.region.code} scope="col">{r.region.name[lang]}</th>)}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true"><td colSpan={columnCount} /></tr>}
            {regionsDown
              ? indexes.map((i) => (
                  <tr key={rows[i]?.region.code} style={rowStyle}>
                    <th scope="row">{rows[i]?.region.name[lang]}</th>
                    <td className="num">{rows[i]?.count}</td>
                    {metrics.map((m) => cell(i, m))}
                  </tr>
                ))
              : indexes.map((i) => {
                  const m = metrics[i];
                  return m && (
                    <tr key={m.id} style={rowStyle}>
                      <th scope="row">{metricName(m)}</th>
                      {rows.map((_, r) => cell(r, m))}
                    </tr>
                  );
                })}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true"><td colSpan={columnCount} /></tr>}
          </tbody>
          {!regionsDown && (
            <tfoot>
              <tr>
                <th scope="row">{t('coverage.metricsWithData')}</th>
                {rows.map((r) => (
                  <td key={r.region.code} className="num">{r.count}</td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
