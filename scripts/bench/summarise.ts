// Raw samples → the figures the bench reports, and each target met or missed. Pure.
import type { InteractionSample } from './measureInteractions.ts';
import type { LoadSample } from './measureLoad.ts';
import type { TableScrollSample } from './measureTableScroll.ts';
import { median, pairedRatios, percentile, ratio, spread, type Spread } from './stats.ts';

export interface PageSummary {
  firstChartMs: number;
  fcpMs: number;
  interactiveMs: number;
  /** Median cumulative layout shift of a load. */
  cls: number;
  /** Loads whose first chart was the one prerendered into the HTML. */
  prerenderedRuns: number;
  jsKB: number;
  jsFiles: number;
  dataKB: number;
  heapMB: number;
  runs: LoadSample[];
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface Target {
  what: string;
  value: number;
  limit: number;
  /** `<` the limit, or at most (`≤`) it. */
  below: boolean;
  met: boolean;
}

export interface DatasetSummary {
  dataset: 'real' | 'synthetic';
  dashboard: PageSummary;
  /** Today's floor (bench/floor): React and a bar chart, fetching data/. */
  floor: PageSummary;
  /** The bare floor (bench/bare): React and a bar chart with its rows inline; real data only. */
  bare: PageSummary | null;
  /** Time to first chart, dashboard ÷ floor, run by run. */
  firstChartPaired: Spread;
  /** Run by run, against the bare floor's first chart: the dashboard's first chart, and its first working interaction. */
  barePaired: { firstChart: Spread; interactive: Spread } | null;
  interactions: LatencySummary & {
    byKind: Record<string, LatencySummary>;
    byView: Record<string, LatencySummary>;
    samples: InteractionSample[];
  };
  /** Scrolling the data table: frame intervals while scrolling, and the most rows ever in the DOM. */
  tableScroll: (LatencySummary & { rows: number; maxRowsInDom: number }) | null;
  targets: Target[];
}

const KB = 1024;
const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export const summarisePage = (runs: LoadSample[]): PageSummary => ({
  firstChartMs: round(median(runs.map((r) => r.firstChartMs))),
  fcpMs: round(median(runs.map((r) => r.fcpMs))),
  interactiveMs: round(median(runs.map((r) => r.interactiveMs))),
  cls: round(median(runs.map((r) => r.cls)), 4),
  prerenderedRuns: runs.filter((r) => r.prerendered).length,
  jsKB: round(median(runs.map((r) => r.jsBytes)) / KB),
  jsFiles: median(runs.map((r) => r.jsFiles)),
  dataKB: round(median(runs.map((r) => r.dataBytes)) / KB),
  heapMB: round(median(runs.map((r) => r.heapBytes)) / MB),
  runs,
});

export const summariseLatency = (ms: number[]): LatencySummary => ({
  count: ms.length,
  p50: round(percentile(ms, 50)),
  p95: round(percentile(ms, 95)),
  max: round(Math.max(...ms)),
});

const groupBy = (samples: InteractionSample[], key: (s: InteractionSample) => string) => {
  const groups: Record<string, number[]> = {};
  for (const s of samples) (groups[key(s)] ??= []).push(s.ms);
  return Object.fromEntries(Object.entries(groups).map(([k, ms]) => [k, summariseLatency(ms)]));
};

const target = (what: string, value: number, limit: number, below = false): Target => ({
  what,
  value: round(value, below && limit < 0.1 ? 4 : 2),
  limit,
  below,
  met: below ? value < limit : value <= limit,
});

/** The targets: relative to the floor on the real data, absolute at national scale. */
export const targetsFor = (
  dataset: DatasetSummary['dataset'],
  s: Omit<DatasetSummary, 'targets'>,
): Target[] =>
  dataset === 'real'
    ? [
        ...(s.bare
          ? [
              target('time to first chart ÷ bare floor', ratio(s.dashboard.firstChartMs, s.bare.firstChartMs), 1, true),
              target("first interaction ÷ bare floor's first chart", ratio(s.dashboard.interactiveMs, s.bare.firstChartMs), 1.3),
            ]
          : []),
        target('time to first chart ÷ floor', ratio(s.dashboard.firstChartMs, s.floor.firstChartMs), 1.3),
        target('JS before first chart ÷ floor', ratio(s.dashboard.jsKB, s.floor.jsKB), 1.5),
        target('interaction p95 (ms)', s.interactions.p95, 50),
        target('layout shift (CLS)', s.dashboard.cls, 0.01, true),
      ]
    : [
        target('time to first chart (ms)', s.dashboard.firstChartMs, 2000),
        target('interaction p95 (ms)', s.interactions.p95, 150),
        target('JS heap after load (MB)', s.dashboard.heapMB, 300),
      ];

export const summariseDataset = (
  dataset: DatasetSummary['dataset'],
  dashboard: LoadSample[],
  floor: LoadSample[],
  samples: InteractionSample[],
  scrolls: TableScrollSample[] = [],
  bare: LoadSample[] = [],
): DatasetSummary => {
  const bareCharts = bare.map((r) => r.firstChartMs);
  const partial = {
    dataset,
    dashboard: summarisePage(dashboard),
    floor: summarisePage(floor),
    bare: bare.length > 0 ? summarisePage(bare) : null,
    firstChartPaired: spread(pairedRatios(dashboard.map((r) => r.firstChartMs), floor.map((r) => r.firstChartMs))),
    barePaired:
      bare.length > 0
        ? {
            firstChart: spread(pairedRatios(dashboard.map((r) => r.firstChartMs), bareCharts)),
            interactive: spread(pairedRatios(dashboard.map((r) => r.interactiveMs), bareCharts)),
          }
        : null,
    interactions: {
      ...summariseLatency(samples.map((s) => s.ms)),
      byKind: groupBy(samples, (s) => s.kind),
      byView: groupBy(samples, (s) => s.view),
      samples,
    },
    tableScroll:
      scrolls.length === 0
        ? null
        : {
            ...summariseLatency(scrolls.flatMap((s) => s.frameIntervals)),
            rows: Math.max(...scrolls.map((s) => s.rows)),
            maxRowsInDom: Math.max(...scrolls.map((s) => s.rowsInDom)),
          },
  };
  return { ...partial, targets: targetsFor(dataset, partial) };
};
