// The shape of data/*.json. Everything the app and the checks read goes through these schemas.
import { z } from 'zod';

// No eval: the page runs under a CSP without 'unsafe-eval', so zod must not try to compile parsers with new Function.
z.config({ jitless: true });

export const LEVELS = ['provincial', 'prefecture', 'district', 'county'] as const;
export const QUALIFIERS = ['exact', 'approx', 'lower_bound', 'derived'] as const;
export const UNITS = ['count', 'people', 'person_times', 'percent', 'yuan', 'days', 'hours'] as const;
export const DIRECTIONS = ['higher_better', 'lower_better', 'neutral'] as const;

const bilingual = { zh: z.string().min(1), en: z.string().min(1) };
const regionCode = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');
const year = z.number().int().min(1990).max(2100);

export const themeSchema = z.strictObject({ id: z.string().regex(/^[a-z_]+$/), name: z.strictObject(bilingual) });

export const regionSchema = z.strictObject({
  code: regionCode,
  name: z.strictObject(bilingual),
  level: z.enum(LEVELS),
  province: z.strictObject({ code: regionCode, name: z.strictObject(bilingual) }),
  /** null for a user-added region whose population nobody has entered: per-capita views then leave it out. */
  population: z
    .strictObject({
      value: z.number().int().positive(),
      year,
      source: z.strictObject(bilingual),
    })
    .nullable(),
  user_added: z.boolean().optional(),
});

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  region: regionCode,
  year,
  title: z.strictObject(bilingual),
  issuer: z.strictObject(bilingual),
  date: z.iso.date().nullable(),
  file: z.string().min(1),
});

export const metricSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/, 'an id <theme>.<name>'),
  theme: z.string(),
  unit: z.enum(UNITS),
  /** What one counts, e.g. 件 / cases; omitted for percent and money. */
  counter: z.strictObject(bilingual).optional(),
  name: z.strictObject(bilingual),
  definition: z.strictObject(bilingual),
  direction: z.enum(DIRECTIONS),
  headline: z.boolean().optional(),
});

/** How a derived value was computed; `data:check` recomputes it from these inputs. */
export const derivationSchema = z.discriminatedUnion('kind', [
  // prior year from a current value and a stated percentage change: base / (1 + change/100)
  z.strictObject({
    kind: z.literal('yoy_percent'),
    base_value: z.number(),
    base_year: year,
    change_percent: z.number(),
  }),
  // prior year from a current value and a stated absolute change: base - change
  z.strictObject({ kind: z.literal('yoy_absolute'), base_value: z.number(), base_year: year, change: z.number() }),
  // a rate from two metrics of the same region and year: 100 * numerator / denominator
  z.strictObject({ kind: z.literal('ratio'), numerator: z.string(), denominator: z.string() }),
  // a total of several metrics of the same region and year
  z.strictObject({ kind: z.literal('sum'), of: z.array(z.string()).min(2) }),
]);

export const observationSchema = z.strictObject({
  region: regionCode,
  year,
  metric: z.string(),
  value: z.number().finite(),
  qualifier: z.enum(QUALIFIERS),
  source: z.string(),
  evidence: z.string().min(1).max(60),
  derivation: derivationSchema.optional(),
});

export const datasetSchema = z.strictObject({
  themes: z.array(themeSchema),
  regions: z.array(regionSchema),
  sources: z.array(sourceSchema),
  metrics: z.array(metricSchema),
  observations: z.array(observationSchema),
});

export type Level = (typeof LEVELS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Unit = (typeof UNITS)[number];
export type Theme = z.infer<typeof themeSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Derivation = z.infer<typeof derivationSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
