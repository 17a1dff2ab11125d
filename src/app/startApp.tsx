// The app proper, imported by main.tsx once its own work is under way: translations, then the first render.
import { lazy, StrictMode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setupI18n.ts';
import { App } from './App.tsx';
import { isSynthetic } from '../dataset/datasetChoice.ts';
import { preloadDataset } from '../dataset/loadDataset.ts';
import { registerOfflineAfterFirstChart } from './registerOffline.ts';

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
const synthetic = isSynthetic(window.location.search);
// data/ has been loading (and is validated) since main.tsx ran; the first render waits for it and the translations.
await Promise.all([setupI18n(lang), synthetic ? null : preloadDataset()]);

// The synthetic national dataset (performance work) is its own chunk: the published data never loads it.
const SyntheticApp = lazy(() => import('./SyntheticApp.tsx'));
const app = synthetic ? <Suspense fallback={null}><SyntheticApp /></Suspense> : <App />;

const root = document.getElementById('root');
// Rendered at once rather than in a scheduler task: nothing else is on screen to keep responsive yet.
if (root) {
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(<StrictMode>{app}</StrictMode>));
}
registerOfflineAfterFirstChart();
