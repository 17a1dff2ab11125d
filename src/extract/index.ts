export { extractFigures, MAX_FIGURES } from './extractFigures.ts';
export { inferReportYear } from './reportYear.ts';
export { parseArabicNumber, parseChineseNumber } from './parseChineseNumber.ts';
export { METRIC_RULES, type MetricRule } from './metricRules.ts';
export type {
  Basis,
  Candidate,
  ExtractOptions,
  Period,
  PeriodKind,
  Qualifier,
  RegionNames,
  Scope,
  Unit,
} from './types.ts';
