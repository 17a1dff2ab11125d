// The rule table stays in step with the catalogue in data/metrics.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_RULES } from '../../../src/extract/index.ts';

const path = join(import.meta.dirname, '../../../data/metrics.json');
// The catalogue is part of the repository: without it this file fails, it never skips.
const catalogue = JSON.parse(readFileSync(path, 'utf8')) as Array<{ id: string; unit: string; headline?: boolean }>;

describe('metric rules', () => {
  const byId = new Map(catalogue.map((m) => [m.id, m]));

  it.each(METRIC_RULES.map((r) => [r.metric, r] as const))(
    '%s is a catalogue metric of a matching unit',
    (_id, rule) => {
      const metric = byId.get(rule.metric);
      expect(metric).toBeDefined();
      expect(rule.units).toContain(metric?.unit);
      expect(rule.topic === 'other' ? '' : rule.metric.split('.')[0]).toBe(rule.topic);
    },
  );

  it('has a rule for every headline metric', () => {
    const ruled = new Set(METRIC_RULES.map((r) => r.metric));
    const missing = catalogue.filter((m) => m.headline === true && !ruled.has(m.id)).map((m) => m.id);
    expect(missing).toEqual([]);
  });
});
