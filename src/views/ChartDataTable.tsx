import { useTranslation } from 'react-i18next';
import type { Qualifier } from '../dataset/schema.ts';

export interface ChartDataRow {
  obsKey: string;
  label: string;
  /** The row's region, whose page its name opens. */
  regionCode?: string;
  value: string;
  qualifier: Qualifier;
  year: number;
}

/**
 * The chart's data as a table: what a screen reader or keyboard user reads and uses instead of the picture. Each value
 * is a button that opens its source, as a click on its bar does.
 */
export function ChartDataTable({
  rows,
  caption,
  onSelect,
  onRegion,
}: {
  rows: ChartDataRow[];
  caption: string;
  onSelect: (obsKey: string) => void;
  onRegion?: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="chart-data">
      <summary>{t('table.label')}</summary>
      <table className="simple-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.region')}</th>
            <th scope="col">{t('source.value')}</th>
            <th scope="col">{t('source.qualifier')}</th>
            <th scope="col">{t('filters.year')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.obsKey}>
              <th scope="row">
                {r.regionCode && onRegion ? (
                  <button type="button" className="link" onClick={() => onRegion(r.regionCode ?? '')} aria-label={t('region.open', { region: r.label })}>
                    {r.label}
                  </button>
                ) : (
                  r.label
                )}
              </th>
              <td className="num">
                <button type="button" className="cell-value" onClick={() => onSelect(r.obsKey)} aria-label={t('table.openSourceOf', { label: r.label, value: r.value, year: r.year })}>
                  {r.value}
                </button>
              </td>
              <td>{t(`qualifier.${r.qualifier}`)}</td>
              <td>{r.year}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
