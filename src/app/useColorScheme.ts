import { useEffect, useState } from 'react';

export type ColorScheme = 'light' | 'dark';
const KEY = 'color-scheme';

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
  const [scheme, setScheme] = useState<ColorScheme>(initial);
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
