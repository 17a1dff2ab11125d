import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { coverage } from '../dataset/select/coverage.ts';
import type { Lang } from '../view-state/filters.ts';
import type { ViewProps } from './viewProps.ts';

/** Which region has which metric in which year: a heat table, so what can be compared is seen at once. */
export function CoverageView({ model, filters, regions }: ViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const metrics = useMemo(
    () => model.metricsWithData.filter((m) => filters.theme === null || m.theme === filters.theme),
    [model.metricsWithData, filters.theme],
  );
  const rows = useMemo(() => coverage(model.index, regions, metrics), [model.index, regions, metrics]);
  return (
    <div className="coverage">
      <p className="muted">{t('coverage.intro')}</p>
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label={t('views.coverage')}>
        <table className="coverage-table">
          <thead>
            <tr>
              <th scope="col">{t('filters.metric')}</th>
              {rows.map((r) => (
                <th key={r.region.code} scope="col">{r.region.name[lang]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <span className="muted small">{model.themeById.get(m.theme)?.name[lang]} · </span>
                  {m.name[lang]}
                </th>
                {rows.map((r) => {
                  const years = r.years[m.id] ?? [];
                  return (
                    <td key={r.region.code} className={years.length > 0 ? 'has' : 'none'}>
                      {years.length > 0 ? years.join(', ') : <span className="visually-hidden">{t('chart.noData')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('coverage.metricsWithData')}</th>
              {rows.map((r) => (
                <td key={r.region.code} className="num">{r.count}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
