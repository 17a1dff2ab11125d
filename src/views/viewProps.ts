import type { RefObject } from 'react';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Region } from '../dataset/schema.ts';
import type { Filters } from '../view-state/filters.ts';
import type { EChartHandle } from '../charts/EChart.tsx';

/** What every view receives: the data, the view state, what its descriptor selected, and where a click on a value goes. */
export interface ViewProps<S = unknown> {
  model: DatasetModel;
  filters: Filters;
  regions: Region[];
  /** Selected once per change by the view's descriptor; the chart, its data table and the export share it. */
  selection: S;
  dark: boolean;
  onSelect: (obsKey: string) => void;
  chartRef: RefObject<EChartHandle | null>;
  /** Changes view state in the URL (the table's sort and hidden columns). */
  update: (patch: Partial<Filters>) => void;
}
