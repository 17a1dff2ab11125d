import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 600px)';
const subscribe = (onChange: () => void) => {
  const list = window.matchMedia?.(QUERY);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
};

/** True on phone-width screens (false in the build's prerender, drawn for a wide screen), where charts use narrower labels and wrap their subtitles. */
export const useCompact = (): boolean => useSyncExternalStore(subscribe, () => window.matchMedia?.(QUERY).matches ?? false, () => false);
