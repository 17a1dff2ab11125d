import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { VitePWA } from 'vite-plugin-pwa';

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

// data/ is the reviewed source of truth; the app fetches it as-is from /data/*.json.
export default defineConfig({
  plugins: [
    react(),
    viteStaticCopy({ targets: [{ src: 'data/*.json', dest: 'data' }] }),
    contentSecurityPolicy(),
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
  build: { target: 'es2022' },
});
