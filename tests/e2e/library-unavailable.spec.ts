/**
 * The library on a drive that is not plugged in when Newsdesk starts: the
 * banner says to reconnect the drive, and once it is back, coming back to the
 * window lists the library (before, the list stayed empty until a restart,
 * and even an article made then was not listed) and takes the banner down.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

test('a library whose drive comes back is listed when the window is back in front', async ({
  page,
  app,
}) => {
  const drive = path.join(app.dirs.library, 'usb');
  const library = path.join(drive, 'Newsdesk');
  await app.start({ NEWSDESK_LIBRARY: library });
  await expect(page.getByRole('alert')).toContainText('Reconnect its drive');
  // The reporter had reached the banner's button before going to plug the drive in.
  await page.getByRole('button', { name: 'Dismiss' }).focus();

  // The drive is plugged in, holding the library.
  await mkdir(drive, { recursive: true });
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000000c1', 'Bão số 3 đổ bộ', 1);
  await writeArticle(library, article);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(app.libraryEntry(article.headline)).toBeVisible();
  // What the banner said is no longer true; the focus goes on past it, not to the page's start.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New article' })).toBeFocused();
});
