// The floor: React plus a tree-shaken ECharts bar chart of the dashboard's first chart (the default ranking: people's
// mediation cases, each region's latest year; the top 25 at national scale), and nothing else — no validation, no
// i18n, no filters. `npm run bench` compares the dashboard with this page.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, CanvasRenderer]);

const METRIC = 'mediation.cases';
const TOP = 25;

interface Bars {
  title: string;
  names: string[];
  values: number[];
}

interface Point {
  name: string;
  year: number;
  value: number;
}

const getJson = async <T,>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

const toBars = (title: string, latest: Map<string, Point>): Bars => {
  const rows = [...latest.values()].sort((a, b) => b.value - a.value).slice(0, TOP);
  return { title, names: rows.map((r) => r.name), values: rows.map((r) => r.value) };
};

const keepLatest = (latest: Map<string, Point>, key: string, point: Point) => {
  const seen = latest.get(key);
  if (!seen || seen.year < point.year) latest.set(key, point);
};

const realBars = async (): Promise<Bars> => {
  const [regions, metrics, observations] = await Promise.all([
    getJson<{ code: string; name: { zh: string } }[]>('/data/regions.json'),
    getJson<{ id: string; name: { zh: string } }[]>('/data/metrics.json'),
    getJson<{ region: string; year: number; metric: string; value: number }[]>('/data/observations.json'),
  ]);
  const name = new Map(regions.map((r) => [r.code, r.name.zh]));
  const latest = new Map<string, Point>();
  for (const o of observations)
    if (o.metric === METRIC)
      keepLatest(latest, o.region, { name: name.get(o.region) ?? o.region, year: o.year, value: o.value });
  return toBars(metrics.find((m) => m.id === METRIC)?.name.zh ?? METRIC, latest);
};

const syntheticBars = async (): Promise<Bars> => {
  const [manifest, regions] = await Promise.all([
    getJson<{ metrics: { id: string; name: { zh: string } }[]; shards: { metric: string; file: string }[] }>(
      '/synthetic/manifest.json',
    ),
    getJson<{ zh: string[] }>('/synthetic/regions.json'),
  ]);
  const file = manifest.shards.find((s) => s.metric === METRIC)?.file ?? '';
  const shard = await getJson<{ region: number[]; year: number[]; value: number[] }>(`/synthetic/${file}`);
  const latest = new Map<string, Point>();
  shard.region.forEach((row, i) =>
    keepLatest(latest, String(row), {
      name: regions.zh[row] ?? '',
      year: shard.year[i] ?? 0,
      value: shard.value[i] ?? 0,
    }),
  );
  return toBars(manifest.metrics.find((m) => m.id === METRIC)?.name.zh ?? METRIC, latest);
};

function Chart({ bars }: { bars: Bars }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.on('rendered', () => {
      if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
    });
    chart.setOption({
      title: { text: bars.title, left: 8, top: 4 },
      legend: { top: 40, left: 8 },
      grid: { left: 8, right: 110, top: 84, bottom: 16, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: bars.names, inverse: true },
      series: [{ type: 'bar', name: '确数', data: bars.values, label: { show: true, position: 'right' } }],
    });
    return () => chart.dispose();
  }, [bars]);
  return <div ref={ref} style={{ height: Math.min(140 + bars.names.length * 40, 1200), width: '100%' }} />;
}

function Floor() {
  const [bars, setBars] = useState<Bars | null>(null);
  useEffect(() => {
    const synthetic = new URLSearchParams(window.location.search).get('dataset') === 'synthetic';
    void (synthetic ? syntheticBars() : realBars()).then(setBars);
  }, []);
  return bars ? <Chart bars={bars} /> : null;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
