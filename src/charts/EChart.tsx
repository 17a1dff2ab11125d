// The one component that owns an ECharts instance: creates, updates, resizes and disposes it, binds clicks, exposes it by ref.
import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { echarts } from './registerEcharts.ts';
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

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, height, lang, dark, onSelect, testId }, ref) {
  const inner = useRef<ReactEChartsCore>(null);
  // Tests and exports wait for this: echarts-for-react builds the instance asynchronously.
  const [ready, setReady] = useState(false);
  useImperativeHandle(ref, () => ({ instance: () => inner.current?.getEchartsInstance(), option: () => option }), [option]);
  const onEvents = useMemo(
    () => ({
      click: (p: { data?: { obsKey?: string } }) => {
        if (p.data?.obsKey) onSelect?.(p.data.obsKey);
      },
    }),
    [onSelect],
  );
  // A new locale or theme needs a new instance; echarts-for-react re-creates it when opts or theme change.
  const opts = useMemo(() => ({ locale: lang === 'zh' ? 'ZH' : 'EN', renderer: 'canvas' as const }), [lang]);
  return (
    <div className="chart-frame" data-testid={testId} data-ready={ready}>
      <ReactEChartsCore
        ref={inner}
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        theme={dark ? 'dark' : undefined}
        opts={opts}
        style={{ height, width: '100%' }}
        onEvents={onEvents}
        onChartReady={() => setReady(true)}
      />
    </div>
  );
});
