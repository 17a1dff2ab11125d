// The prebuilt dataset (data/*.json) against the hand-written answer key and the source reports.
// The checks that need the report texts run only when they are beside the clone (../shared, or FAZHI_SHARED_DIR);
// a fresh clone skips them and says so in one line.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseDataset, type Dataset, type Observation, type Basis, type PeriodKind, type Qualifier, type Scope } from '../../src/dataset/schema.ts';
import { checkDataset } from '../../src/dataset/checkDataset.ts';
import { formatProblem } from '../../src/dataset/problem.ts';
import { DATASET_FILES, type DatasetFiles } from '../../src/dataset/files.ts';
import { observationKey } from '../../src/dataset/observationKey.ts';
import { loadSharedTexts } from '../../scripts/sharedTexts.ts';

const root = process.cwd();
const readJson = (rel: string): unknown => JSON.parse(fs.readFileSync(path.resolve(root, rel), 'utf8'));

const files = Object.fromEntries(DATASET_FILES.map((t) => [t, readJson(`data/${t}.json`)])) as DatasetFiles;
const dataset: Dataset = parseDataset(files);

interface GoldEntry {
  region: string;
  year: number;
  metric: string;
  value: number;
  qualifier: Qualifier;
  evidence: string;
  /** Absent: the region's total over the full year. */
  scope?: Scope;
  periodKind?: PeriodKind;
  /** Absent: the clause counts what the metric's definition says. */
  basis?: Basis;
}
const gold = readJson('tests/fixtures/gold-headline.json') as GoldEntry[];

const shared = loadSharedTexts();
if (!shared.ok) console.warn(`dataset-gold: evidence-in-report checks skipped: ${shared.reason}`);
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const textOf = (sourceId: string): string => {
  const source = sourceById.get(sourceId);
  const text = shared.ok && source ? shared.texts.textOf(source) : null;
  if (text === null) throw new Error(`no text for source ${sourceId}`);
  return text;
};

