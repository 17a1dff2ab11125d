// The bench's printed table. Pure: summaries in, lines out.
import type { CompositionRow } from './bundleComposition.ts';
import type { ExtractResult } from './extractBench.ts';
import type { Machine } from './machine.ts';
import type { DatasetSummary } from './summarise.ts';
import { ratio } from './stats.ts';

const pad = (s: string, n: number) => s.padStart(n);
const num = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

const datasetLines = (s: DatasetSummary): string[] => {
  const d = s.dashboard;
  const f = s.floor;
  const i = s.interactions;
  const row = (label: string, dash: string, floor: string, r = '') =>
    `  ${label.padEnd(38)}${pad(dash, 12)}${pad(floor, 10)}${pad(r, 9)}`;
  return [
    `${s.dataset === 'real' ? 'Real data (data/)' : 'Synthetic national dataset (?dataset=synthetic)'} — medians of ${d.runs.length} runs`,
    row('', 'dashboard', 'floor', 'ratio'),
    row(
      'time to first chart (ms)',
      num(d.firstChartMs),
      num(f.firstChartMs),
      times(ratio(d.firstChartMs, f.firstChartMs)),
    ),
    row(
      '  run by run: median (middle half)',
      '',
      '',
      `${times(s.firstChartPaired.median)} (${num(s.firstChartPaired.p25, 2)}–${num(s.firstChartPaired.p75, 2)})`,
    ),
    row(
      'JS before first chart (KB gzip)',
      `${num(d.jsKB, 1)} (${d.jsFiles})`,
      `${num(f.jsKB, 1)} (${f.jsFiles})`,
      times(ratio(d.jsKB, f.jsKB)),
    ),
    row('data before first chart (KB gzip)', num(d.dataKB, 1), num(f.dataKB, 1)),
    row('JS heap after load (MB)', num(d.heapMB, 1), num(f.heapMB, 1), times(ratio(d.heapMB, f.heapMB))),
    row(`interaction p50 / p95 (ms, n=${i.count})`, `${num(i.p50)} / ${num(i.p95)}`, '–'),
    ...Object.entries(i.byKind).map(([kind, k]) =>
      row(`  ${kind} p50 / p95`, `${num(k.p50)} / ${num(k.p95)}`, ''),
    ),
    ...Object.entries(i.byView).map(([view, k]) =>
      row(`  ${view} view p50 / p95`, `${num(k.p50)} / ${num(k.p95)}`, ''),
    ),
    ...(s.tableScroll
      ? [
          row(
            `table scroll frame p50 / p95 (ms)`,
            `${num(s.tableScroll.p50)} / ${num(s.tableScroll.p95)}`,
            '–',
          ),
          row(`  rows / most rows in the DOM`, `${s.tableScroll.rows} / ${s.tableScroll.maxRowsInDom}`, ''),
        ]
      : []),
    '  targets:',
    ...s.targets.map((t) => `    ${t.met ? 'met   ' : 'MISSED'} ${t.what}: ${t.value} (≤ ${t.limit})`),
  ];
};

const compositionLines = (rows: CompositionRow[]): string[] => {
  if (rows.length === 0) return [];
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  const top = rows.slice(0, 12).map((r) => `${r.part} ${(r.bytes / 1024).toFixed(0)}`);
  return [
    `First-load JS by part (KB of bundled source before minification, of ${(total / 1024).toFixed(0)}): ${top.join(', ')}`,
    '',
  ];
};

export const formatReport = (
  machine: Machine,
  datasets: DatasetSummary[],
  extract: ExtractResult | null,
  firstLoad: CompositionRow[] = [],
): string =>
  [
    `Machine: ${machine.nproc} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`,
    '',
    ...compositionLines(firstLoad),
    ...datasets.flatMap((s) => [...datasetLines(s), '']),
    extract
      ? `Extraction (Node): ${extract.chars.toLocaleString('en')} characters → ${extract.candidates} candidates, median ${num(extract.medianMs)} ms of ${extract.runsMs.length} runs (target < 1000 ms: ${extract.medianMs < 1000 ? 'met' : 'MISSED'})`
      : 'Extraction: skipped',
    ...(extract?.pdf
      ? [
          `PDF (Node): ${extract.pdf.pages} pages, ${(extract.pdf.bytes / 1e6).toFixed(1)} MB → ${extract.pdf.chars.toLocaleString('en')} characters → ${extract.pdf.candidates} candidates; read + extract median ${num(extract.pdf.medianMs)} ms wall (read ${num(extract.pdf.readMedianMs)} ms), ${num(extract.pdf.cpuMedianMs)} ms CPU, of ${extract.pdf.runsMs.length} runs (target < 3000 ms: ${extract.pdf.medianMs < 3000 ? 'met' : 'MISSED'})`,
        ]
      : []),
  ].join('\n');
