import { useEffect, useLayoutEffect, useState } from 'react';
import { inPrerenderPass } from './prerenderPass.ts';

export type ColorScheme = 'light' | 'dark';
const KEY = 'color-scheme';
/** The scheme the build prerenders the page in; its dark chart is there too, shown by CSS (public/first-paint.js). */
const PRERENDERED: ColorScheme = 'light';

const initial = (): ColorScheme => {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // storage can be disabled; fall back to the system preference
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
};

/** A personal preference, not view state: kept in the browser, not in the shared URL. */
export const useColorScheme = (): [ColorScheme, (s: ColorScheme) => void] => {
  const [scheme, setScheme] = useState<ColorScheme>(() => (inPrerenderPass() ? PRERENDERED : initial()));
  // Hydrating the prerendered page: the visitor's own scheme is applied before the first paint (in a layout effect: a
  // store's server snapshot would be replaced only after a frame had shown the chart in the wrong scheme).
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the second pass of a hydration, once, before paint
  useLayoutEffect(() => setScheme(initial), []);
  useEffect(() => {
    document.documentElement.dataset.scheme = scheme;
    try {
      window.localStorage.setItem(KEY, scheme);
    } catch {
      // not persisted; the choice still applies to this page
    }
  }, [scheme]);
  return [scheme, setScheme];
};