// ── numbers as written in the reports: 45060, 4.32万, 1300余万, 逾1.1亿, 近千, 两万余, 四 …
// Read here, not with src/extract's parser on purpose: the answer key must not share the extractor's mistakes.
const CN_DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
function parseChinese(s: string): number {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    const u = CN_UNIT[ch];
    if (d !== undefined) digit = d;
    else if (u !== undefined) {
      total += (digit ?? 1) * u;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

interface NumberToken {
  value: number;
  marker: 'exact' | 'approx' | 'lower_bound';
}
const TOKEN =
  /(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)\s*(余|多)?\s*(万|亿|成)?(余|多|以上|%以上|%多|件起)?/g;
// Web pages in traditional script (萬, 億, 過), some with pinyin after a character (萬(wàn)); spaces inside a number (1.6 万).
const plain = (evidence: string): string =>
  evidence
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')
    .replace(/萬/g, '万')
    .replace(/億/g, '亿')
    .replace(/過/g, '过');
function numbersIn(written: string): NumberToken[] {
  const evidence = plain(written);
  const out: NumberToken[] = [];
  for (const m of evidence.matchAll(TOKEN)) {
    const [whole, num = '', suffix1, mult, suffix2] = m;
    const base = /\d/.test(num) ? Number(num) : parseChinese(num);
    const factor = mult === '万' ? 1e4 : mult === '亿' ? 1e8 : mult === '成' ? 10 : 1;
    const start = m.index ?? 0;
    const before = evidence.slice(Math.max(0, start - 2), start);
    const after = evidence.slice(start + whole.length, start + whole.length + 2);
    let marker: NumberToken['marker'] = 'exact';
    if (suffix1 || suffix2 || /(逾|超|超过)$/.test(before)) marker = 'lower_bound';
    else if (/(近|约)$/.test(before) || after.startsWith('左右')) marker = 'approx';
    out.push({ value: base * factor, marker });
  }
  return out;
}
const same = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const unitOf = new Map(dataset.metrics.map((m) => [m.id, m.unit]));
const key = (o: Observation) => observationKey(o);
const goldKey = (g: GoldEntry) =>
  `${g.region}|${g.year}|${g.metric}|${g.scope ?? 'region'}|${g.periodKind ?? 'full_year'}`;
const byKey = new Map<string, Observation>();
for (const o of dataset.observations) byKey.set(key(o), o);

describe('dataset', () => {
  it('validates against the dataset schema and passes every data:check rule', () => {
    expect(checkDataset(files, shared.ok ? shared.texts : null).map(formatProblem)).toEqual([]);
  });

  it('has consistent references and no duplicate (region, year, metric, scope, period kind)', () => {
    const regions = new Set(dataset.regions.map((r) => r.code));
    const themes = new Set(dataset.themes.map((t) => t.id));
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const m of dataset.metrics) expect(themes.has(m.theme), m.id).toBe(true);
    const seen = new Set<string>();
    for (const o of dataset.observations) {
      expect(unitOf.has(o.metric), o.metric).toBe(true);
      expect(regions.has(o.region), o.region).toBe(true);
      expect(sources.get(o.source)?.region, `${o.source} region`).toBe(o.region);
      expect(seen.has(key(o)), `duplicate ${key(o)}`).toBe(false);
      seen.add(key(o));
    }
  });
});

describe('gold headline figures', () => {
  it('every gold entry is a headline metric', () => {
    const headline = new Set(dataset.metrics.filter((m) => m.headline).map((m) => m.id));
    for (const g of gold) expect(headline.has(g.metric), g.metric).toBe(true);
  });

  it.each(gold.map((g) => [`${g.region} ${g.year} ${g.metric}`, g] as const))(
    '%s is in observations with the same value and qualifier',
    (_label, g) => {
      const o = byKey.get(goldKey(g));
      expect(o, 'observation present').toBeDefined();
      expect(o?.value).toBe(g.value);
      expect(o?.qualifier).toBe(g.qualifier);
      expect(o?.basis).toBe(g.basis);
      expect(o?.evidence).toBe(g.evidence);
    },
  );
});

describe.skipIf(!shared.ok)('evidence in the report texts', () => {
  it.each(dataset.observations.map((o, i) => [`#${i} ${key(o)}`, o] as const))(
    '%s is a verbatim substring of its source',
    (_label, o) => {
      expect(textOf(o.source).includes(o.evidence)).toBe(true);
    },
  );

  it('the blank figure in 茂名 (专题学法 次) has no observation', () => {
    expect(textOf('maoming-440900-2024')).toContain('完成专题学法 次');
    expect(dataset.observations.some((o) => o.evidence.includes('专题学法'))).toBe(false);
  });
});

describe('evidence', () => {
  it.each(dataset.observations.map((o, i) => [`#${i} ${key(o)}`, o] as const))(
    '%s is short and holds the figure',
    (_label, o) => {
      expect(o.evidence.length).toBeLessThanOrEqual(60);
      const tokens = numbersIn(o.evidence);
      const d = o.derivation;
      if (o.qualifier !== 'derived') {
        const hits = tokens.filter((t) => same(t.value, o.value));
        expect(hits.length, `figure ${o.value} written in evidence`).toBeGreaterThan(0);
        expect(
          hits.map((t) => t.marker),
          'qualifier matches the wording (近/约 → approx, 余/多/逾 → lower_bound)',
        ).toContain(o.qualifier);
      } else if (d?.kind === 'yoy_percent') {
        expect(
          tokens.some((t) => same(t.value, d.base_value)),
          'base value in evidence',
        ).toBe(true);
        expect(
          tokens.some((t) => same(t.value, Math.abs(d.change_percent))),
          'change in evidence',
        ).toBe(true);
        const raw = d.base_value / (1 + d.change_percent / 100);
        const expected = unitOf.get(o.metric) === 'percent' ? Math.round(raw * 100) / 100 : Math.round(raw);
        expect(o.value).toBe(expected);
        expect(o.year).toBe(d.base_year - 1);
        expect(byKey.get(key({ ...o, year: d.base_year }))?.value, 'base is itself an observation').toBe(
          d.base_value,
        );
      } else if (d?.kind === 'yoy_absolute') {
        expect(tokens.some((t) => same(t.value, d.base_value))).toBe(true);
        expect(tokens.some((t) => same(t.value, Math.abs(d.change)))).toBe(true);
        expect(o.value).toBe(d.base_value - d.change);
      }
    },
  );
});

describe('number forms', () => {
  const find = (source: string, metric: string, evidencePart: string): Observation | undefined =>
    dataset.observations.find(
      (o) => o.source === source && o.metric === metric && o.evidence.includes(evidencePart),
    );

  it.each([
    ['4.32万 → 43200', 'maoming-440900-2024', 'enforcement.platform_cases', '4.32万', 43200, 'exact'],
    [
      '逾1.1亿元 → 110000000 yuan',
      'dongguan-441900-2022',
      'legal_aid.recovered',
      '1.1亿元',
      110000000,
      'lower_bound',
    ],
    ['近5.9万 → 59000 approx', 'dongguan-441900-2022', 'mediation.cases', '近5.9万', 59000, 'approx'],
    [
      '6万余件 → 60000 lower_bound',
      'tianjin-120000-2023',
      'mediation.cases',
      '6万余件',
      60000,
      'lower_bound',
    ],
    [
      '逾1.5万 → 15000 lower_bound',
      'dongguan-441900-2022',
      'mediation.online_cases',
      '逾1.5万',
      15000,
      'lower_bound',
    ],
    [
      '1300余万元 → 13000000 yuan',
      'xinyang-411500-2023',
      'legal_aid.migrant_worker_recovered',
      '1300余万元',
      13000000,
      'lower_bound',
    ],
    ['98.56% stays 98.56', 'qingcheng-441802-2024', 'mediation.success_rate', '98.56%', 98.56, 'exact'],
  ] as const)('%s', (_label, source, metric, part, value, qualifier) => {
    const o = find(source, metric, part);
    expect(o).toBeDefined();
    expect(o?.value).toBe(value);
    expect(o?.qualifier).toBe(qualifier);
  });
});

describe('internal consistency', () => {
  it('X.resolved ≤ X.cases and stated rates agree with resolved/cases', () => {
    for (const o of dataset.observations) {
      if (!o.metric.endsWith('resolved')) continue;
      const prefix = o.metric.slice(0, -'resolved'.length);
      const cases = byKey.get(key({ ...o, metric: `${prefix}cases` }));
      if (!cases) continue;
      expect(o.value).toBeLessThanOrEqual(cases.value);
      const rate = byKey.get(key({ ...o, metric: `${prefix}success_rate` }));
      // A stated bound (95%以上) is not a rate to recompute.
      if (rate?.qualifier === 'exact')
        expect(Math.abs(rate.value - (100 * o.value) / cases.value)).toBeLessThanOrEqual(0.6);
    }
  });

  it('percents are within 0–100 and counts are non-negative integers', () => {
    for (const o of dataset.observations) {
      const unit = unitOf.get(o.metric);
      expect(o.value, key(o)).toBeGreaterThanOrEqual(0);
      if (unit === 'percent') expect(o.value, key(o)).toBeLessThanOrEqual(100);
      if (unit === 'count' || unit === 'people' || unit === 'person_times') {
        expect(Number.isInteger(o.value), key(o)).toBe(true);
      }
    }
  });
});
