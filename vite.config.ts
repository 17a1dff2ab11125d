import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderDefaultPage } from './scripts/prerender/prerenderPlugin.ts';

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

// The first load is `boot` (main.tsx and what it imports: it starts the data work) and `app` (startApp.tsx and what it
// imports, less boot; cut in parts, see APP_PARTS). Without these groups rolldown splits the modules into many small chunks, one per
// set of lazy chunks that also use them (rolldown/rolldown#10731), each a request before the first chart. What only
// lazy chunks use stays in theirs.
const APP_ENTRY = '/src/app/startApp.tsx';
const firstLoad = { boot: new Set<string>(), app: new Set<string>() };
const collectFirstLoad = (): Plugin => ({
  name: 'collect-first-load',
  apply: 'build',
  buildEnd() {
    const visit = (id: string, into: Set<string>) => {
      if (firstLoad.boot.has(id) || into.has(id)) return;
      into.add(id);
      for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next, into);
    };
    firstLoad.boot.clear();
    firstLoad.app.clear();
    const ids = [...this.getModuleIds()];
    for (const id of ids) if (this.getModuleInfo(id)?.isEntry) visit(id, firstLoad.boot);
    const appEntry = ids.find((id) => id.endsWith(APP_ENTRY));
    if (appEntry) visit(appEntry, firstLoad.app);
  },
});

// The app's first-load code comes in three chunks, cut by package, so the browser parses them on background threads
// side by side: one 900 KB chunk kept one thread parsing for ~90 ms while the main thread, done with main.tsx, waited.
// Measured with `npm run bench`: the app starts ~50 ms sooner. More parts gained nothing on two cores.
const APP_PARTS = [
  { name: 'app-echarts', test: /\/node_modules\/(echarts|zrender|tslib)\// },
  { name: 'app-react', test: /\/node_modules\/(react|react-dom|scheduler)\// },
];

// main.tsx imports the app chunk dynamically, after it has started the data work; the HTML fetches that chunk (and
// any styles of its own) from the start, so it downloads while main.tsx runs.
const preloadAppChunk = (): Plugin => {
  let base = '/';
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.name === 'app');
        if (!app) return [];
        // The app chunk and what it imports (its parts, the runtime), less what the page's own script already loads;
        // largest first, as it takes longest to parse.
        const entry = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
        const size = (file: string) => chunks.find((c) => c.fileName === file)?.code.length ?? 0;
        // main.tsx imports startApp.tsx through a small chunk of its own: fetched with the rest, not after them.
        const door = chunks.find((c) => c.facadeModuleId?.endsWith(APP_ENTRY) && c !== app);
        const files = [app.fileName, ...app.imports, ...(door ? [door.fileName] : [])]
          .filter((file) => !entry.has(file))
          .sort((a, b) => size(b) - size(a));
        const css = [...(app.viteMetadata?.importedCss ?? [])].map((file) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: '', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
        const preloads = files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
        return [...preloads, ...css];
      },
    },
  };
};

// data/ is the reviewed source of truth; the app fetches it as-is from /data/*.json.
export default defineConfig({
  plugins: [
    react(),
    viteStaticCopy({
      targets: [
        { src: 'data/*.json', dest: 'data' },
        // pdf.js's character maps, fetched by the file-reading worker for PDFs whose CJK fonts are not embedded.
        { src: 'node_modules/pdfjs-dist/cmaps/*', dest: 'pdfjs/cmaps' },
      ],
    }),
    contentSecurityPolicy(),
    collectFirstLoad(),
    preloadAppChunk(),
    // The default page, its first chart drawn as SVG, is written into index.html from data/ (scripts/prerender/).
    prerenderDefaultPage(),
    // After the first visit the dashboard works offline: the shell and the dataset are precached once the service
    // worker installs (the page's own first fetch of data/ happens before it registers, so a runtime cache would
    // hold nothing until a second visit had finished loading). A new dataset is a new revision, fetched as an update.
    VitePWA({
      // Registered from the app once the first chart has drawn (src/app/registerOffline.ts), not by a script tag.
      injectRegister: null,
      registerType: 'autoUpdate',
      manifest: {
        name: '法治政府年报对比看板 · Rule-of-Law Report Dashboard',
        short_name: '法治年报看板',
        lang: 'zh-CN',
        theme_color: '#0072B2',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}', 'data/*.json'],
        navigateFallback: 'index.html',
      },
    }),
  ],
  // The file-reading worker loads pdf.js, mammoth and the HTML parser on demand, which an IIFE worker cannot.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // The first load is boot plus the app's three chunks on purpose (see collectFirstLoad, APP_PARTS); `npm run bench` weighs it against the floor.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: (id: string) => firstLoad.boot.has(id) },
            ...APP_PARTS.map(({ name, test }) => ({ name, test: (id: string) => firstLoad.app.has(id) && test.test(id) })),
            { name: 'app', test: (id: string) => firstLoad.app.has(id) },
          ],
        },
      },
    },
  },
});
