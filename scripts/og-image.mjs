// The link-preview image (public/og-chart.png): the default page's first chart, 1200×630, from a running build.
// `npm run build && npm run preview`, then `node scripts/og-image.mjs [URL]`; commit the PNG when the data change.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4173/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1720, height: 900 }, deviceScaleFactor: 1 });
await page.goto(url);
const chart = page.getByTestId('rank-chart');
await chart.and(page.locator('[data-ready="true"]')).waitFor();
const box = await page.locator('section.card').first().boundingBox();
await page.screenshot({ path: 'public/og-chart.png', clip: { x: box.x, y: box.y, width: Math.min(box.width, 1200), height: 630 } });
await browser.close();
console.log('public/og-chart.png');
