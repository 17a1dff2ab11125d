// The one place ECharts modules are registered, importing only what is used. What the first chart (a ranking of a
// few bars) draws is registered at once; what only other charts draw is registered on first use from a chunk of its
// own (`loadChartModules`), so the first load stays close to a bare bar chart. Each module is imported from its own
// file, not from the echarts/charts|components|renderers barrels, so the bundler can tell what the first load needs.
import * as echarts from 'echarts/core';
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as LegendPlainComponent } from 'echarts/lib/component/legend/installLegendPlain.js';
import { install as TitleComponent } from 'echarts/lib/component/title/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';

echarts.use([
  BarChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** Trend lines; the scroll bar of a long ranking; legends that scroll; exported images' text blocks and SVG. */
const LATER = {
  line: () => import('echarts/lib/chart/line/install.js'),
  dataZoom: () => import('echarts/lib/component/dataZoom/install.js'),
  legendScroll: () => import('echarts/lib/component/legend/installLegendScroll.js'),
  graphic: () => import('echarts/lib/component/graphic/install.js'),
  svg: () => import('echarts/lib/renderer/installSVGRenderer.js'),
};

export type LaterModule = keyof typeof LATER;

const loading = new Map<LaterModule, Promise<void>>();
let registered = 0;

/**
 * How many later modules are registered. An instance builds its processing pipeline when created, so a chart made
 * before a module arrived must be made again to use it (EChart does, when this changes).
 */
export const laterModulesRegistered = (): number => registered;

export const loadChartModules = (...names: LaterModule[]): Promise<void> =>
  Promise.all(
    names.map((name) => {
      let done = loading.get(name);
      if (!done)
        loading.set(
          name,
          (done = LATER[name]().then(({ install }) => {
            echarts.use(install);
            registered += 1;
          })),
        );
      return done;
    }),
  ).then(() => undefined);

export { echarts };
