// Screenshots of the running dashboard at desktop and phone sizes: `node scripts/screenshot.mjs URL OUTDIR [query...]`.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const [base = 'http://localhost:4173/', out = '/tmp/shots', ...queries] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const sizes = [['desktop', 1366, 768], ['phone', 390, 844]];
for (const query of queries.length ? queries : ['']) {
  for (const [name, width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: process.env.DARK ? 'dark' : 'light' });
    page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
    page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
    await page.goto(`${base}?${query}`);
    await page.waitForTimeout(1500);
    const slug = query.replace(/[^a-z0-9]+/gi, '_').slice(0, 60) || 'default';
    await page.screenshot({ path: `${out}/${slug}-${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(`${slug}-${name}.png${overflow > 0 ? ` OVERFLOWS by ${overflow}px` : ''}`);
    await page.close();
  }
}
await browser.close();
