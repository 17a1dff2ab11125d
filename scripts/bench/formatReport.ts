// The bench's printed table. Pure: summaries in, lines out.
import type { CompositionRow } from './bundleComposition.ts';
import type { ExtractResult } from './extractBench.ts';
import type { Machine } from './machine.ts';
import type { DatasetSummary } from './summarise.ts';
import { ratio } from './stats.ts';

const pad = (s: string, n: number) => s.padStart(n);
const num = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');

const middleHalf = (p: { median: number; p25: number; p75: number }) =>
  `${times(p.median)} (${num(p.p25, 2)}–${num(p.p75, 2)})`;

const datasetLines = (s: DatasetSummary): string[] => {
  const d = s.dashboard;
  const f = s.floor;
  const b = s.bare;
  const i = s.interactions;
  const row = (label: string, dash: string, floor: string, bare: string, vsFloor = '', vsBare = '') =>
    `  ${label.padEnd(40)}${pad(dash, 12)}${pad(floor, 10)}${pad(bare, 10)}${pad(vsFloor, 9)}${pad(vsBare, 9)}`;
  const onBare = (value: (p: NonNullable<DatasetSummary['bare']>) => string) => (b ? value(b) : '–');
  return [
    `${s.dataset === 'real' ? 'Real data (data/)' : 'Synthetic national dataset (?dataset=synthetic)'} — medians of ${d.runs.length} runs` +
      (d.prerenderedRuns > 0 ? `; the first chart was the prerendered one in ${d.prerenderedRuns}` : ''),
    row('', 'dashboard', 'floor', 'bare', '÷ floor', '÷ bare'),
    row('first contentful paint (ms)', num(d.fcpMs), num(f.fcpMs), onBare((p) => num(p.fcpMs))),
    row(
      'time to first chart (ms)',
      num(d.firstChartMs),
      num(f.firstChartMs),
      onBare((p) => num(p.firstChartMs)),
      times(ratio(d.firstChartMs, f.firstChartMs)),
      onBare((p) => times(ratio(d.firstChartMs, p.firstChartMs))),
    ),
    `    run by run, median (middle half): ÷ floor ${middleHalf(s.firstChartPaired)}` +
      (s.barePaired ? `; ÷ bare ${middleHalf(s.barePaired.firstChart)}` : ''),
    row(
      'first interaction works (ms)',
      num(d.interactiveMs),
      '–',
      '–',
      '',
      onBare((p) => times(ratio(d.interactiveMs, p.firstChartMs))),
    ),
    ...(s.barePaired ? [`    ÷ the bare floor's first chart, run by run: ${middleHalf(s.barePaired.interactive)}`] : []),
    row('layout shift (CLS, to 1 s after the chart)', num(d.cls, 4), num(f.cls, 4), onBare((p) => num(p.cls, 4))),
    row(
      'JS before first chart (KB gzip)',
      `${num(d.jsKB, 1)} (${d.jsFiles})`,
      `${num(f.jsKB, 1)} (${f.jsFiles})`,
      onBare((p) => `${num(p.jsKB, 1)} (${p.jsFiles})`),
      times(ratio(d.jsKB, f.jsKB)),
    ),
    row('data before first chart (KB gzip)', num(d.dataKB, 1), num(f.dataKB, 1), onBare((p) => num(p.dataKB, 1))),
    row('JS heap after load (MB)', num(d.heapMB, 1), num(f.heapMB, 1), onBare((p) => num(p.heapMB, 1)), times(ratio(d.heapMB, f.heapMB))),
    row(`interaction p50 / p95 (ms, n=${i.count})`, `${num(i.p50)} / ${num(i.p95)}`, '–', '–'),
    ...Object.entries(i.byKind).map(([kind, k]) => row(`  ${kind} p50 / p95`, `${num(k.p50)} / ${num(k.p95)}`, '', '')),
    ...Object.entries(i.byView).map(([view, k]) => row(`  ${view} view p50 / p95`, `${num(k.p50)} / ${num(k.p95)}`, '', '')),
    ...(s.tableScroll
      ? [
          row(`table scroll frame p50 / p95 (ms)`, `${num(s.tableScroll.p50)} / ${num(s.tableScroll.p95)}`, '–', '–'),
          row(`  rows / most rows in the DOM`, `${s.tableScroll.rows} / ${s.tableScroll.maxRowsInDom}`, '', ''),
        ]
      : []),
    '  targets:',
    ...s.targets.map((t) => `    ${t.met ? 'met   ' : 'MISSED'} ${t.what}: ${t.value} (${t.below ? '<' : '≤'} ${t.limit})`),
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
