/**
 * Typing in the body must not make React commit. Before every commit React 19
 * records the selection of the focused element, and when that is the article
 * body it walks the body's whole DOM (react#9992; ≈ 3 ms per commit at 10,000
 * words: renderer/src/app/useLiveText.ts). So the save status and the counts,
 * which change while the reporter types, write the DOM themselves.
 *
 * Commits are counted through the DevTools hook, which React calls on every
 * commit in production builds too. The library's clock re-renders once a
 * minute from the app's start; this test ends well within its first minute.
 */
import { expect, test } from './support/app-fixture';

declare global {
  interface Window {
    __reactCommits: number;
  }
}

test('typing in the body, its counts and its autosave cause no React commit', async ({
  page,
  app,
}) => {
  await page.addInitScript(() => {
    window.__reactCommits = 0;
    Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
      value: {
        supportsFiber: true,
        isDisabled: false,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => undefined,
        onCommitFiberRoot: () => {
          window.__reactCommits += 1;
        },
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        onScheduleFiberRoot: () => undefined,
      },
    });
  });
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  await page.keyboard.type('Hà Nội ');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });
  const counts = page.locator('footer.counts-bar');
  await expect(counts).toContainText('2 words');

  // The hook sees commits: loading the app and opening an article made some.
  expect(await page.evaluate(() => window.__reactCommits)).toBeGreaterThan(0);
  await page.evaluate(() => (window.__reactCommits = 0));

  await page.keyboard.type('đón đợt rét đậm');
  await expect(status).toHaveText('Unsaved changes');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });
  await expect(counts).toContainText('6 words');
  await expect(counts).toContainText('1 min read');
  expect(await page.evaluate(() => window.__reactCommits)).toBe(0);

  // Control: a change of the UI's own state still renders through React.
  await page.getByRole('button', { name: 'Checks' }).click();
  await expect(page.getByRole('region', { name: 'Checks before publication' })).toBeVisible();
  expect(await page.evaluate(() => window.__reactCommits)).toBeGreaterThan(0);
});

test('the status and the counts, written outside React, follow a switch of language', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  await page.keyboard.type('Hà Nội đón rét');
  const status = page.getByRole('status');
  const counts = page.locator('footer.counts-bar');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });
  await expect(counts).toContainText('4 words');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption({ label: 'Tiếng Việt' });
  await expect(status).toHaveText('Đã lưu');
  await expect(counts).toContainText('4 chữ');
});
