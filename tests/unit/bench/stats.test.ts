import { describe, expect, it } from 'vitest';
import { median, pairedRatios, percentile, ratio, spread } from '../../../scripts/bench/stats.ts';
import { summariseDataset } from '../../../scripts/bench/summarise.ts';
import type { LoadSample } from '../../../scripts/bench/measureLoad.ts';

describe('bench statistics', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
    expect(percentile([], 95)).toBeNaN();
    expect(ratio(130, 100)).toBeCloseTo(1.3);
  });

  it('pairs each run with the floor of the same run, and gives the middle half of the ratios', () => {
    expect(pairedRatios([120, 300, 110], [100, 200, 100])).toEqual([1.2, 1.5, 1.1]);
    expect(spread([1.2, 1.5, 1.1, 1.3])).toEqual({ median: 1.25, p25: 1.1, p75: 1.3 });
  });

  it('checks the real data against both floors, and the synthetic data against absolute limits', () => {
    const load = (firstChartMs: number, jsKB: number, interactiveMs = firstChartMs, cls = 0): LoadSample => ({
      firstChartMs,
      fcpMs: firstChartMs,
      interactiveMs,
      cls,
      prerendered: false,
      jsBytes: jsKB * 1024,
      jsFiles: 1,
      dataBytes: 0,
      heapBytes: 8 * 2 ** 20,
    });
    const real = summariseDataset(
      'real',
      [load(90, 300, 120, 0.02), load(80, 300, 140, 0)],
      [load(100, 200), load(100, 200)],
      [{ view: 'rank', kind: 'year', ms: 20 }],
      [],
      [load(100, 150), load(80, 150)],
    );
    expect(real.targets.map((t) => [t.what, t.met])).toEqual([
      ['time to first chart ÷ bare floor', true], // 85 of 90
      ["first interaction ÷ bare floor's first chart", false], // 130 of 90
      ['time to first chart ÷ floor', true],
      ['JS before first chart ÷ floor', true],
      ['interaction p95 (ms)', true],
      ['layout shift (CLS)', false], // the median of 0.02 and 0 is 0.01, not below 0.01
    ]);
    // Run by run against the bare floor: 90/100 and 80/80; 120/100 and 140/80.
    expect(real.barePaired?.firstChart.median).toBeCloseTo(0.95);
    expect(real.barePaired?.interactive.median).toBeCloseTo(1.475);
    const synthetic = summariseDataset(
      'synthetic',
      [load(1500, 300)],
      [load(400, 200)],
      [{ view: 'table', kind: 'metric', ms: 160 }],
    );
    expect(synthetic.bare).toBeNull();
    expect(synthetic.targets.map((t) => t.met)).toEqual([true, false, true]);
    expect(synthetic.interactions.byKind.metric?.p95).toBe(160);
  });
});
