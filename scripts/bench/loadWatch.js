// Injected by `npm run bench` before a page's own scripts (measureLoad.ts). Nothing of Playwright runs in the page:
// this watches the load itself and calls the `__benchFirstChart` binding when the page sets its `first-chart` mark.
// It notes the first frame in which a chart prerendered into the HTML is on screen, and sums layout shifts;
// `window.__benchLoad()` then reads the load's figures.
(() => {
  let prerenderShown;
  let shift = 0;
  const look = () => {
    const chart = document.querySelector('.chart-prerender');
    // requestAnimationFrame runs just before each paint: the paint after this frame shows the chart.
    if (chart?.checkVisibility({ visibilityProperty: true }) && chart.getBoundingClientRect().height > 0)
      prerenderShown = performance.now();
    else if (!document.querySelector('.chart-frame canvas, canvas')) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.name === 'first-chart')) return;
    observer.disconnect();
    window.__benchFirstChart();
  }).observe({ type: 'mark', buffered: true });

  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  window.__benchLoad = () => {
    const drawn = at('first-chart') ?? Number.NaN;
    const fcp = at('first-contentful-paint') ?? Number.NaN;
    // A chart in the HTML shows in the first contentful paint (or the first paint after its frame, if later).
    const prerenderedAt = prerenderShown === undefined ? Number.NaN : Math.max(prerenderShown, fcp);
    const prerendered = prerenderedAt < drawn;
    const firstChartMs = prerendered ? prerenderedAt : drawn;
    const sums = {
      firstChartMs,
      fcpMs: fcp,
      // A page without controls (the floors) works once its chart is there.
      interactiveMs: at('first-interactive') ?? drawn,
      cls: shift,
      prerendered,
      jsBytes: 0,
      jsFiles: 0,
      dataBytes: 0,
    };
    // What had arrived when the chart was first shown (a prerendered chart shows before the app's scripts are in).
    for (const r of performance.getEntriesByType('resource')) {
      if (r.responseEnd > firstChartMs) continue;
      const path = new URL(r.name).pathname;
      if (path.endsWith('.js')) {
        sums.jsBytes += r.encodedBodySize;
        sums.jsFiles += 1;
      } else if (path.endsWith('.json')) sums.dataBytes += r.encodedBodySize;
    }
    return sums;
  };
})();
