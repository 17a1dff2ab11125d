// The shape of data/*.json. Everything the app and the checks read goes through these schemas. Valibot: small,
// tree-shaken per function, and it never compiles parsers with eval, so it runs under the page's strict CSP.
import * as v from 'valibot';

export const LEVELS = ['provincial', 'prefecture', 'district', 'county'] as const;
export const QUALIFIERS = ['exact', 'approx', 'lower_bound', 'derived'] as const;
export const UNITS = ['count', 'people', 'person_times', 'percent', 'yuan', 'days', 'hours'] as const;
export const DIRECTIONS = ['higher_better', 'lower_better', 'neutral'] as const;

const text = v.pipe(v.string(), v.minLength(1));
const bilingual = v.strictObject({ zh: text, en: text });
const regionCode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'));
const year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));

export const themeSchema = v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-z_]+$/)), name: bilingual });

export const regionSchema = v.strictObject({
  code: regionCode,
  name: bilingual,
  level: v.picklist(LEVELS),
  province: v.strictObject({ code: regionCode, name: bilingual }),
  /** null for a user-added region whose population nobody has entered: per-capita views then leave it out. */
  population: v.nullable(
    v.strictObject({
      value: v.pipe(v.number(), v.integer(), v.minValue(1)),
      year,
      source: bilingual,
    }),
  ),
  user_added: v.optional(v.boolean()),
});

export const sourceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  region: regionCode,
  year,
  title: bilingual,
  issuer: bilingual,
  date: v.nullable(v.pipe(v.string(), v.isoDate())),
  file: text,
});

export const metricSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z_]+\.[a-z0-9_]+$/, 'an id <theme>.<name>')),
  theme: v.string(),
  unit: v.picklist(UNITS),
  /** What one counts, e.g. 件 / cases; omitted for percent and money. */
  counter: v.optional(bilingual),
  name: bilingual,
  definition: bilingual,
  direction: v.picklist(DIRECTIONS),
  headline: v.optional(v.boolean()),
});

/** How a derived value was computed; `data:check` recomputes it from these inputs. */
export const derivationSchema = v.variant('kind', [
  // prior year from a current value and a stated percentage change: base / (1 + change/100)
  v.strictObject({
    kind: v.literal('yoy_percent'),
    base_value: v.number(),
    base_year: year,
    change_percent: v.number(),
  }),
  // prior year from a current value and a stated absolute change: base - change
  v.strictObject({ kind: v.literal('yoy_absolute'), base_value: v.number(), base_year: year, change: v.number() }),
  // a rate from two metrics of the same region and year: 100 * numerator / denominator
  v.strictObject({ kind: v.literal('ratio'), numerator: v.string(), denominator: v.string() }),
  // a total of several metrics of the same region and year
  v.strictObject({ kind: v.literal('sum'), of: v.pipe(v.array(v.string()), v.minLength(2)) }),
]);

export const observationSchema = v.strictObject({
  region: regionCode,
  year,
  metric: v.string(),
  value: v.pipe(v.number(), v.finite()),
  qualifier: v.picklist(QUALIFIERS),
  source: v.string(),
  evidence: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  derivation: v.optional(derivationSchema),
});

export const datasetSchema = v.strictObject({
  themes: v.array(themeSchema),
  regions: v.array(regionSchema),
  sources: v.array(sourceSchema),
  metrics: v.array(metricSchema),
  observations: v.array(observationSchema),
});

export type Level = (typeof LEVELS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Unit = (typeof UNITS)[number];
export type Theme = v.InferOutput<typeof themeSchema>;
export type Region = v.InferOutput<typeof regionSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Metric = v.InferOutput<typeof metricSchema>;
export type Derivation = v.InferOutput<typeof derivationSchema>;
export type Observation = v.InferOutput<typeof observationSchema>;
export type Dataset = v.InferOutput<typeof datasetSchema>;

/** Parses or throws (fixtures and scripts; the app uses validateDataset for readable problems). */
export const parseDataset = (input: unknown): Dataset => v.parse(datasetSchema, input);
