// Column definitions for the region × metric table, made once per language and theme, outside any component.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Metric } from '../dataset/schema.ts';
import type { TableRow } from '../dataset/select/tableRows.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatValue, markValue } from '../i18n/formatNumber.ts';
import type { Features } from './tableFeatures.ts';
import { observationKey } from '../dataset/observationKey.ts';
import { differences } from '../dataset/select/comparability.ts';
import { differencesText, NOT_COMPARABLE_MARK } from '../charts/differenceText.ts';

const helper = createColumnHelper<Features, TableRow>();

export interface ColumnsInput {
  t: TFunction;
  lang: Lang;
  themeName: string;
  metrics: Metric[];
  perCapita: boolean;
  /** Label each cell with its year (latest mode with mixed years). */
  showYears: boolean;
  onSelect: (obsKey: string) => void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of mixed value types, as TanStack's own helper.columns returns
export type TableColumns = Array<ColumnDef<Features, TableRow, any>>;

export const tableColumns = ({ t, lang, themeName, metrics, perCapita, showYears, onSelect }: ColumnsInput): TableColumns => helper.columns([
  helper.accessor((row) => row.region.name[lang], {
    id: 'region',
    header: t('table.region'),
    enableHiding: false,
    sortFn: 'alphanumeric',
    cell: (info) => (
      <span>
        {info.getValue()} <span className="code">{info.row.original.region.code}</span>
        {info.row.original.region.user_added && <span className="badge">{t('filters.addedMark')}</span>}
      </span>
    ),
  }),
  helper.accessor((row) => t(`levels.${row.region.level}`), { id: 'level', header: t('table.level'), sortFn: 'alphanumeric' }),
  helper.group({
    id: 'theme',
    header: themeName,
    columns: helper.columns(metrics.map((metric) =>
      helper.accessor((row) => row.cells[metric.id]?.value, {
        id: metric.id,
        header: metric.name[lang],
        sortFn: 'basic',
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: (info) => {
          const cell = info.row.original.cells[metric.id];
          if (!cell && info.row.original.noPopulation.includes(metric.id))
            return (
              <span className="nodata" aria-label={t('chart.noPopulation')} title={t('chart.noPopulation')}>
                {t('table.noPopulationMark')}
              </span>
            );
          if (!cell) return <span className="nodata" aria-label={t('chart.noData')}>—</span>;
          const o = cell.observation;
          const differs = differences(o);
          const mark = differs.length > 0 ? ` ${NOT_COMPARABLE_MARK}` : '';
          const text = `${markValue(formatValue(cell.value, metric.unit, lang, { perCapita: perCapita && metric.unit !== 'percent' }), o.qualifier)}${mark}`;
          const why = differs.length > 0 ? `, ${differencesText(differs, { t, lang })}` : '';
          // The accessible name holds everything the cell shows (its year too), then what it does.
          return (
            <button
              type="button"
              className={`cell-value q-${o.qualifier}${differs.length > 0 ? ' cell-value--differs' : ''}`}
              title={`${t(`qualifier.${o.qualifier}`)}${why}`}
              aria-label={`${text}${showYears ? ` ${o.year}` : ''}, ${t(`qualifier.${o.qualifier}`)}${why}: ${t('table.openSource', { region: info.row.original.region.name[lang], metric: metric.name[lang] })}`}
              onClick={() => onSelect(observationKey(o))}
            >
              {text}
              {showYears && <span className="cell-year">{o.year}</span>}
            </button>
          );
        },
      }),
    )),
  }),
]);
