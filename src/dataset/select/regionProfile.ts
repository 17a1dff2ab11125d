// A region's page: every figure it reports, by theme, with its rank among comparable regions of the same level and the
// median of those peers; its notable figures (metrics only it reports); and its sources. The question a bureau
// analyst asks first: how does my region compare with its peers?
import type { DatasetModel } from '../datasetModel.ts';
import type { Metric, Observation, Region, Source } from '../schema.ts';
import { differences, isComparable, type Difference } from './comparability.ts';

export interface RegionFigure {
  metric: Metric;
  observation: Observation;
  differs: Difference[];
  /** Among the regions of the same level with a comparable value for the same metric and year; absent when not comparable. */
  peers?: { rank: number; of: number; median: number };
}

export interface RegionProfile {
  region: Region;
  themes: Array<{ theme: string; figures: RegionFigure[] }>;
  notable: RegionFigure[];
  sources: Source[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Rank 1 is the highest value (for a metric where lower is better, the metric's direction says so beside it). */
const peersOf = (model: DatasetModel, region: Region, o: Observation) => {
  const values = model.dataset.regions
    .filter((r) => r.level === region.level)
    .flatMap((r) => model.index.series(r.code, o.metric).filter((p) => p.year === o.year && isComparable(p)).slice(-1))
    .map((p) => p.value);
  return { rank: 1 + values.filter((v) => v > o.value).length, of: values.length, median: median(values) };
};

export const regionProfile = (model: DatasetModel, code: string): RegionProfile | null => {
  const region = model.regionByCode.get(code);
  if (!region) return null;
  const themes = new Map<string, RegionFigure[]>();
  const notable: RegionFigure[] = [];
  const sourceIds = new Set<string>();
  for (const metric of model.metricsWithData) {
    const series = model.index.series(code, metric.id);
    if (series.length === 0) continue;
    // The latest comparable value, or else every other value this region gives for the metric.
    const comparable = series.filter(isComparable).at(-1);
    const shown = comparable ? [comparable] : series;
    for (const o of shown) {
      sourceIds.add(o.source);
      const figure: RegionFigure = { metric, observation: o, differs: differences(o), ...(metric.rankable && comparable ? { peers: peersOf(model, region, o) } : {}) };
      if (!metric.rankable) notable.push(figure);
      else themes.set(metric.theme, [...(themes.get(metric.theme) ?? []), figure]);
    }
  }
  return {
    region,
    themes: model.dataset.themes.filter((t) => themes.has(t.id)).map((t) => ({ theme: t.id, figures: themes.get(t.id) ?? [] })),
    notable,
    sources: [...sourceIds].flatMap((id) => model.sourceById.get(id) ?? []),
  };
};
