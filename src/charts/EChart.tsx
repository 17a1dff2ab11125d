// The one component that owns an ECharts instance (through echarts-for-react, the stack's wrapper): it creates,
// updates, resizes and disposes the chart, binds clicks, announces frames for the bench, and exposes the instance.
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts, laterModulesRegistered } from './registerEcharts.ts';
import { announceFinished, announceFrame } from './chartFrames.ts';
import { zoomWindowOf, type ZoomWindow } from './zoomWindow.ts';
import { usePrerenderedChart } from './usePrerenderedChart.ts';
import type { Lang } from '../i18n/lang.ts';

export interface EChartHandle {
  /** The option last given, as built (exports rebuild the chart from it at a fixed size). */
  option(): EChartsCoreOption;
  /** Where the scroll bar is now (exports show what the screen shows); null without one. */
  zoomWindow(): ZoomWindow | null;
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

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, height, lang, dark, onSelect, testId }, ref) {
  const inner = useRef<ReactEChartsCore>(null);
  const frame = useRef<HTMLDivElement>(null);
  // Tests and exports wait for this: true once the chart has drawn and its opening animation has finished.
  const [ready, setReady] = useState(false);
  const { prerendered, live, shownOption, animates, drawn } = usePrerenderedChart(option, height);
  const animatesNow = useRef(animates);
  animatesNow.current = animates;
  useImperativeHandle(
    ref,
    () => ({
      option: () => option,
      zoomWindow: () => zoomWindowOf(inner.current?.getEchartsInstance()?.getOption()),
    }),
    [option],
  );

  const latestSelect = useRef(onSelect);
  latestSelect.current = onSelect;
  const onEvents = useMemo(
    () => ({
      click: (p: { data?: { obsKey?: string } | null }) => {
        if (p.data?.obsKey) latestSelect.current?.(p.data.obsKey);
      },
      rendered: () => frame.current && announceFrame(frame.current),
      finished: () => {
        if (frame.current) announceFinished(frame.current);
        setReady(true);
      },
    }),
    [],
  );
  // setOption draws at once (no lazyUpdate). echarts-for-react binds onEvents only after its first setOption, which has
  // already drawn the chart, so that frame's 'rendered' event is missed; onChartReady is called right after it.
  const onChartReady = useCallback(() => {
    if (frame.current) announceFrame(frame.current);
    drawn();
    // Drawn without an opening animation (taking over the prerendered chart), it finished before events were bound.
    if (!animatesNow.current) {
      if (frame.current) announceFinished(frame.current);
      setReady(true);
    }
  }, [drawn]);
  // A new locale or theme needs a new instance; echarts-for-react re-creates it when opts or theme change, and the
  // key does the same when a lazily registered chart module arrives.
  const opts = useMemo(() => ({ locale: lang === 'zh' ? 'ZH' : 'EN', renderer: 'canvas' as const }), [lang]);
  const modules = laterModulesRegistered();
  return (
    <div className="chart-frame" data-testid={testId} data-ready={ready} ref={frame}>
      {prerendered !== null && (
        <div className="chart-prerender" data-testid="prerendered-chart" dangerouslySetInnerHTML={{ __html: prerendered }} />
      )}
      {!live ? (
        // What ReactEChartsCore renders before it creates the chart: the prerendered page holds this element.
        <div className="echarts-for-react " style={{ height, width: '100%' }} />
      ) : (
        <ReactEChartsCore
          key={modules}
          ref={inner}
          echarts={echarts}
          option={shownOption}
          notMerge
          theme={dark ? 'dark' : undefined}
          opts={opts}
          style={{ height, width: '100%' }}
          onEvents={onEvents}
          onChartReady={onChartReady}
        />
      )}
    </div>
  );
});
