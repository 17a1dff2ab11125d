// Regenerates public/screenshot.png for the README: `npm run build && npx vite preview & node scripts/readme-screenshot.mjs`.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(process.argv[2] ?? 'http://localhost:4173/');
await page.locator('[data-ready=true]').first().waitFor();
await page.waitForTimeout(1200);
await page.screenshot({ path: 'public/screenshot.png' });
await browser.close();
