import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tableColumns } from '../../table/tableColumns.tsx';
import { DataTable } from '../../table/DataTable.tsx';
import type { ViewProps } from '../viewProps.ts';
import { MissingList } from '../MissingList.tsx';
import type { TableSelection } from './tableView.ts';

export function TableView({ model, filters, selection, onSelect, update }: ViewProps<TableSelection>) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const themeName = model.themeById.get(filters.theme)?.name[lang] ?? filters.theme;
  const { metrics, rows } = selection;
  const showYears = useMemo(() => new Set(rows.flatMap((r) => Object.values(r.cells).map((c) => c?.observation.year))).size > 2, [rows]);
  const columns = useMemo(
    () => tableColumns({ t, lang, themeName, metrics, perCapita: filters.perCapita, showYears: filters.year === 'latest' && showYears, onSelect }),
    [t, lang, themeName, metrics, filters.perCapita, filters.year, showYears, onSelect],
  );
  const noPopulation = useMemo(() => rows.filter((r) => r.noPopulation.length > 0).map((r) => r.region), [rows]);
  return (
    <>
      <DataTable rows={rows} columns={columns} caption={`${t('table.label')}: ${themeName}`} state={{ sort: filters.sort, hidden: filters.hidden }} onStateChange={update} />
      <MissingList regions={noPopulation} lang={lang} reason="noPopulation" />
    </>
  );
}
