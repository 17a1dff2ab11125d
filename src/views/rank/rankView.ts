// The ranking: one metric, one year (or each region's latest), regions sorted by value. The first chart: not lazy.
import { rankRegions, type Ranking } from '../../dataset/select/rankRegions.ts';
import type { Metric } from '../../dataset/schema.ts';
import { noPopulationRecord, valueRecord } from '../../dataset/select/viewRecords.ts';
import { defineView } from '../viewDescriptor.ts';
import { metricDetail, metricPerCapita, metricTitle, singleYearText } from '../viewText.ts';
import { RankView } from './RankView.tsx';
import { yearWord } from '../../charts/chartText.ts';
import { rankWindow } from '../../charts/rankWindow.ts';

export interface RankSelection {
  metric: Metric | undefined;
  ranking: Ranking | undefined;
}

export const rankView = defineView<RankSelection>({
  id: 'rank',
  Component: RankView,
  select: (model, f, regions) => {
    const metric = model.metricById.get(f.metric);
    return { metric, ranking: metric && rankRegions(model.index, regions, metric, f.year, f.perCapita, f.others) };
  },
  records: ({ metric, ranking }, f) => ({
    kind: 'values',
    view: 'rank',
    ranked: true,
    records:
      metric && ranking
        ? [
            ...ranking.rows.map((r, i) => ({ ...valueRecord(r.region, metric, r.observation, r.value, f.perCapita), rank: i + 1, differs: r.differs })),
            // Listed under the chart, not ranked: the CSV holds them too, with why they differ.
            ...ranking.notComparable.map((r) => ({ ...valueRecord(r.region, metric, r.observation, r.value, f.perCapita), differs: r.differs })),
            ...ranking.missing.map((region) => valueRecord(region, metric, null, null, f.perCapita)),
            ...ranking.noPopulation.map((region) => noPopulationRecord(region, metric)),
          ]
        : [],
  }),
  neededMetrics: (f) => [f.metric],
  yearControl: 'year',
  drawsChart: true,
  comparesValues: true,
  namesMissing: true,
  perCapita: metricPerCapita,
  exportTitle: metricTitle,
  exportDetail: (model, f, ctx) => metricDetail(model, f, ctx, yearWord(f.year, ctx)),
  yearText: singleYearText,
  fileSubject: (f) => f.metric,
  fileYears: (f) => String(f.year),
  ranksShown: (bars, zoom, records) =>
    rankWindow(bars, zoom, records.kind === 'values' ? records.records.filter((r) => r.observation !== null).length : 0),
});
