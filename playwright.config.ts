import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain .mjs helper shared with the Node scripts
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// The browser tests always test the build they just made: a server of their own on a port of their own, never one
// that happened to be running (another checkout's preview on 4173 once passed these tests with escaping removed).
// The port is chosen once in the main process; workers inherit it through the environment.
process.env.E2E_PORT ??= String(20000 + (process.pid % 20000));
const PORT = Number(process.env.E2E_PORT);
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    acceptDownloads: true,
    // page.route cannot see a service worker's fetches; only the offline test lets the worker run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
