// The bare floor: React and a bar chart with its rows inline. Built by `npm run bench`, never committed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bareBars } from './bareBars.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  // Served under /bare/ by the bench server, next to the dashboard and today's floor.
  base: '/bare/',
  publicDir: false,
  plugins: [react()],
  define: { __BARE_BARS__: JSON.stringify(bareBars(fileURLToPath(new URL('../../data', import.meta.url)))) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    outDir: fileURLToPath(new URL('../../bench-results/bare-dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
