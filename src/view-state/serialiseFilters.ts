// Filters → URL query, writing only what differs from the defaults. The theme is never written: the metric names it.
import { DEFAULT_FILTERS, type Filters } from './filters.ts';

export const serialiseFilters = (f: Filters, defaultMetric: string): string => {
  const params = new URLSearchParams();
  const d = DEFAULT_FILTERS;
  if (f.lang !== d.lang) params.set('lang', f.lang);
  if (f.view !== d.view) params.set('view', f.view);
  if (f.metric !== defaultMetric) params.set('metric', f.metric);
  if (f.year !== d.year) params.set('year', String(f.year));
  if (f.from !== null) params.set('from', String(f.from));
  if (f.to !== null) params.set('to', String(f.to));
  if (f.regions.length > 0) params.set('regions', f.regions.join('~'));
  if (f.level !== null) params.set('level', f.level);
  if (f.province !== null) params.set('province', f.province);
  if (f.sourceKind !== null) params.set('source', f.sourceKind);
  if (f.perCapita) params.set('per', '100k');
  if (f.sort !== null) params.set('sort', `${f.sort.desc ? '-' : ''}${f.sort.column}`);
  if (f.hidden.length > 0) params.set('hide', f.hidden.join('~'));
  if (f.others) params.set('others', 'show');
  if (f.focus !== null) params.set('focus', f.focus);
  // `~` is safe in a query; keep links readable.
  return params.toString().replaceAll('%7E', '~');
};
