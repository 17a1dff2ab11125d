import { readFileSync } from 'node:fs';
import { test as plain } from '@playwright/test';
import { test, expect } from './guardedPage.ts';

const table = (name: string) =>
  JSON.parse(readFileSync(`data/${name}.json`, 'utf8')) as Record<string, unknown>[];
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE_EVIDENCE = '</script><script>alert(1)</script>45060';

test.describe('hostile strings in the data', () => {
  test.beforeEach(async ({ page }) => {
    const regions = table('regions').map((r) =>
      r.code === '411500' ? { ...r, name: { zh: HOSTILE_NAME, en: HOSTILE_NAME } } : r,
    );
    const observations = table('observations').map((o) =>
      o.region === '411500' && o.metric === 'mediation.cases' && o.year === 2023
        ? { ...o, evidence: HOSTILE_EVIDENCE }
        : o,
    );
    await page.route('**/data/regions.json', (route) => route.fulfill({ json: regions }));
    await page.route('**/data/observations.json', (route) => route.fulfill({ json: observations }));
    await page.addInitScript(() => {
      const added: string[] = [];
      (window as unknown as { __added: string[] }).__added = added;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element)
              for (const el of [n, ...n.querySelectorAll('img,script,iframe')])
                if (/^(IMG|SCRIPT|IFRAME)$/.test(el.tagName)) added.push(el.outerHTML);
      }).observe(document, { childList: true, subtree: true });
    });
  });

  test('are shown as text in the table, the chart tooltip and the source panel, and run nothing', async ({
    page,
    problems,
  }) => {
    void problems;
    await page.goto('/?view=table&regions=411500');
    await expect(page.locator('.data-table tbody th').first()).toContainText(HOSTILE_NAME);
    await page
      .getByRole('button', { name: /≈?45,060|45,060/ })
      .first()
      .click();
    await expect(page.getByTestId('evidence')).toContainText('</script><script>alert(1)</script>');
    await page.keyboard.press('Escape');

    await page.goto('/?regions=411500');
    await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
    const box = (await page.getByTestId('rank-chart').boundingBox())!;
    // The long name widens the axis labels; wait for the bar to finish growing, then hover its middle.
    await page.waitForTimeout(1200);
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.64);
    await expect(page.getByTestId('rank-chart').getByText(HOSTILE_NAME)).toBeVisible();

    const injected = await page.evaluate(() =>
      (window as unknown as { __added: string[] }).__added.filter((h) => /src="?x|alert/.test(h)),
    );
    expect(injected).toEqual([]);
  });
  test('stay text in the exported SVG and CSV', async ({ page, problems }) => {
    void problems;
    await page.goto('/?regions=411500~440900&metric=mediation.cases&year=2023');
    await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
    const bar = page.getByTestId('export-bar');
    await bar.locator('summary').click();
    const fetch = async (name: RegExp) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        bar.getByRole('button', { name }).click(),
      ]);
      return readFileSync(await file.path(), 'utf8');
    };
    const svg = await fetch(/SVG/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        images: doc.querySelectorAll('img, image, script').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      };
    }, svg);
    expect(parsed).toMatchObject({ error: false, images: 0 });
    expect(parsed.texts).toContain(HOSTILE_NAME);
    const csv = await fetch(/CSV/);
    expect(csv).toContain(HOSTILE_NAME);
  });

  test('in a pasted report are shown as text in the add-report dialog', async ({ page, problems }) => {
    void problems;
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: /Add a report/ }).click();
    const dialog = page.getByTestId('add-report');
    await dialog
      .getByLabel('Report text')
      .fill(`2024年报告\n${HOSTILE_NAME}全市共受理矛盾纠纷3120件${HOSTILE_EVIDENCE}`);
    await dialog.getByRole('button', { name: 'Find figures' }).click();
    await expect(dialog.locator('.report-text')).toContainText(HOSTILE_NAME);
    const injected = await page.evaluate(() =>
      (window as unknown as { __added: string[] }).__added.filter((h) => /src="?x|alert/.test(h)),
    );
    expect(injected).toEqual([]);
  });
});

test.describe('bad data gives a clear error panel', () => {
  const cases: [string, string, (r: { fulfill: (o: object) => Promise<void> }) => Promise<void>, RegExp][] = [
    [
      'malformed JSON',
      'metrics',
      (r) => r.fulfill({ body: '{"not json', contentType: 'application/json' }),
      /data\/metrics\.json 不是有效的 JSON/,
    ],
    [
      'wrong types',
      'observations',
      (r) =>
        r.fulfill({ json: table('observations').map((o, i) => (i === 3 ? { ...o, value: 'many' } : o)) }),
      /data\/observations\.json #3 .*· value: /,
    ],
    [
      'a valid but empty dataset',
      'observations',
      (r) => r.fulfill({ json: [] }),
      /数据集有效，但不包含任何观测值/,
    ],
  ];
  for (const [name, file, respond, message] of cases) {
    test(name, async ({ page, problems }) => {
      void problems;
      await page.route(`**/data/${file}.json`, respond);
      await page.goto('/');
      await expect(page.getByTestId('data-error')).toContainText(message);
      await expect(page.getByRole('button', { name: '重新加载' })).toBeVisible();
    });
  }

  // The browser itself logs a failed fetch as a console error, so this one case uses the plain page.
  plain('a missing file (404)', async ({ page }) => {
    await page.route('**/data/sources.json', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/?lang=en');
    await plain
      .expect(page.getByTestId('data-error'))
      .toContainText('Could not read data/sources.json: HTTP 404');
  });
});

test.describe('the page itself', () => {
  test('runs under a strict Content-Security-Policy with no violations', async ({ page, problems }) => {
    void problems;
    await page.addInitScript(() => {
      const v: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = v;
      document.addEventListener('securitypolicyviolation', (e) =>
        v.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto('/?view=trend&lang=en');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    for (const view of ['Ranking', 'Theme profile', 'Table', 'Coverage'])
      await page.getByRole('button', { name: view }).click();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  test.describe(() => {
    test.use({ serviceWorkers: 'allow' });
    test('works offline after the first load', async ({ page, context, problems }) => {
      void problems;
      await page.goto('/');
      // The first visit only: once the worker is active, going offline straight away must still give the data
      // (fetched by the page before the worker existed), not just the shell.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByTestId('rank-chart')).toHaveAttribute('data-ready', 'true');
      await context.setOffline(false);
    });
  });
});
