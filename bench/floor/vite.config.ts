// The floor: the least a page can do to draw the dashboard's first chart. Built by `npm run bench`, never committed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  // Served under /floor/ by the bench server, next to the dashboard, so both fetch the same /data and /synthetic files.
  base: '/floor/',
  publicDir: false,
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    outDir: fileURLToPath(new URL('../../bench-results/floor-dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
