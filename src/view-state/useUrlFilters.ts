// The URL is the single source of view state: read it with parseQuery, write it with serialiseFilters.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Catalogue } from './catalogue.ts';
import type { Filters } from './filters.ts';
import { parseQuery } from './parseQuery.ts';
import { serialiseFilters } from './serialiseFilters.ts';
import { keepDatasetChoice } from '../dataset/datasetChoice.ts';

const URL_CHANGE = 'urlchange';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
};

export const useUrlFilters = (catalogue: Catalogue) => {
  // The build's prerender (and the hydration of its markup) is the page without a query.
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '');
  const parsed = useMemo(() => parseQuery(search, catalogue), [search, catalogue]);

  const update = useCallback(
    (patch: Partial<Filters>) => {
      // Start from the URL as it is now, not from a render's closure, so quick successive changes compose.
      const current = parseQuery(window.location.search, catalogue).filters;
      const query = keepDatasetChoice(serialiseFilters({ ...current, ...patch }, catalogue.defaultMetric), window.location.search);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.pushState(null, '', url);
        window.dispatchEvent(new Event(URL_CHANGE));
      }
    },
    [catalogue],
  );

  return { filters: parsed.filters, notices: parsed.notices, update };
};
