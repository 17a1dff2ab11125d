// axe-core over every view, in both languages and both colour schemes: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './guardedPage.ts';

const VIEWS = ['rank', 'trend', 'profile', 'table', 'coverage'] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['zh', 'en'] as const) {
    for (const view of VIEWS) {
      test(`${view} passes axe in ${lang}, ${scheme}`, async ({ page, problems }) => {
        void problems;
        // axe walks the whole page; on a loaded 2-core machine that alone can take several seconds.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: scheme });
        {
          await page.goto(`/?lang=${lang}&view=${view}`);
          await expect(page.locator('main')).toBeVisible();
          await expect(page.getByRole('status').filter({ hasText: /正在加载|Loading/ })).toHaveCount(0);
          // The data table under a chart is part of the page: open it so its cells are checked too.
          const disclosure = page.locator('.chart-data > summary');
          if (await disclosure.count()) await disclosure.first().click();
          const { violations } = await new AxeBuilder({ page }).analyze();
          const bad = violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${view}: ${v.id} (${v.impact}) ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(' | ')}`,
            );
          expect(bad, `axe on ${view}`).toEqual([]);
        }
      });
    }
  }
}
