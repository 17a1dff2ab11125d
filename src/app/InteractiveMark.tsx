// Rendered last in the root: once its layout effect runs, the page's first commit (a render or the hydration of the
// prerendered markup) is done and its controls answer. Lifts the prerendered page's inertness, ends the prerender
// pass, and marks that moment for `npm run bench`.
import { useLayoutEffect } from 'react';
import { setPrerenderPass } from './prerenderPass.ts';

export const INTERACTIVE_MARK = 'first-interactive';

export function InteractiveMark() {
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    root?.removeAttribute('inert');
    root?.removeAttribute('aria-disabled');
    setPrerenderPass(false);
    if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
  }, []);
  return null;
}
