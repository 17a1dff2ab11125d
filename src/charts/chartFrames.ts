// Chart timing, for `npm run bench`: the first frame any chart draws is the page's "first-chart" mark, and every
// frame (and the end of each animation) is announced on the chart's element, so an update can be timed to the frame
// that shows it.
export const CHART_FRAME_EVENT = 'chartframe';
export const CHART_FINISHED_EVENT = 'chartfinished';
export const FIRST_CHART_MARK = 'first-chart';

let marked = false;

export const announceFrame = (element: HTMLElement): void => {
  if (!marked) {
    marked = true;
    performance.mark(FIRST_CHART_MARK);
  }
  element.dispatchEvent(new Event(CHART_FRAME_EVENT, { bubbles: true }));
};

export const announceFinished = (element: HTMLElement): void => {
  element.dispatchEvent(new Event(CHART_FINISHED_EVENT, { bubbles: true }));
};
