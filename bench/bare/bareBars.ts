// The bare floor's rows, computed from data/ when it is built and written into its script: the dashboard's first
// chart (people's mediation cases, each region's latest year, largest first) with nothing to fetch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Bars {
  title: string;
  names: string[];
  values: number[];
}

const METRIC = 'mediation.cases';

const readTable = <T>(dataDir: string, table: string): T => JSON.parse(readFileSync(join(dataDir, `${table}.json`), 'utf8')) as T;

export const bareBars = (dataDir: string): Bars => {
  const regions = readTable<{ code: string; name: { zh: string } }[]>(dataDir, 'regions');
  const metrics = readTable<{ id: string; name: { zh: string } }[]>(dataDir, 'metrics');
  const observations = readTable<{ region: string; year: number; metric: string; value: number }[]>(dataDir, 'observations');
  const name = new Map(regions.map((r) => [r.code, r.name.zh]));
  const latest = new Map<string, { year: number; value: number }>();
  for (const o of observations) {
    if (o.metric !== METRIC) continue;
    const seen = latest.get(o.region);
    if (!seen || seen.year < o.year) latest.set(o.region, { year: o.year, value: o.value });
  }
  const rows = [...latest].sort((a, b) => b[1].value - a[1].value);
  return {
    title: metrics.find((m) => m.id === METRIC)?.name.zh ?? METRIC,
    names: rows.map(([code]) => name.get(code) ?? code),
    values: rows.map(([, point]) => point.value),
  };
};
