import { barCount, fitWindow, IMAGE_BARS, rankWindow, showsEveryRank } from '../../../src/charts/rankWindow.ts';
import { zoomWindowOf } from '../../../src/charts/zoomWindow.ts';

describe('rankWindow', () => {
  it('is every bar of the option without a scroll bar', () => {
    expect(rankWindow(25, null, 2701)).toEqual({ first: 1, last: 25, total: 2701 });
    expect(showsEveryRank(rankWindow(25, null, 2701))).toBe(false);
    expect(showsEveryRank(rankWindow(4, null, 4))).toBe(true);
  });

  it('is the scroll bar window, in 1-based ranks, kept inside the bars', () => {
    expect(rankWindow(2701, { startValue: 100, endValue: 124 }, 2701)).toEqual({ first: 101, last: 125, total: 2701 });
    expect(rankWindow(30, { startValue: 20, endValue: 44 }, 30)).toEqual({ first: 21, last: 30, total: 30 });
  });

  it('reads the window and the bars an option was built with', () => {
    const option = { yAxis: { type: 'category', data: ['a', 'b', 'c'] }, dataZoom: [{ type: 'slider', startValue: 0, endValue: 1 }] };
    expect(zoomWindowOf(option)).toEqual({ startValue: 0, endValue: 1 });
    expect(barCount(option)).toBe(3);
    expect(zoomWindowOf({ dataZoom: [] })).toBeNull();
    expect(barCount({ xAxis: {} })).toBe(0);
  });

  it('fits a window zoomed out beyond what an image holds to its first bars', () => {
    expect(fitWindow({ startValue: 10, endValue: 200 })).toEqual({ startValue: 10, endValue: 10 + IMAGE_BARS - 1 });
    expect(fitWindow({ startValue: 10, endValue: 20 })).toEqual({ startValue: 10, endValue: 20 });
    expect(fitWindow(null)).toBeNull();
  });
});
