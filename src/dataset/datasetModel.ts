// Lookups built once per loaded dataset; the dataset itself is never mutated.
import type { Dataset, Metric, Observation, Region, Source, SourceKind, Theme } from './schema.ts';
import { sourceKindsByRegion } from './select/filterRegions.ts';
import { observationKey } from './observationKey.ts';
import { indexObservations, type ObservationIndex } from './select/observationIndex.ts';
import { catalogueOf, DEFAULT_METRIC, type Catalogue } from './catalogue.ts';

export interface DatasetModel {
  dataset: Dataset;
  index: ObservationIndex;
  catalogue: Catalogue;
  metricById: ReadonlyMap<string, Metric>;
  themeById: ReadonlyMap<string, Theme>;
  regionByCode: ReadonlyMap<string, Region>;
  sourceById: ReadonlyMap<string, Source>;
  observationByKey: ReadonlyMap<string, Observation>;
  /** Metrics with at least one observation, in catalogue order. */
  metricsWithData: Metric[];
  populationYear: number | null;
  /** Region code → the kinds of its sources (annual report, news…): for the source-kind filter and coverage. */
  sourceKinds: ReadonlyMap<string, ReadonlySet<SourceKind>>;
}

/** What a model knows of a dataset's tables besides its observations; the real and the synthetic models share it. */
export type TableLookups = Pick<DatasetModel, 'metricById' | 'themeById' | 'regionByCode' | 'sourceById' | 'metricsWithData' | 'sourceKinds'>;

export const tableLookups = (tables: Pick<Dataset, 'themes' | 'regions' | 'sources' | 'metrics'>, observed: ReadonlySet<string>): TableLookups => ({
  metricById: new Map(tables.metrics.map((m) => [m.id, m])),
  themeById: new Map(tables.themes.map((t) => [t.id, t])),
  regionByCode: new Map(tables.regions.map((r) => [r.code, r])),
  sourceById: new Map(tables.sources.map((s) => [s.id, s])),
  metricsWithData: tables.metrics.filter((m) => observed.has(m.id)),
  sourceKinds: sourceKindsByRegion(tables.sources),
});

export const buildDatasetModel = (dataset: Dataset): DatasetModel => ({
  dataset,
  index: indexObservations(dataset.observations),
  catalogue: catalogueOf(dataset, DEFAULT_METRIC),
  observationByKey: new Map(dataset.observations.map((o) => [observationKey(o), o])),
  populationYear: dataset.regions.find((r) => r.population)?.population?.year ?? null,
  ...tableLookups(dataset, new Set(dataset.observations.map((o) => o.metric))),
});

/** A theme's rankable metrics with data, in catalogue order: what its views compare. Notable figures (rankable false) are a region's own. */
export const metricsOfTheme = (model: DatasetModel, theme: string): Metric[] => model.metricsWithData.filter((m) => m.theme === theme && m.rankable);
