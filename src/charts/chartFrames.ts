// Chart timing, for `npm run bench`: the first frame any chart draws is the page's "first-chart" mark, and every
// frame (and the end of each animation) is announced on the chart's element, so an update can be timed to the frame
// that shows it.
export const CHART_FRAME_EVENT = 'chartframe';
export const CHART_FINISHED_EVENT = 'chartfinished';
export const FIRST_CHART_MARK = 'first-chart';

let marked = false;
let settled: () => void = () => {};
const firstChartSettled = new Promise<void>((resolve) => (settled = resolve));

/**
 * Resolves once the first chart has drawn and finished its opening animation, or after `ms` on a page that draws
 * none (a table): what the first chart does not need can load then without slowing it or its first hover.
 */
export const afterFirstChart = (ms = 1500): Promise<void> =>
  Promise.race([firstChartSettled, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

export const announceFrame = (element: HTMLElement): void => {
  if (!marked) {
    marked = true;
    performance.mark(FIRST_CHART_MARK);
  }
  element.dispatchEvent(new Event(CHART_FRAME_EVENT, { bubbles: true }));
};

export const announceFinished = (element: HTMLElement): void => {
  if (marked) settled();
  element.dispatchEvent(new Event(CHART_FINISHED_EVENT, { bubbles: true }));
};
