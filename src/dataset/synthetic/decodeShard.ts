// One metric's shard (columns) → observations grouped by region, years ascending: what ObservationIndex.series returns.
import type { Observation, Region } from '../schema.ts';
import { columnProblem } from './columns.ts';
import type { Decoded } from './decodeRegions.ts';
import { QUALIFIER_CODES, SYNTHETIC_EVIDENCE, SYNTHETIC_SOURCE_ID, type ShardColumns } from './format.ts';

export interface Shard {
  metric: string;
  count: number;
  /** Region code → its observations of this metric, years ascending. */
  byRegion: ReadonlyMap<string, readonly Observation[]>;
}

export const decodeShard = (
  raw: unknown,
  metric: string,
  regions: readonly Region[],
  years: ReadonlySet<number>,
): Decoded<Shard> => {
  const problem = columnProblem(raw, { region: 'int', year: 'int', value: 'number', qualifier: 'int' });
  if (problem) return { ok: false, problem };
  const c = raw as ShardColumns;
  if (c.metric !== metric)
    return { ok: false, problem: `holds metric "${String(c.metric)}", expected "${metric}"` };
  const byRegion = new Map<string, Observation[]>();
  for (let i = 0; i < c.value.length; i++) {
    const region = regions[c.region[i] ?? -1];
    const year = c.year[i] ?? 0;
    const qualifier = QUALIFIER_CODES[c.qualifier[i] ?? -1];
    if (!region) return { ok: false, problem: `observation ${i}: region row ${c.region[i]} out of range` };
    if (!years.has(year))
      return { ok: false, problem: `observation ${i}: year ${year} is not in the manifest` };
    if (!qualifier) return { ok: false, problem: `observation ${i}: unknown qualifier ${c.qualifier[i]}` };
    const o: Observation = {
      region: region.code,
      year,
      metric,
      value: c.value[i] ?? 0,
      qualifier,
      source: SYNTHETIC_SOURCE_ID,
      evidence: SYNTHETIC_EVIDENCE,
      scope: 'region',
      period: { kind: 'full_year' },
    };
    const list = byRegion.get(region.code);
    if (list) list.push(o);
    else byRegion.set(region.code, [o]);
  }
  for (const list of byRegion.values()) list.sort((a, b) => a.year - b.year);
  return { ok: true, value: { metric, count: c.value.length, byRegion } };
};
