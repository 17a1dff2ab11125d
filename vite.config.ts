import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { VitePWA } from 'vite-plugin-pwa';
import { DATASET_FILES, fileName } from './src/dataset/files.ts';

// Strict CSP for the built page: no inline scripts, no eval, nothing from other origins. Inline *styles* stay
// allowed because ECharts writes its tooltips as HTML with style attributes. Dev mode is left alone (HMR needs eval).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
});

// The page fetches data/ as soon as the HTML arrives, while its scripts load, instead of after React first renders.
// (The synthetic dataset, ?dataset=synthetic, fetches its own files; these few kilobytes then go unused.)
const preloadData = (): Plugin => {
  let base = '/';
  return {
    name: 'preload-data',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: () =>
      DATASET_FILES.map((table) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${fileName(table)}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
  };
};

// Rolldown splits the modules the page loads at once into many small chunks, one per set of lazy chunks that also
// use them (rolldown/rolldown#10731); every one is a request before the first chart. This keeps everything the entry
// imports statically in one chunk; what only lazy chunks use stays in theirs.
const firstLoad = new Set<string>();
const collectFirstLoad = (): Plugin => ({
  name: 'collect-first-load',
  apply: 'build',
  buildEnd() {
    firstLoad.clear();
    const visit = (id: string) => {
      if (firstLoad.has(id)) return;
      firstLoad.add(id);
      for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
    };
    for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
  },
});

// data/ is the reviewed source of truth; the app fetches it as-is from /data/*.json.
export default defineConfig({
  plugins: [
    react(),
    viteStaticCopy({ targets: [{ src: 'data/*.json', dest: 'data' }] }),
    contentSecurityPolicy(),
    preloadData(),
    collectFirstLoad(),
    // After the first visit the dashboard works offline: the shell is precached, the data cached as it is fetched.
    VitePWA({
      injectRegister: 'script-defer',
      registerType: 'autoUpdate',
      manifest: {
        name: '法治政府年报对比看板 · Rule-of-Law Report Dashboard',
        short_name: '法治年报看板',
        lang: 'zh-CN',
        theme_color: '#0072B2',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: 'index.html',
        runtimeCaching: [{ urlPattern: /\/data\/.*\.json$/, handler: 'StaleWhileRevalidate', options: { cacheName: 'dataset' } }],
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // The first load is one chunk on purpose (see collectFirstLoad); `npm run bench` weighs it against the floor.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstLoad.has(id) }] } } },
  },
});
