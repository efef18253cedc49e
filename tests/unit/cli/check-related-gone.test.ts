/**
 * `newsdesk check <library>` names a related item linking an article no longer
 * in the library (it publishes without its link), as the Checks panel does.
 * Given one article folder, the library is not known and the link not checked.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { runCli } from '../../../electron/cli/run-cli';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

async function run(args: string[]) {
  const out: string[] = [];
  const code = await runCli([...args, '--lang', 'en'], {
    stdout: (line) => out.push(line),
    stderr: () => undefined,
  });
  return { code, stdout: out.join('\n') };
}

it('flags a related item whose article was trashed, when checking the library', async () => {
  const libraryPath = path.join(await tempDir(), 'library');
  const store = new ArticleStore({ libraryPath });
  const linked = await store.create();
  const linking = await store.create();
  if (!linked.ok || !linking.ok) throw new Error('create failed');
  const item = (key: string, articleId: string) => ({
    key,
    headline: 'Giá lúa tăng mạnh',
    summary: 'Thương lái thu mua.',
    link: { kind: 'article', articleId },
  });
  const article = {
    ...linking.value.article,
    headline: 'Tin nông nghiệp',
    sapo: 'Tổng hợp.',
    byline: 'Trần Bình',
    body: {
      root: {
        ...linking.value.article.body.root,
        children: [
          {
            type: 'related-news',
            version: 1,
            heading: 'Tin liên quan',
            items: [
              item('k1', linked.value.article.id),
              item('k2', 'c0ffee00-0000-4000-8000-00000000dead'),
            ],
          },
        ],
      },
    },
  } as typeof linking.value.article;
  const saved = await store.save(article, linking.value.revision);
  if (!saved.ok) throw new Error(saved.error.message);

  const checked = await run(['check', libraryPath]);
  expect(checked.stdout).toMatch(
    /warning\s+body\/link \[0\]: Item 2 in the “Tin liên quan” box links an article no longer in the library/,
  );
  expect(checked.stdout).not.toContain('Item 1 in the “Tin liên quan” box links');

  const alone = await run(['check', path.join(libraryPath, article.id)]);
  expect(alone.stdout).not.toContain('no longer in the library');
});
