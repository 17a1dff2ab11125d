// One record per view (as Superset registers one plugin per chart): everything the page, the filters and the exports
// need to know of a view. Nothing else branches on a view's name; a new view is one folder and one registry entry.
import type { ComponentType } from 'react';
import type { BuildContext } from '../charts/buildContext.ts';
import type { ZoomWindow } from '../charts/zoomWindow.ts';
import type { RankWindow } from '../charts/rankWindow.ts';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Metric, Region } from '../dataset/schema.ts';
import type { ViewRecords } from '../dataset/select/viewRecords.ts';
import type { Filters, View } from '../view-state/filters.ts';
import type { ViewProps } from './viewProps.ts';


export interface ViewDescriptor<S> {
  id: View;
  /** Lazy for every view but the first chart's; its chart modules load with it. */
  Component: ComponentType<ViewProps<S>>;
  /** What the view shows, selected once per change of the data or the filters. */
  select(model: DatasetModel, filters: Filters, regions: Region[]): S;
  /** The selection as flat records, for the CSV and the notes of an exported image. */
  records(selection: S, filters: Filters): ViewRecords;
  /** Metrics whose data must be loaded before the view can draw (the synthetic dataset loads a shard per metric). */
  neededMetrics(filters: Pick<Filters, 'metric' | 'theme'>, metrics: readonly Metric[]): string[];
  /** The year control the filter panel shows: one year (or latest), a from–to range, or none (each figure's latest). */
  yearControl: 'year' | 'range' | 'none';
  /** Draws a chart that can be exported as an image. */
  drawsChart: boolean;
  /** Compares values across regions: the mixed-level warning and the qualifier legend apply. */
  comparesValues: boolean;
  /** Names the regions without a value under the chart (and in an image's footer). */
  namesMissing: boolean;
  /** Whether values are shown per 100,000 residents: asked for, and meaningful for what is shown (never for a rate). */
  perCapita(model: DatasetModel, filters: Filters): boolean;
  /** An exported image's title and the detail of its subtitle. */
  exportTitle(model: DatasetModel, filters: Filters, ctx: BuildContext): string;
  exportDetail(model: DatasetModel, filters: Filters, ctx: BuildContext): string;
  /** The year words of the filters line (a range for trends). */
  yearText(model: DatasetModel, filters: Filters, ctx: BuildContext): string;
  /** File names: what the file is about (a metric or a theme) and which years. */
  fileSubject(filters: Filters): string;
  fileYears(filters: Filters): string;
  /** Rankings only: which ranks an image of `bars` bars with this scroll window shows. */
  ranksShown?(bars: number, zoom: ZoomWindow | null, records: ViewRecords): RankWindow;
}

// The registry holds views of different selections; each descriptor is type-checked where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyView = ViewDescriptor<any>;

export const defineView = <S,>(d: ViewDescriptor<S>): AnyView => d;
