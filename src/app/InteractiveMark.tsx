// Rendered last in the root: once its layout effect runs, the page's first commit (a render or the hydration of the
// prerendered markup) is done and its controls answer. Marks that moment for `npm run bench`, and ends the prerender pass.
import { useLayoutEffect } from 'react';
import { setPrerenderPass } from './prerenderPass.ts';

export const INTERACTIVE_MARK = 'first-interactive';

export function InteractiveMark() {
  useLayoutEffect(() => {
    setPrerenderPass(false);
    if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
  }, []);
  return null;
}
