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

  it('checks the real data against the floor, and the synthetic data against absolute limits', () => {
    const load = (firstChartMs: number, jsKB: number): LoadSample => ({
      firstChartMs,
      jsBytes: jsKB * 1024,
      jsFiles: 1,
      dataBytes: 0,
      heapBytes: 8 * 2 ** 20,
    });
    const real = summariseDataset(
      'real',
      [load(140, 300)],
      [load(100, 200)],
      [{ view: 'rank', kind: 'year', ms: 20 }],
    );
    expect(real.targets.map((t) => [t.what, t.met])).toEqual([
      ['time to first chart ÷ floor', false],
      ['JS before first chart ÷ floor', true],
      ['interaction p95 (ms)', true],
    ]);
    const synthetic = summariseDataset(
      'synthetic',
      [load(1500, 300)],
      [load(400, 200)],
      [{ view: 'table', kind: 'metric', ms: 160 }],
    );
    expect(synthetic.targets.map((t) => t.met)).toEqual([true, false, true]);
    expect(synthetic.interactions.byKind.metric?.p95).toBe(160);
  });
});
