// The trend: one metric across years, a line per region. Lazy, with the line chart and scrolling legend modules.
import { lazy } from 'react';
import { loadChartModules } from '../../charts/registerEcharts.ts';
import type { Metric } from '../../dataset/schema.ts';
import { trendSeries } from '../../dataset/select/trendSeries.ts';
import { noPopulationRecord, valueRecord } from '../../dataset/select/viewRecords.ts';
import { differences } from '../../dataset/select/comparability.ts';
import { shownValue } from '../../dataset/select/perCapita.ts';
import { defineView } from '../viewDescriptor.ts';
import { metricDetail, metricPerCapita, metricTitle, rangeYearText } from '../viewText.ts';

export interface TrendSelection {
  metric: Metric | undefined;
  trend: ReturnType<typeof trendSeries> | undefined;
}

const TrendView = lazy(() =>
  Promise.all([import('./TrendView.tsx'), loadChartModules('line', 'legendScroll')]).then(([m]) => ({ default: m.TrendView })),
);

export const trendView = defineView<TrendSelection>({
  id: 'trend',
  Component: TrendView,
  select: (model, f, regions) => {
    const metric = model.metricById.get(f.metric);
    return { metric, trend: metric && trendSeries(model.index, regions, metric, { from: f.from, to: f.to }, f.perCapita, f.others) };
  },
  records: ({ metric, trend }, f) => {
    if (!metric || !trend) return { kind: 'values', view: 'trend', records: [] };
    const drawn = trend.series.filter((s) => s.points.length > 0);
    return {
      kind: 'values',
      view: 'trend',
      records: [
        ...drawn.flatMap((s) => s.points.map((p) => ({ ...valueRecord(s.region, metric, p.observation, p.value, f.perCapita), differs: differences(p.observation) }))),
        // Listed under the chart, not drawn: the CSV and the image say why, as the page does.
        ...trend.notComparable.map(({ region, observation }) => ({
          ...valueRecord(region, metric, observation, shownValue(observation.value, metric, region, f.perCapita), f.perCapita),
          differs: differences(observation),
        })),
        ...trend.missing.map((region) => valueRecord(region, metric, null, null, f.perCapita)),
        ...trend.noPopulation.map((region) => noPopulationRecord(region, metric)),
      ],
    };
  },
  neededMetrics: (f) => [f.metric],
  yearControl: 'range',
  drawsChart: true,
  comparesValues: true,
  namesMissing: true,
  perCapita: metricPerCapita,
  exportTitle: metricTitle,
  exportDetail: (model, f, ctx) => metricDetail(model, f, ctx, rangeYearText(model, f, ctx)),
  yearText: rangeYearText,
  fileSubject: (f) => f.metric,
  fileYears: (f) => (f.from === null && f.to === null ? 'all-years' : `${f.from ?? 'first'}-${f.to ?? 'last'}`),
});
