// What the current view shows, as records: computed with the views' own selectors, so the CSV says what the page says.
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { metricsOfTheme } from '../dataset/datasetModel.ts';
import type { Metric, Observation, Region } from '../dataset/schema.ts';
import { coverage, type CoverageRow } from '../dataset/select/coverage.ts';
import { canBePerCapita } from '../dataset/select/perCapita.ts';
import { profileCells } from '../dataset/select/profileCells.ts';
import { rankRegions } from '../dataset/select/rankRegions.ts';
import { tableRows } from '../dataset/select/tableRows.ts';
import { trendSeries } from '../dataset/select/trendSeries.ts';
import type { Filters } from '../view-state/filters.ts';

/** One value the view shows, or a "no data" the view names (observation null). */
export interface ValueRecord {
  region: Region;
  metric: Metric;
  observation: Observation | null;
  /** As drawn: per 100,000 residents when that applies. */
  value: number | null;
  perCapita: boolean;
  /** Rank view: the bar's place, 1 first. */
  rank?: number;
  /** Profile view: the share of the metric's largest value, 0–100. */
  scaled?: number;
}

export type ValueView = 'rank' | 'trend' | 'profile' | 'table';

export type ViewRecords =
  | { kind: 'values'; view: ValueView; records: ValueRecord[] }
  | { kind: 'coverage'; metrics: Metric[]; rows: CoverageRow[] };

/** The theme the profile and table views show. */
export const viewTheme = (model: DatasetModel, filters: Filters): string =>
  filters.theme ?? model.metricById.get(filters.metric)?.theme ?? '';

const record = (region: Region, metric: Metric, observation: Observation | null, value: number | null, filters: Filters): ValueRecord => ({
  region,
  metric,
  observation,
  value,
  perCapita: filters.perCapita && canBePerCapita(metric),
});

export const viewRecords = (model: DatasetModel, filters: Filters, regions: readonly Region[]): ViewRecords => {
  const metric = model.metricById.get(filters.metric);
  switch (filters.view) {
    case 'rank': {
      if (!metric) return { kind: 'values', view: 'rank', records: [] };
      const ranking = rankRegions(model.index, regions, metric, filters.year, filters.perCapita);
      return {
        kind: 'values',
        view: 'rank',
        records: [
          ...ranking.rows.map((r, i) => ({ ...record(r.region, metric, r.observation, r.value, filters), rank: i + 1 })),
          ...ranking.missing.map((region) => record(region, metric, null, null, filters)),
        ],
      };
    }
    case 'trend': {
      if (!metric) return { kind: 'values', view: 'trend', records: [] };
      const trend = trendSeries(model.index, regions, metric, { from: filters.from, to: filters.to }, filters.perCapita);
      const drawn = trend.series.filter((s) => s.points.length > 0);
      const empty = trend.series.filter((s) => s.points.length === 0);
      return {
        kind: 'values',
        view: 'trend',
        records: [
          ...drawn.flatMap((s) => s.points.map((p) => record(s.region, metric, p.observation, p.value, filters))),
          ...empty.map((s) => record(s.region, metric, null, null, filters)),
        ],
      };
    }
    case 'profile': {
      const profile = profileCells(model.index, regions, metricsOfTheme(model, viewTheme(model, filters)), filters.year, filters.perCapita);
      return {
        kind: 'values',
        view: 'profile',
        records: profile.cells.map((c) => ({ ...record(c.region, c.metric, c.observation, c.value, filters), scaled: c.scaled })),
      };
    }
    case 'table': {
      const metrics = metricsOfTheme(model, viewTheme(model, filters));
      const rows = tableRows(model.index, regions, metrics, filters.year, filters.perCapita);
      return {
        kind: 'values',
        view: 'table',
        records: rows.flatMap((row) =>
          metrics.map((m) => {
            const cell = row.cells[m.id];
            return record(row.region, m, cell?.observation ?? null, cell?.value ?? null, filters);
          }),
        ),
      };
    }
    case 'coverage': {
      const metrics = model.metricsWithData.filter((m) => filters.theme === null || m.theme === filters.theme);
      return { kind: 'coverage', metrics, rows: coverage(model.index, regions, metrics) };
    }
  }
};

/** True when the records hold at least one value, i.e. a chart view has something drawn. */
export const showsValues = (records: ViewRecords): boolean =>
  records.kind === 'values' && records.records.some((r) => r.observation !== null);
