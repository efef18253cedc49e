/**
 * The save status changes with every pause in typing ("Unsaved changes", then
 * "Saved"). The bar it sits in must keep its layout whatever it says: at some
 * window widths the longer text used to push a button onto a second line, and
 * the article under the bar jumped by a line with every save.
 */
import { expect, test } from './support/app-fixture';

declare global {
  interface Window {
    __statusTops: { text: string; top: number }[];
  }
}

test('the article stays put while the status goes from "Saved" to "Unsaved changes" and back', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Thời tiết');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });

  // Where the headline is each time the status text changes.
  await page.evaluate(() => {
    window.__statusTops = [];
    const status = document.querySelector('[role="status"]')!;
    const headline = document.querySelector('.input-headline')!;
    new MutationObserver(() =>
      window.__statusTops.push({
        text: status.textContent ?? '',
        top: headline.getBoundingClientRect().top,
      }),
    ).observe(status, { childList: true, characterData: true, subtree: true });
  });

  for (let width = 1200; width <= 1920; width += 40) {
    await page.setViewportSize({ width, height: 900 });
    await body.click();
    await page.keyboard.type('a');
    await expect(status).toHaveText('Saved', { timeout: 10_000 });
    const seen = await page.evaluate(() => window.__statusTops.splice(0));
    expect(seen.map((entry) => entry.text)).toContain('Unsaved changes');
    const tops = new Set(seen.map((entry) => Math.round(entry.top)));
    expect(tops.size, `at ${width} px: ${JSON.stringify(seen)}`).toBe(1);
  }
});
