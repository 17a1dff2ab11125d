import type { RefObject } from 'react';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Region } from '../dataset/schema.ts';
import type { Filters } from '../view-state/filters.ts';
import type { EChartHandle } from '../charts/EChart.tsx';

export interface ExportBarProps {
  model: DatasetModel;
  filters: Filters;
  regions: Region[];
  chartRef: RefObject<EChartHandle | null>;
}

/** Export controls for the current view (PNG, SVG, CSV, JSON, copy link, copy image). */
export function ExportBar(_props: ExportBarProps) {
  return null;
}
