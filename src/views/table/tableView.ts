// The table: regions × a theme's metrics, sortable and filterable; the accessible alternative to every chart. Lazy.
import { lazy } from 'react';
import { metricsOfTheme } from '../../dataset/datasetModel.ts';
import type { Metric } from '../../dataset/schema.ts';
import { tableRows, type TableRow } from '../../dataset/select/tableRows.ts';
import { noPopulationRecord, valueRecord } from '../../dataset/select/viewRecords.ts';
import { differences } from '../../dataset/select/comparability.ts';
import { defineView } from '../viewDescriptor.ts';
import { metricsOfThemeIds, singleYearText, themeDetail, themeTitle } from '../viewText.ts';

export interface TableSelection {
  metrics: Metric[];
  rows: TableRow[];
}

const TableView = lazy(() => import('./TableView.tsx').then((m) => ({ default: m.TableView })));

export const tableView = defineView<TableSelection>({
  id: 'table',
  Component: TableView,
  select: (model, f, regions) => {
    const metrics = metricsOfTheme(model, f.theme);
    return { metrics, rows: tableRows(model.index, regions, metrics, f.year, f.perCapita, f.others) };
  },
  records: ({ metrics, rows }, f) => ({
    kind: 'values',
    view: 'table',
    records: rows.flatMap((row) =>
      metrics.map((m) => {
        const cell = row.cells[m.id];
        const o = cell?.observation ?? null;
        if (row.noPopulation.includes(m.id)) return noPopulationRecord(row.region, m);
        return { ...valueRecord(row.region, m, o, cell?.value ?? null, f.perCapita), ...(o ? { differs: differences(o) } : {}) };
      }),
    ),
  }),
  neededMetrics: metricsOfThemeIds,
  yearControl: 'year',
  drawsChart: false,
  comparesValues: true,
  namesMissing: false,
  perCapita: (_model, f) => f.perCapita,
  exportTitle: themeTitle,
  exportDetail: (model, f, ctx) => themeDetail(model, f, ctx),
  yearText: singleYearText,
  fileSubject: (f) => f.theme,
  fileYears: (f) => String(f.year),
});
