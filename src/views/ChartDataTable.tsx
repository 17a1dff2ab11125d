import { useTranslation } from 'react-i18next';
import type { Qualifier } from '../dataset/schema.ts';

export interface ChartDataRow {
  obsKey: string;
  label: string;
  value: string;
  qualifier: Qualifier;
  year: number;
}

/** The chart's data as a table: what a screen reader or keyboard user reads instead of the picture. */
export function ChartDataTable({ rows, caption }: { rows: ChartDataRow[]; caption: string }) {
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
              <th scope="row">{r.label}</th>
              <td className="num">{r.value}</td>
              <td>{t(`qualifier.${r.qualifier}`)}</td>
              <td>{r.year}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
