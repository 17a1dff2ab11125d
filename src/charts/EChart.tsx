// The one component that owns an ECharts instance: creates, updates, resizes and disposes it, binds clicks, exposes it by ref.
// It drives ECharts directly: one instance per mount (a wrapper such as echarts-for-react draws a throw-away instance
// first, to measure, which costs the first chart an extra instance and frame).
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { echarts, laterModulesRegistered } from './registerEcharts.ts';
import { announceFinished, announceFrame } from './chartFrames.ts';
import type { Lang } from '../view-state/filters.ts';

export interface EChartHandle {
  instance(): EChartsType | undefined;
  /** The option last given, as built (exports rebuild the chart from it at a fixed size). */
  option(): EChartsCoreOption;
}

interface Props {
  option: EChartsCoreOption;
  height: number;
  lang: Lang;
  dark: boolean;
  /** Called with the obsKey of the clicked bar or point. */
  onSelect?: (obsKey: string) => void;
  testId?: string;
}

const SET_OPTION = { notMerge: true, lazyUpdate: true } as const;

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, height, lang, dark, onSelect, testId }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef({ option, onSelect });
  // Tests and exports wait for this: true once the chart has drawn.
  const [ready, setReady] = useState(false);
  useImperativeHandle(ref, () => ({ instance: () => chart.current ?? undefined, option: () => option }), [option]);

  useLayoutEffect(() => {
    latest.current.option = option;
    chart.current?.setOption(option, SET_OPTION);
  }, [option]);
  useEffect(() => {
    latest.current.onSelect = onSelect;
  }, [onSelect]);

  // A new locale, theme or chart module needs a new instance.
  const modules = laterModulesRegistered();
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, dark ? 'dark' : undefined, { locale: lang === 'zh' ? 'ZH' : 'EN', renderer: 'canvas' });
    chart.current = instance;
    instance.setOption(latest.current.option, SET_OPTION);
    instance.on('click', (p) => {
      const obsKey = (p.data as { obsKey?: string } | null)?.obsKey;
      if (obsKey) latest.current.onSelect?.(obsKey);
    });
    instance.on('rendered', () => {
      announceFrame(element);
      setReady(true);
    });
    instance.on('finished', () => announceFinished(element));
    // Follow the element's size (window, layout, the height prop); the first report is the size it was drawn at.
    let size = `${element.clientWidth}×${element.clientHeight}`;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      const next = `${element.clientWidth}×${element.clientHeight}`;
      if (next !== size) instance.resize();
      size = next;
    });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lang, dark, modules]);

  return (
    <div className="chart-frame" data-testid={testId} data-ready={ready}>
      <div ref={host} style={{ height, width: '100%' }} />
    </div>
  );
});
