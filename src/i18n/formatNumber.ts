// Locale-aware numbers: 万 and 亿 in zh where no digit is lost, thousands separators in en.
import { format } from 'echarts/core';
import type { Qualifier, Unit } from '../dataset/schema.ts';
import type { Lang } from './lang.ts';

/**
 * Rounded to at most `decimals` places (exactly, with `keepZeros`) and grouped by three with ',' — what both zh-CN and
 * en-US write, and what ECharts' own axis labels show. Not Intl.NumberFormat: its first use loads ICU locale data
 * (15–30 ms here), which the first chart would wait for.
 */
const grouped = (value: number, decimals: number, keepZeros = false): string => {
  const fixed = value.toFixed(decimals);
  return format.addCommas(keepZeros ? fixed : String(Number(fixed)));
};

const decimalsUpTo = (n: number) => (Number.isInteger(n) ? 0 : Math.min(2, (String(n).split('.')[1] ?? '').length));

/** A Chinese large-unit form only when it keeps every digit, e.g. 43200 → 4.32万 but 45060 stays 45,060. */
const zhLargeUnit = (value: number): string | null => {
  for (const [size, sign] of [[1e8, '亿'], [1e4, '万']] as const) {
    const scaled = value / size;
    if (Math.abs(value) >= size && Math.abs(Math.round(scaled * 100) - scaled * 100) < 1e-6)
      return `${grouped(scaled, 2)}${sign}`;
  }
  return null;
};

/** The number alone, as precise as stored (per-capita values get one decimal). */
export const formatNumber = (value: number, lang: Lang, opts: { perCapita?: boolean } = {}): string => {
  if (opts.perCapita) return grouped(value, 1, true);
  return (lang === 'zh' && zhLargeUnit(value)) || grouped(value, decimalsUpTo(value));
};

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
const compactFormatters = new Map<Lang, Intl.NumberFormat>();

/** Short axis labels: 4.5万 / 45K (trend charts; Intl's compact notation knows each language's units). */
export const formatCompact = (value: number, lang: Lang): string => {
  let f = compactFormatters.get(lang);
  if (!f) compactFormatters.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 1 })));
  return f.format(value);
};

export const formatValue = (value: number, unit: Unit, lang: Lang, opts: { perCapita?: boolean } = {}): string => {
  const n = formatNumber(value, lang, opts);
  if (unit === 'percent') return `${n}%`;
  if (unit === 'yuan') return lang === 'zh' ? `${n}元` : `¥${n}`;
  return n;
};

/** Marks that travel with a value everywhere it is printed, so an estimate never passes for an exact figure. */
export const QUALIFIER_MARK: Record<Qualifier, string> = { exact: '', approx: '≈', lower_bound: '≥', derived: '†' };

export const markValue = (text: string, qualifier: Qualifier): string =>
  qualifier === 'derived' ? `${text}†` : `${QUALIFIER_MARK[qualifier]}${text}`;
