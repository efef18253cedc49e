/**
 * The Playwright fixture the e2e specs share: every test gets its own library and
 * settings folders, a web host started on them when the test asks, and both
 * cleaned up after it (the host stopped, the folders removed).
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  makeHostDirs,
  startWebHostProcess,
  type WebHostDirs,
  type WebHostProcess,
} from './web-host';

/** The open article's fields that tests type into. */
export interface ArticleFields {
  /** The Headline textbox (exact name: each related-news item has a "Related headline"). */
  readonly headline: Locator;
  /** The body editor. */
  readonly body: Locator;
}

export interface NewsdeskApp {
  /** This test's library and settings folders. */
  readonly dirs: WebHostDirs;
  /** The running web host, once `start`, `open` or `restart` has started it. */
  readonly host: WebHostProcess | undefined;
  /** Starts the web host (`env` added to its environment) and loads the app, without waiting. */
  start(env?: Record<string, string>): Promise<void>;
  /** Starts the web host and waits until the app (in English) is ready. */
  open(): Promise<void>;
  /** Stops the web host, starts it again on the same folders and waits until the app is ready. */
  restart(): Promise<void>;
  /** The library entry that opens an article (its accessible name starts with the headline). */
  libraryEntry(headline: string): Locator;
  /**
   * Clicks "New article" and returns the new article's fields once it is open.
   * The app saves the open article and creates the new one before showing it, so
   * the old article stays on screen a moment: this waits until its fields are gone
   * (each opened article gets new ones) and the Headline is there and empty. An
   * empty Headline alone would be seen too soon when the old article was untitled.
   */
  newArticle(): Promise<ArticleFields>;
  /** Every article folder's article.json, in folder order (dot folders such as .trash left out). */
  articleFiles(): Promise<string[]>;
}

function articleFields(page: Page): ArticleFields {
  return {
    headline: page.getByRole('textbox', { name: 'Headline', exact: true }),
    body: page.getByRole('textbox', { name: 'Article body' }),
  };
}

async function expectReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
}

export const test = base.extend<{ app: NewsdeskApp }>({
  app: async ({ page }, use) => {
    const dirs = await makeHostDirs();
    let host: WebHostProcess | undefined;
    const start = async (env: Record<string, string> = {}) => {
      host = await startWebHostProcess(dirs, env);
      await page.goto(host.url);
    };
    await use({
      dirs,
      get host() {
        return host;
      },
      start,
      async open() {
        await start();
        await expectReady(page);
      },
      async restart() {
        await host!.stop();
        await start();
        await expectReady(page);
      },
      libraryEntry: (headline) => page.getByRole('button', { name: new RegExp(`^${headline}`) }),
      async newArticle() {
        const fields = articleFields(page);
        const [previous] = await fields.headline.elementHandles();
        await page.getByRole('button', { name: 'New article' }).click();
        if (previous) {
          // Detached counts as hidden. Saving the previous article comes first: allow for it.
          await previous.waitForElementState('hidden', { timeout: 10_000 });
          await previous.dispose();
        }
        await expect(fields.headline).toHaveValue('');
        return fields;
      },
      async articleFiles() {
        const entries = await readdir(dirs.library, { withFileTypes: true });
        return entries
          .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
          .map((entry) => path.join(dirs.library, entry.name, 'article.json'));
      },
    });
    await host?.stop();
    await dirs.cleanup();
  },
});

export { expect };
