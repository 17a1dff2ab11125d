// One metric's synthetic observations for every region and year: scaled by population, growing over the years, with
// gaps (regions that never report a metric, years a report skipped) and qualifiers (约 approx, 逾 lower bound).
import type { Metric } from '../../src/dataset/schema.ts';
import {
  QUALIFIER_CODES,
  type RegionColumns,
  type ShardColumns,
} from '../../src/dataset/synthetic/format.ts';
import { hashSeed, random, type Random } from './random.ts';

/** Share of regions that report a metric at all, and of those years that a reporting region skips. */
export const NEVER_REPORTS = 0.03;
const SKIPS_YEAR = { first: 0.18, last: 0.02 };
const QUALIFIER_SHARE = { approx: 0.05, lower_bound: 0.06 };

interface MetricShape {
  /** Per 100,000 residents in the first year (counts, money), or the level of a rate or duration. */
  base: number;
  growth: number;
  perCapita: boolean;
}

const shapeOf = (metric: Metric, r: Random): MetricShape => {
  switch (metric.unit) {
    case 'percent':
      return metric.direction === 'lower_better'
        ? { base: r.between(2, 25), growth: -0.04, perCapita: false }
        : { base: r.between(70, 97), growth: 0.005, perCapita: false };
    case 'yuan':
      return { base: 10 ** r.between(4, 6.5), growth: 0.06, perCapita: true };
    case 'days':
    case 'hours':
      return { base: r.between(5, 60), growth: -0.02, perCapita: false };
    default:
      return { base: 10 ** r.between(-0.5, 2.7), growth: 0.05, perCapita: true };
  }
};

/** Two significant digits, the way reports round 约1.2万 / 逾3,400. */
const roundTo2 = (v: number, down: boolean) => {
  if (v < 100) return down ? Math.floor(v) : Math.round(v);
  const step = 10 ** (Math.floor(Math.log10(v)) - 1);
  return (down ? Math.floor(v / step) : Math.round(v / step)) * step;
};

const valueFor = (metric: Metric, shape: MetricShape, scale: number, yearsIn: number, r: Random): number => {
  const trend = (1 + shape.growth) ** yearsIn * r.spread(0.12);
  if (metric.unit === 'percent') {
    const v = shape.base * trend;
    return Math.round(Math.min(100, Math.max(0, v)) * 10) / 10;
  }
  return Math.max(0, Math.round(shape.base * scale * trend));
};

export const syntheticShard = (
  metric: Metric,
  regions: RegionColumns,
  years: readonly number[],
  seed: number,
): ShardColumns => {
  const shape = shapeOf(metric, random(hashSeed(seed, 'shape', metric.id)));
  const out: ShardColumns = { metric: metric.id, region: [], year: [], value: [], qualifier: [] };
  regions.code.forEach((code, row) => {
    const r = random(hashSeed(seed, 'obs', metric.id, code));
    if (r.next() < NEVER_REPORTS) return;
    // A region's own size and habits: some report many cases per head, some few, and that persists over the years.
    const population = regions.population[row] ?? 0;
    const scale = shape.perCapita ? (population / 100_000) * r.spread(0.5) : r.spread(0.15);
    years.forEach((year, i) => {
      const skip =
        SKIPS_YEAR.first + ((SKIPS_YEAR.last - SKIPS_YEAR.first) * i) / Math.max(1, years.length - 1);
      if (r.next() < skip) return;
      const exact = valueFor(metric, shape, scale, i, r);
      const q = r.next();
      const qualifier =
        q >= QUALIFIER_SHARE.approx + QUALIFIER_SHARE.lower_bound
          ? 'exact'
          : q < QUALIFIER_SHARE.approx
            ? 'approx'
            : 'lower_bound';
      out.region.push(row);
      out.year.push(year);
      out.value.push(qualifier === 'exact' ? exact : roundTo2(exact, qualifier === 'lower_bound'));
      out.qualifier.push(QUALIFIER_CODES.indexOf(qualifier));
    });
  });
  return out;
};
