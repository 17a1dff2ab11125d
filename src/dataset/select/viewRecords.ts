// What a view shows, as flat records: the CSV and the exported image's notes read these, so they say what the page says.
import type { Metric, Observation, Region } from '../schema.ts';
import type { CoverageRow } from './coverage.ts';
import { canBePerCapita } from './perCapita.ts';
import type { Difference } from './comparability.ts';

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
  /** Why the value is not comparable with the regions' full-year totals (empty or absent when it is). */
  differs?: Difference[];
  /** Per capita: the region has this value but no citable population, so the view leaves it out (observation null). */
  noPopulation?: true;
}

export type ViewRecords =
  | { kind: 'values'; view: string; records: ValueRecord[]; ranked?: boolean; scaled?: boolean }
  | { kind: 'coverage'; metrics: Metric[]; rows: CoverageRow[] };

export const valueRecord = (
  region: Region,
  metric: Metric,
  observation: Observation | null,
  value: number | null,
  wantPerCapita: boolean,
): ValueRecord => ({ region, metric, observation, value, perCapita: wantPerCapita && canBePerCapita(metric) });

/** A value the per-capita view leaves out because its region has no citable population. */
export const noPopulationRecord = (region: Region, metric: Metric): ValueRecord => ({
  ...valueRecord(region, metric, null, null, true),
  noPopulation: true,
});

/** True when the records hold at least one value, i.e. a chart view has something drawn. */
export const showsValues = (records: ViewRecords): boolean =>
  records.kind === 'values' && records.records.some((r) => r.observation !== null);
