import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteStaticCopy } from 'vite-plugin-static-copy';

// data/ is the reviewed source of truth; the app fetches it as-is from /data/*.json.
export default defineConfig({
  plugins: [react(), viteStaticCopy({ targets: [{ src: 'data/*.json', dest: 'data' }] })],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022' },
});
