// The app proper, imported by main.tsx once its own work is under way: translations, then the first render.
import { lazy, StrictMode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setupI18n.ts';
import { App } from './App.tsx';
import { isSynthetic } from '../dataset/datasetChoice.ts';
import { preloadDataset, preloadedDataset } from '../dataset/loadDataset.ts';
import { registerOfflineAfterFirstChart } from './registerOffline.ts';
import { PrerenderedChart } from '../charts/PrerenderedChart.ts';
import { setPrerenderPass } from './prerenderPass.ts';
import { InteractiveMark } from './InteractiveMark.tsx';
import { onHydrationError } from './onHydrationError.ts';

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
const synthetic = isSynthetic(window.location.search);
// data/ has been loading (and is validated) since main.tsx ran; the first render waits for it and the translations.
await Promise.all([setupI18n(lang), synthetic ? null : preloadDataset()]);

// The synthetic national dataset (performance work) is its own chunk: the published data never loads it.
const SyntheticApp = lazy(() => import('./SyntheticApp.tsx'));
const app = synthetic ? <Suspense fallback={null}><SyntheticApp /></Suspense> : <App />;

const root = document.getElementById('root');
// The build prerendered the default page into index.html (scripts/prerender/); public/first-paint.js marked it stale
// when this visit asks for something else. A fitting page is hydrated; any other is replaced.
// Data that did not load shows an error panel, not the page as built.
const prerendered = root?.querySelector('.chart-prerender');
const fits = !document.documentElement.classList.contains('prerender-stale') && !synthetic && preloadedDataset()?.ok === true;
if (root && prerendered && fits) {
  const markup = prerendered.innerHTML;
  // Until the hydration commits (InteractiveMark ends it), components render what the build rendered.
  setPrerenderPass(true);
  hydrateRoot(
    root,
    <StrictMode>
      <PrerenderedChart.Provider value={() => markup}>{app}</PrerenderedChart.Provider>
      <InteractiveMark />
    </StrictMode>,
    { onRecoverableError: onHydrationError },
  );
} else if (root) {
  const reactRoot = createRoot(root);
  // Rendered at once rather than in a scheduler task: nothing else is on screen to keep responsive yet.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        {app}
        <InteractiveMark />
      </StrictMode>,
    ),
  );
}
registerOfflineAfterFirstChart();
