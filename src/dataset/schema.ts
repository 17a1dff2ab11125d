// The shape of data/*.json. Everything the app and the checks read goes through these schemas. Valibot: small,
// tree-shaken per function, and it never compiles parsers with eval, so it runs under the page's strict CSP.
import * as v from 'valibot';

export const LEVELS = ['provincial', 'prefecture', 'district', 'county'] as const;
export const QUALIFIERS = ['exact', 'approx', 'lower_bound', 'derived'] as const;
export const UNITS = ['count', 'people', 'person_times', 'percent', 'yuan', 'days', 'hours'] as const;
export const DIRECTIONS = ['higher_better', 'lower_better', 'neutral'] as const;
/** Whose figure: the region's total, a government body's own part, or one named office, room or committee. */
export const SCOPES = ['region', 'government_own', 'sub_unit'] as const;
export const PERIOD_KINDS = ['full_year', 'partial_year', 'multi_year', 'unknown'] as const;
/** What a count's clause counted, when it is not what the metric's definition says. */
export const BASES = ['received', 'accepted', 'handled', 'concluded', 'mediated', 'resolved'] as const;
export const SOURCE_KINDS = ['annual_report', 'statistical_release', 'official_news', 'press_conference', 'news', 'court_report', 'other'] as const;

const text = v.pipe(v.string(), v.minLength(1));
const bilingual = v.strictObject({ zh: text, en: text });
const regionCode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'));
const year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
const verbatim = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const url = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'an http(s) URL'));

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
      url: v.optional(url),
      clause: v.optional(verbatim(60)),
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
  kind: v.picklist(SOURCE_KINDS),
  url: v.optional(url),
  /** The site that published the page, when it is not the issuer. */
  publisher: v.optional(bilingual),
  /** The page is a mirror or aggregator copy of an official one. */
  mirror: v.optional(v.boolean()),
  /** Exactly one of these two (a data:check rule): a report text in ../shared/reports, or a record of ../shared/corpus/web-figures.json. */
  file: v.optional(text),
  corpus_id: v.optional(text),
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
  /** Offered in the ranking's metric picker; a non-rankable metric holds a region's notable figures. */
  rankable: v.boolean(),
  /** Comparability notes shown with the metric. */
  notes: v.optional(v.array(bilingual)),
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

// Month and year bounds are data:check rules, so a bad period gets one line that says which bound it breaks.
const phrase = v.optional(verbatim(20));
const integer = v.pipe(v.number(), v.integer());
/** The stretch of time a value covers, with the report's own words for it when it says so. */
export const periodSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('full_year'), phrase }),
  v.strictObject({ kind: v.literal('partial_year'), months: v.optional(v.tuple([integer, integer])), phrase }),
  v.strictObject({ kind: v.literal('multi_year'), from: v.optional(year), to: v.optional(year), phrase }),
  v.strictObject({ kind: v.literal('unknown'), phrase }),
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
  scope: v.picklist(SCOPES),
  period: periodSchema,
  /** Counts only. */
  basis: v.optional(v.picklist(BASES)),
  /** Percent only: the report's words for what the rate is of. */
  denominator: v.optional(verbatim(30)),
  /** Whose figure; data:check requires it when scope is not "region". */
  subject: v.optional(bilingual),
  note: v.optional(bilingual),
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
export type Scope = (typeof SCOPES)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Basis = (typeof BASES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Period = v.InferOutput<typeof periodSchema>;
export type Theme = v.InferOutput<typeof themeSchema>;
export type Region = v.InferOutput<typeof regionSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
export type Metric = v.InferOutput<typeof metricSchema>;
export type Derivation = v.InferOutput<typeof derivationSchema>;
export type Observation = v.InferOutput<typeof observationSchema>;
export type Dataset = v.InferOutput<typeof datasetSchema>;

/** Parses or throws (fixtures and scripts; the app uses validateDataset for readable problems). */
export const parseDataset = (input: unknown): Dataset => v.parse(datasetSchema, input);
