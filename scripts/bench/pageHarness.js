// Injected into the dashboard by `npm run bench`. Changes a real control (a filter <select>, a region checkbox) the
// way a click does, by dispatching the same DOM events, then waits until the view shows the change — the data loaded,
// React committed, the chart drew its next frame — and the frame after that was painted. Returns milliseconds.
(() => {
  const now = () => performance.now();
  const frames = [];
  let finishedAt = 0;
  document.addEventListener('chartframe', () => frames.push(now()), true);
  document.addEventListener('chartfinished', () => (finishedAt = now()), true);

  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const waitFor = (test, timeoutMs, what) =>
    new Promise((resolve, reject) => {
      const start = now();
      const tick = () => {
        if (test()) resolve();
        else if (now() - start > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
        else requestAnimationFrame(tick);
      };
      tick();
    });

  const selectByLabel = (label) => {
    for (const el of document.querySelectorAll('form.filters label')) {
      const select = el.querySelector('select');
      if (select && el.querySelector('span')?.textContent === label) return select;
    }
    throw new Error(`no select labelled ${label}`);
  };

  const lastFrame = () => frames[frames.length - 1] ?? 0;
  const hasChart = () => document.querySelector('#main .chart-frame canvas') !== null;
  const loading = () => document.querySelector('#main .loading') !== null;

  /** When the loading notice leaves the page: the commit that shows the new data (a mutation, before any frame). */
  const loaded = () =>
    new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (loading()) return;
        observer.disconnect();
        resolve(now());
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => (observer.disconnect(), reject(new Error('timed out waiting for data'))), 15000);
    });

  /** Animations of the previous change end before the next change starts, so frames are not mistaken. */
  const quiet = async () => {
    await waitFor(
      () => !hasChart() || finishedAt >= lastFrame(),
      3000,
      'the chart to finish animating',
    ).catch(() => {});
    await sleep(30);
  };

  const perform = (action) => {
    if (action.kind === 'select') {
      const select = selectByLabel(action.label);
      select.value = action.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      // Narrow the regions compared to one province, then back to all: the region picker is a combobox whose options
      // exist only while it is open, so the province select stands in for "which regions" changes.
      const select = selectByLabel('省份');
      const provinces = [...select.options].map((o) => o.value).filter(Boolean);
      select.value = select.value === '' ? (provinces[action.index % provinces.length] ?? '') : '';
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };

  /** Scrolls the data table a screen at a time; returns frame intervals and how many rows were ever in the DOM. */
  const scrollTable = async (steps) => {
    const scroller = document.querySelector('.data-table__scroll');
    if (!scroller) throw new Error('no data table');
    const intervals = [];
    let rowsInDom = 0;
    let last = now();
    for (let i = 0; i < steps; i++) {
      scroller.scrollTop += scroller.clientHeight * 0.6;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const t = now();
      intervals.push(t - last);
      last = t;
      rowsInDom = Math.max(rowsInDom, scroller.querySelectorAll('tbody tr').length);
    }
    return {
      intervals,
      rowsInDom,
      rows: scroller.querySelector('tbody')
        ? Number(
            /\d+/.exec(document.querySelector('.data-table__tools [aria-live]')?.textContent ?? '')?.[0] ?? 0,
          )
        : 0,
    };
  };

  window.__bench = {
    scrollTable,
    /** The values a select offers, to cycle through. */
    options: (label) => [...selectByLabel(label).options].map((o) => o.value),
    current: (label) => selectByLabel(label).value,
    async interact(action) {
      await quiet();
      const t0 = now();
      perform(action);
      await Promise.resolve();
      // While a shard loads the old chart may redraw; only a frame after the data is in shows the change.
      const since = loading() ? await loaded() : t0;
      if (hasChart()) await waitFor(() => lastFrame() > since, 15000, 'a chart frame');
      await nextPaint();
      return now() - t0;
    },
  };
})();
