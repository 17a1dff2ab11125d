// The page's first module, small on purpose: it runs while the app's code (preloaded by index.html) is still
// downloading, starts fetching and checking data/, and then hands over to the app.
import { isSynthetic } from '../dataset/datasetChoice.ts';
import { preloadDataset } from '../dataset/loadDataset.ts';
import './styles.css';
// The export bar's styles come with the page's, in one file: its closed menu holds its place before its code loads.
import '../export/exportBar.css';

if (!isSynthetic(window.location.search)) void preloadDataset();
// Not awaited: the app imports modules of this chunk, which must finish evaluating first.
const startApp = () => void import('./startApp.tsx');
// A page prerendered at build time is painted first: run at once, the app's code could hold that paint back. (A tab
// opened in the background paints nothing and runs no animation frames: there it starts at once.)
if (document.querySelector('#root .chart-prerender') && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(startApp));
else startApp();
