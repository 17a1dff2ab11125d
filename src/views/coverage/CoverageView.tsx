import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { yearRuns } from '../../dataset/select/coverage.ts';
import type { Metric } from '../../dataset/schema.ts';
import { useVirtualRows } from '../../table/useVirtualRows.ts';
import type { ViewProps } from '../viewProps.ts';
import type { CoverageSelection } from './coverageView.ts';
import { listSeparator } from '../../i18n/listSeparator.ts';

const ROW_HEIGHT = 36;

/**
 * Which region has which metric of the theme in which year: a heat table, so what can be compared is seen at once.
 * Regions always run down the page (virtual rows, so 3,000 regions stay a table one can scroll), metrics across: the
 * layout never flips between themes.
 */
export function CoverageView({ model, filters, selection }: ViewProps<CoverageSelection>) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const { metrics, rows } = selection;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { indexes, virtual, padTop, padBottom } = useVirtualRows(rows.length, scrollRef, ROW_HEIGHT);
  const columnCount = 3 + metrics.length;
  const kindsOf = (code: string) => [...(model.sourceKinds.get(code) ?? [])].map((k) => t(`source.kinds.${k}`)).join(listSeparator(lang));

  const metricName = (m: Metric): ReactNode => (
    <>
      <span className="muted small">{model.themeById.get(m.theme)?.name[lang]} · </span>
      {m.name[lang]}
    </>
  );

  return (
    <div className="coverage">
      <p className="muted">{t('coverage.intro')}</p>
      <div className="data-table__scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={t('coverage.tableLabel')}>
        <table className="coverage-table" data-orientation="regions-down">
          <thead>
            <tr>
              <th scope="col">{t('table.region')}</th>
              <th scope="col">{t('filters.sourceKind')}</th>
              <th scope="col">{t('coverage.metricsWithData')}</th>
              {metrics.map((m) => <th key={m.id} scope="col">{metricName(m)}</th>)}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true"><td colSpan={columnCount} /></tr>}
            {indexes.map((i) => {
              const row = rows[i];
              return row && (
                <tr key={row.region.code} style={virtual ? { height: ROW_HEIGHT } : undefined}>
                  <th scope="row">{row.region.name[lang]}</th>
                  <td className="coverage__kinds">{kindsOf(row.region.code)}</td>
                  <td className="num">{row.count}</td>
                  {metrics.map((m) => {
                    const years = row.years[m.id] ?? [];
                    return (
                      <td key={m.id} className={years.length > 0 ? 'has' : 'none'}>
                        {years.length > 0 ? yearRuns(years) : <span className="visually-hidden">{t('chart.noData')}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true"><td colSpan={columnCount} /></tr>}
          </tbody>
        </table>
      </div>
    </div>
  );
}
