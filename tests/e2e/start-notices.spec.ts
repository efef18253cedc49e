/**
 * A notice of the start (the settings file set aside) is said once: a reload
 * of the page does not say it again, as if the settings were damaged anew.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';

test('the notice of a damaged settings file is not said again after a reload', async ({
  page,
  app,
}) => {
  await mkdir(app.dirs.config, { recursive: true });
  await writeFile(path.join(app.dirs.config, 'settings.json'), '{"language": "en",');
  await app.start();
  await expect(page.getByRole('alert')).toContainText('Your settings file could not be read');
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
