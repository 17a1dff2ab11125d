// The view's option → a fixed 1200×675 image option: header (title, subtitle, filters) and footer (notes, sources, name) around the chart.
import type { EChartsCoreOption } from 'echarts/core';
import type { BuildContext } from '../charts/buildContext.ts';
import { FONT_FAMILY } from '../charts/palette.ts';
import type { ExportAnnotations } from './exportAnnotations.ts';
import { countLines, estimateWidth, type MeasureText } from './textLines.ts';
import { LABELS_INSIDE_GRID } from '../charts/labelsInsideGrid.ts';
import { zoomWindowOf, type ZoomWindow } from '../charts/zoomWindow.ts';

export const EXPORT_WIDTH = 1200;
export const EXPORT_HEIGHT = 675;
const PAD = 32;
const TEXT_WIDTH = EXPORT_WIDTH - 2 * PAD;
/** The legend sits in its own column on the right, so long region names never run into the plot. */
const LEGEND_COLUMN = 200;
const LEGEND_TEXT = 150;
const CATEGORY_LABEL = 220;
/** The CJK font stack with single quotes: zrender writes it unescaped into the SVG's double-quoted style attribute. */
export const EXPORT_FONT_FAMILY = FONT_FAMILY.replaceAll('"', "'");

export const exportBackground = (dark: boolean | undefined): string => (dark ? '#1c1d21' : '#ffffff');
const ink = (dark: boolean | undefined) => (dark ? { text: '#ececef', muted: '#a6a6ad', rule: '#3a3b41' } : { text: '#1d1d1f', muted: '#5b5b60', rule: '#d6d6d9' });

interface Line {
  text: string;
  fontSize: number;
  lineHeight: number;
  maxLines: number;
  color: string;
  bold?: boolean;
}

type Placed = Line & { top: number; lines: number };


const textElement = (l: Placed) => ({
  type: 'text',
  left: PAD,
  top: l.top,
  silent: true,
  style: {
    text: l.text,
    fill: l.color,
    fontFamily: EXPORT_FONT_FAMILY,
    fontSize: l.fontSize,
    fontWeight: l.bold ? 'bold' : 'normal',
    lineHeight: l.lineHeight,
    width: TEXT_WIDTH,
    // One-line texts end in an ellipsis; longer ones wrap and stop at their last reserved line.
    overflow: l.maxLines === 1 ? 'truncate' : 'break',
    height: l.lines * l.lineHeight,
    lineOverflow: 'truncate',
  },
});

/** Stacks lines downward from `top`; returns them placed and where the stack ends. */
const stackDown = (lines: Line[], top: number, gap: number, measure: MeasureText): { placed: Placed[]; end: number } => {
  let y = top;
  const placed = lines.map((l) => {
    const lines = countLines(l.text, l.fontSize, l.bold ?? false, TEXT_WIDTH, l.maxLines, measure);
    const p = { ...l, top: y, lines };
    y += lines * l.lineHeight + gap;
    return p;
  });
  return { placed, end: y - gap };
};

type Obj = Record<string, unknown>;
const asObject = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

