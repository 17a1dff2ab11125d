import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tableRows } from '../dataset/select/tableRows.ts';
import { metricsOfTheme } from '../dataset/datasetModel.ts';
import { tableColumns } from '../table/tableColumns.tsx';
import { DataTable } from '../table/DataTable.tsx';
import type { Lang } from '../i18n/lang.ts';
import type { ViewProps } from './viewProps.ts';

export function TableView({ model, filters, regions, onSelect }: ViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const themeId = filters.theme ?? model.metricById.get(filters.metric)?.theme ?? '';
  const themeName = model.themeById.get(themeId)?.name[lang] ?? themeId;
  const metrics = useMemo(() => metricsOfTheme(model, themeId), [model, themeId]);
  const rows = useMemo(() => tableRows(model.index, regions, metrics, filters.year, filters.perCapita), [model.index, regions, metrics, filters.year, filters.perCapita]);
  const showYears = useMemo(() => new Set(rows.flatMap((r) => Object.values(r.cells).map((c) => c?.observation.year))).size > 2, [rows]);
  const columns = useMemo(
    () => tableColumns({ t, lang, themeName, metrics, perCapita: filters.perCapita, showYears: filters.year === 'latest' && showYears, onSelect }),
    [t, lang, themeName, metrics, filters.perCapita, filters.year, showYears, onSelect],
  );
  return <DataTable rows={rows} columns={columns} caption={`${t('table.label')}: ${themeName}`} />;
}
