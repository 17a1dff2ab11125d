// Taking over the chart prerendered into the page (PrerenderedChart.ts). Its SVG stays on screen while the app
// hydrates; the live chart is created in a task of its own after that, so the page's controls answer without waiting
// for it, and it draws the same bars at once (no opening animation) before the SVG is removed: no blank frame, no jump.
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { PrerenderedChart } from './PrerenderedChart.ts';

export const usePrerenderedChart = (option: EChartsCoreOption, height: number) => {
  const prerender = useContext(PrerenderedChart);
  const [prerendered, setPrerendered] = useState(() => prerender?.({ option, height }) ?? null);
  const [live, setLive] = useState(prerendered === null);
  useEffect(() => {
    if (live) return;
    const timer = setTimeout(() => setLive(true));
    return () => clearTimeout(timer);
  }, [live]);
  // Redrawn in the visitor's colour scheme, it is still the same chart: the opening animation waits for a new one.
  const [takenOver] = useState(() => (prerendered === null ? null : JSON.stringify(option)));
  const shownOption = useMemo(
    () => (takenOver !== null && JSON.stringify(option) === takenOver ? { ...option, animation: false } : option),
    [option, takenOver],
  );
  const drawn = useCallback(() => setPrerendered(null), []);
  return { prerendered, live, shownOption, animates: shownOption === option, drawn };
};