export const buildExportOption = (
  viewOption: EChartsCoreOption,
  a: ExportAnnotations,
  ctx: BuildContext,
  measure: MeasureText = estimateWidth,
  /** The view's scroll bar window: the image keeps it (without the bar), never every bar squeezed into 675 px. */
  zoom: ZoomWindow | null = null,
): EChartsCoreOption => {
  const c = ink(ctx.dark);
  const small = { fontSize: 12, lineHeight: 17, color: c.muted };
  const header = stackDown(
    [
      { text: a.title, fontSize: 26, lineHeight: 34, maxLines: 1, color: c.text, bold: true },
      { text: a.subtitle, fontSize: 16, lineHeight: 22, maxLines: 1, color: c.text },
      { text: a.filters, fontSize: 13, lineHeight: 18, maxLines: 2, color: c.muted },
    ],
    18,
    4,
    measure,
  );
  const footerLines: Line[] = [
    ...(a.warnings ? [{ ...small, text: a.warnings, maxLines: 2 }] : []),
    ...(a.compare ? [{ ...small, text: a.compare, maxLines: 2 }] : []),
    ...(a.missing ? [{ ...small, text: a.missing, maxLines: 2 }] : []),
    ...(a.noPopulation ? [{ ...small, text: a.noPopulation, maxLines: 2 }] : []),
    ...(a.note ? [{ ...small, text: a.note, maxLines: 2 }] : []),
    ...(a.sources ? [{ ...small, text: a.sources, maxLines: 3 }] : []),
    { text: a.dashboard, fontSize: 13, lineHeight: 18, maxLines: 1, color: c.text, bold: true },
  ];
  // Stack once to learn the footer's height, then again from where it must start to end at the bottom margin.
  const footerHeight = stackDown(footerLines, 0, 3, measure).end;
  const footerTop = EXPORT_HEIGHT - 16 - footerHeight;
  const footer = stackDown(footerLines, footerTop, 3, measure);

  const plotTop = header.end + 16;
  const plotBottom = EXPORT_HEIGHT - footerTop + 14;
  const viewGrid = asObject(viewOption.grid);
  const labelRoom = typeof viewGrid.right === 'number' ? viewGrid.right : 24;
  const legend = asObject(viewOption.legend);
  const hasLegend = viewOption.legend !== undefined;
  const yAxis = asObject(viewOption.yAxis);
  const xAxis = asObject(viewOption.xAxis);

  // The view's own titles, tooltip and scroll bar are for the screen; the image gets its fixed header and footer.
  const { title: _title, tooltip: _tooltip, dataZoom, legend: _legend, grid: _grid, yAxis: _yAxis, xAxis: _xAxis, ...rest } = viewOption;
  const kept = Array.isArray(dataZoom) && dataZoom.length > 0 ? (zoom ?? zoomWindowOf(viewOption)) : null;
  return {
    ...rest,
    animation: false,
    ...(kept ? { dataZoom: [{ type: 'inside', yAxisIndex: 0, ...kept }] } : {}),
    backgroundColor: exportBackground(ctx.dark),
    textStyle: { ...asObject(viewOption.textStyle), fontFamily: EXPORT_FONT_FAMILY },
    grid: { ...viewGrid, left: PAD, right: PAD + (hasLegend ? LEGEND_COLUMN : 0) + labelRoom, top: plotTop, bottom: plotBottom, ...LABELS_INSIDE_GRID },
    ...(hasLegend
      ? {
          legend: {
            ...(({ left: _l, top: _t, right: _r, bottom: _b, ...keep }) => keep)(legend),
            type: 'scroll',
            orient: 'vertical',
            right: PAD,
            top: plotTop,
            bottom: plotBottom,
            textStyle: { fontFamily: EXPORT_FONT_FAMILY, width: LEGEND_TEXT, overflow: 'truncate' },
          },
        }
      : {}),
    ...(viewOption.yAxis === undefined
      ? {}
      : { yAxis: yAxis.type === 'category' ? { ...yAxis, axisLabel: { ...asObject(yAxis.axisLabel), width: CATEGORY_LABEL, overflow: 'truncate' } } : viewOption.yAxis }),
    // A phone's ranking hides its value axis numbers for want of room; the image has the room.
    ...(viewOption.xAxis === undefined ? {} : { xAxis: xAxis.type === 'value' ? { ...xAxis, axisLabel: { ...asObject(xAxis.axisLabel), show: true } } : viewOption.xAxis }),
    graphic: [
      ...header.placed.map(textElement),
      { type: 'line', silent: true, shape: { x1: PAD, y1: footerTop - 8, x2: EXPORT_WIDTH - PAD, y2: footerTop - 8 }, style: { stroke: c.rule, lineWidth: 1 } },
      ...footer.placed.map(textElement),
    ],
  };
};
