// Public shapes of the extractor. Units and qualifiers mirror the dataset schema (src/dataset/schema.ts).
export type Unit = 'count' | 'people' | 'person_times' | 'percent' | 'yuan' | 'days' | 'hours';
export type Qualifier = 'exact' | 'approx' | 'lower_bound' | 'derived';

/**
 * Whose figure it is, in the words of ../shared/corpus (README): only `region` claims the region's
 * total for the year. `sub_category` is a part (其中…, a kind of dispute, one office), `government_own`
 * a body's own count (市政府作为复议机关, 市法律援助中心), `cumulative` a sum over years (五年来, 2021年以来),
 * `court` the courts' own mediation, `prior_year` an earlier year's figure, `change` a change, not a level.
 */
export type Scope =
  'region' | 'government_own' | 'sub_category' | 'cumulative' | 'court' | 'prior_year' | 'change';

export type PeriodKind = 'full_year' | 'partial_year' | 'multi_year' | 'unknown';

/** The period the text states for a figure; `phrase` is its words verbatim (normalized): 今年以来, 1-11月, 五年来. */
export interface Period {
  kind: PeriodKind;
  months?: [number, number];
  from?: number;
  to?: number;
  phrase: string;
}

/** What a count counts, when the clause says: 新收/收到 received, 受理 accepted, 办理 handled, 审结/办结 concluded, 调解和解 mediated. */
export type Basis = 'received' | 'accepted' | 'handled' | 'concluded' | 'mediated';

export interface Candidate {
  /** Catalogue id (data/metrics.json), or null when the figure's meaning is not recognised. */
  metric: string | null;
  /** In base units: 4.32万件 → 43200, 1.1亿元 → 110000000, 98.2% → 98.2. */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Verbatim from the input, at most 60 UTF-16 code units, containing the figure. */
  evidence: string;
  /** UTF-16 offset of the evidence start in the ORIGINAL text: text.slice(offset, offset + evidence.length) === evidence. */
  offset: number;
  /** The figure's year: the report's, or the earlier year a comparison or derived value is for. Absent only when unknown. */
  year?: number;
  scope: Scope;
  /** Only when the text states a period for the figure. */
  period?: Period;
  /** Only for counts whose clause names a counting basis. */
  basis?: Basis;
}

/**
 * The names of the page's region and of the divisions below it (GB/T 2260), so that a figure about a lower one
 * (英德市 on 清远's page) is read as a part. Built from the division lists outside src/extract (src/ingest/regionNames.ts).
 */
export interface RegionNames {
  /** The region's own names: 清远市, 清远. */
  own: readonly string[];
  /** Its lower divisions, each with its short form where that is unambiguous: 英德市/英德, 连南瑶族自治县/连南. */
  lower: ReadonlyArray<{ name: string; short?: string }>;
  /** The divisions it lies in, with and without the level word: 广东省, 广东 on 清远's page. */
  higher?: readonly string[];
  /**
   * Every other division's full name (吴江区, 休宁县, 浙江省 on 嘉善县's page), none of the names above: a figure one of them
   * counts is that region's, not this one's.
   */
  others?: readonly string[];
}

export interface ExtractOptions {
  /** GB/T 2260 code: its level tells a county's own government (the region's review body) from a city's. */
  region?: string;
  /** Names of the region and its lower divisions; without them only lower names of a usual shape are seen. */
  names?: RegionNames;
  /** Report year; inferred from the title when absent. */
  year?: number;
}
