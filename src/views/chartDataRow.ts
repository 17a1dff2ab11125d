// One row of a chart's data table, the same way in every view: the value as the chart prints it, marked ‡ when it is not
// comparable with the full-year regional totals, and the region whose page its name opens (marked （自添） when a person
// added it, as on the chart).
import type { BuildContext } from '../charts/buildContext.ts';
import { regionName, valueText } from '../charts/chartText.ts';
import { NOT_COMPARABLE_MARK } from '../charts/differenceText.ts';
import { observationKey } from '../dataset/observationKey.ts';
import { isComparable } from '../dataset/select/comparability.ts';
import type { Metric, Observation, Region } from '../dataset/schema.ts';
import type { ChartDataRow } from './ChartDataTable.tsx';

export interface DrawnValue {
  region: Region;
  metric: Metric;
  observation: Observation;
  /** As drawn: per 100,000 residents when that applies. */
  value: number;
}

export const chartDataRow = ({ region, metric, observation, value }: DrawnValue, perCapita: boolean, ctx: BuildContext, label = regionName(region, ctx)): ChartDataRow => ({
  obsKey: observationKey(observation),
  label,
  regionCode: region.code,
  value: `${valueText(value, metric, observation.qualifier, perCapita, ctx)}${isComparable(observation) ? '' : ` ${NOT_COMPARABLE_MARK}`}`,
  qualifier: observation.qualifier,
  year: observation.year,
});
