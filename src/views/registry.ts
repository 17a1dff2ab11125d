// Every view, in the order of the view tabs. The page, the filter panel, the data loader and the exports read these.
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Region } from '../dataset/schema.ts';
import type { ViewRecords } from '../dataset/select/viewRecords.ts';
import type { Filters, View } from '../view-state/filters.ts';
import { coverageView } from './coverage/coverageView.ts';
import { regionView } from './region/regionView.ts';
import { profileView } from './profile/profileView.ts';
import { rankView } from './rank/rankView.ts';
import { tableView } from './table/tableView.ts';
import { trendView } from './trend/trendView.ts';
import type { AnyView } from './viewDescriptor.ts';
import type { BuildContext } from '../charts/buildContext.ts';
import type { ViewWords } from '../export/exportAnnotations.ts';
import type { NameParts } from '../export/exportFileName.ts';

export const VIEW_REGISTRY: Readonly<Record<View, AnyView>> = {
  rank: rankView,
  trend: trendView,
  profile: profileView,
  table: tableView,
  coverage: coverageView,
  region: regionView,
};

export const viewOf = (view: View): AnyView => VIEW_REGISTRY[view];

/** The records a view shows for these filters (what its CSV holds): select, then flatten. */
export const selectRecords = (model: DatasetModel, filters: Filters, regions: Region[]): ViewRecords => {
  const view = viewOf(filters.view);
  return view.records(view.select(model, filters, regions), filters);
};

/** What an exported image says of its view: title, subtitle detail, year words, whether it names missing regions. */
export const viewWords = (model: DatasetModel, filters: Filters, ctx: BuildContext): ViewWords => {
  const view = viewOf(filters.view);
  return {
    view: view.id,
    title: view.exportTitle(model, filters, ctx),
    detail: view.exportDetail(model, filters, ctx),
    yearText: view.yearText(model, filters, ctx),
    namesMissing: view.namesMissing,
    perCapita: view.perCapita(model, filters),
  };
};

/** The parts of an exported file's name. */
export const fileNameParts = (model: DatasetModel, filters: Filters): NameParts => {
  const view = viewOf(filters.view);
  return { subject: view.fileSubject(filters), years: view.fileYears(filters), perCapitaApplies: view.perCapita(model, filters) };
};
