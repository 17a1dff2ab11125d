// The corpus's catalogue entries as data/metrics.json records, and the themes they need.
import type { Metric, Theme } from '../../src/dataset/schema.ts';
import { CORE, COUNTERS, NEW_METRICS, RANKABLE } from './newMetrics.ts';

export const COURT_THEME: Theme = {
  id: 'court',
  name: { zh: '法院诉调对接', en: 'Courts & court-linked mediation' },
};

export function corpusMetrics(): Metric[] {
  return NEW_METRICS.map(([id, unit, counter, nameZh, nameEn, defZh, defEn]) => {
    const metric: Metric = {
      id,
      theme: id.split('.')[0] ?? '',
      unit,
      name: { zh: nameZh, en: nameEn },
      definition: { zh: defZh, en: defEn },
      direction: 'neutral',
      rankable: CORE.has(id) || RANKABLE.has(id),
    };
    if (counter !== null) {
      const c = COUNTERS[counter];
      if (c === undefined) throw new Error(`newMetrics.ts: unknown counter "${counter}" for ${id}`);
      metric.counter = c;
    }
    return metric;
  });
}
