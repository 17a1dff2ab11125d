// The bare floor: React and a tree-shaken ECharts bar chart of the dashboard's first chart, its rows written into
// this script at build time (bareBars.ts), and nothing else: no fetch, no validation, no i18n, no controls.
// `npm run bench` measures the dashboard against it and against today's floor (bench/floor, which fetches data/).
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Bars } from './bareBars.ts';

declare const __BARE_BARS__: Bars;

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, CanvasRenderer]);

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

const root = document.getElementById('root');
if (root) createRoot(root).render(<Chart bars={__BARE_BARS__} />);
