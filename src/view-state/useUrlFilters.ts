// The URL is the single source of view state: read it with parseQuery, write it with serialiseFilters.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Catalogue } from '../dataset/catalogue.ts';
import type { Filters } from './filters.ts';
import { parseQuery, type Notice } from './parseQuery.ts';
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

type Parsed = { filters: Filters; notices: Notice[] };
// The notices of a link stay on screen after its address is made canonical, until the person changes the view.
let shownNotices: Notice[] = [];
// One parse per distinct query and catalogue: the render and the next update share it.
let last: { search: string; catalogue: Catalogue; parsed: Parsed } | null = null;
const parseOnce = (search: string, catalogue: Catalogue): Parsed => {
  if (last?.search !== search || last.catalogue !== catalogue) {
    last = { search, catalogue, parsed: parseQuery(search, catalogue) };
    if (last.parsed.notices.length > 0) shownNotices = last.parsed.notices;
  }
  return last.parsed;
};

const clearNotices = () => {
  shownNotices = [];
};

const canonicalUrl = (filters: Filters, catalogue: Catalogue): string => {
  const query = keepDatasetChoice(serialiseFilters(filters, catalogue.defaultMetric), window.location.search);
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
};
const currentUrl = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

export const useUrlFilters = (catalogue: Catalogue) => {
  // The build's prerender (and the hydration of its markup) is the page without a query.
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '');
  const parsed = parseOnce(search, catalogue);

  // A link with values that were ignored opens with its notice, and the address bar shows what is really shown.
  useEffect(() => {
    if (parsed.notices.length === 0) return;
    const url = canonicalUrl(parsed.filters, catalogue);
    if (url !== currentUrl()) window.history.replaceState(window.history.state, '', url);
  }, [parsed, catalogue]);

  const update = useCallback(
    (patch: Partial<Filters>) => {
      // Start from the URL as it is now, not from a render's closure, so quick successive changes compose.
      const current = parseOnce(window.location.search, catalogue).filters;
      clearNotices();
      const url = canonicalUrl({ ...current, ...patch }, catalogue);
      if (url !== currentUrl()) {
        window.history.pushState(null, '', url);
        window.dispatchEvent(new Event(URL_CHANGE));
      }
    },
    [catalogue],
  );

  return { filters: parsed.filters, notices: shownNotices, update };
};
