import { lazy, StrictMode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/setupI18n.ts';
import { App } from './App.tsx';
import { isSynthetic } from '../dataset/datasetChoice.ts';
import { preloadDataset } from '../dataset/loadDataset.ts';
import './styles.css';

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
const synthetic = isSynthetic(window.location.search);
// data/ loads (and is validated) while the translations are set up, so the first render has both.
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
