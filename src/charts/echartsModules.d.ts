// ECharts types only its barrels (echarts/charts, …); each of its module files exports one installer.
declare module 'echarts/lib/*' {
  import type { use } from 'echarts/core';
  export const install: Exclude<Parameters<typeof use>[0], unknown[]>;
}
