/**
 * `newsdesk check` (issue #7) through the CLI dispatcher on a real library on
 * disk: findings per article in English or Vietnamese, exit 1 on errors (or an
 * unreadable article), 0 when only warnings remain.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/schema';
import { ArticleStore } from '../../../electron/services/article-store';
import { runCli } from '../../../electron/cli/run-cli';
import { withParagraphs } from '../../support/article-builders';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

async function addArticle(store: ArticleStore, fields: Partial<Article>, body?: string) {
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  const edited = { ...created.value.article, ...fields };
  const article = body === undefined ? edited : withParagraphs(edited, [body]);
  const saved = await store.save(article, created.value.revision);
  if (!saved.ok) throw new Error(saved.error.message);
  return article.id;
}

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.env.NEWSDESK_LANG;
  if (env.NEWSDESK_LANG) process.env.NEWSDESK_LANG = env.NEWSDESK_LANG;
  else delete process.env.NEWSDESK_LANG;
  try {
    const code = await runCli(args, {
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
    });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    if (previous === undefined) delete process.env.NEWSDESK_LANG;
    else process.env.NEWSDESK_LANG = previous;
  }
}

async function library() {
  const libraryPath = path.join(await tempDir(), 'library');
  await mkdir(libraryPath, { recursive: true });
  const store = new ArticleStore({ libraryPath });
  const clean = await addArticle(
    store,
    {
      headline: 'Hà Nội đón đợt rét đậm nhất',
      sapo: 'Nhiệt độ xuống dưới 10 độ C.',
      byline: 'Nguyễn Thị Hương',
    },
    'Người dân co ro trong giá rét.',
  );
  const warned = await addArticle(
    store,
    { headline: 'Thuỷ điện xả lũ', sapo: 'Hạ du sơ tán.', byline: 'Trần Bình' },
    'Nước  dâng cao.',
  );
  const broken = await addArticle(store, { headline: '', sapo: 'Chưa có tiêu đề.', byline: '' });
  return { libraryPath, clean, warned, broken };
}

describe('newsdesk check', () => {
  it('prints the findings of every article of a library and exits 1 when one has an error', async () => {
    const { libraryPath, clean, warned, broken } = await library();
    const result = await run(['check', libraryPath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${clean} “Hà Nội đón đợt rét đậm nhất”: 0 errors, 0 warnings`);
    expect(result.stdout).toContain(`${warned} “Thuỷ điện xả lũ”: 0 errors, 2 warnings`);
    expect(result.stdout).toMatch(
      /warning\s+headline: “Thuỷ” does not follow the house tone-mark style; write “Thủy”\./,
    );
    expect(result.stdout).toMatch(/warning\s+body \[0\]: 2 spaces in a row\./);
    expect(result.stdout).toContain(`${broken}: 2 errors, 0 warnings`);
    expect(result.stdout).toMatch(/error\s+headline: The headline is missing\./);
    expect(result.stderr).toContain('Checked 3 articles; 1 without findings.');
  });

  it('exits 0 for an article with warnings only, and follows the house-style options', async () => {
    const { libraryPath, warned } = await library();
    const folder = path.join(libraryPath, warned);
    expect((await run(['check', folder])).code).toBe(0);
    const newStyle = await run(['check', folder, '--tone-style', 'new']);
    expect(newStyle.code).toBe(0);
    expect(newStyle.stdout).toContain('0 errors, 1 warning');
    expect(newStyle.stdout).not.toContain('tone-mark');
  });

  it('quotes the text around each finding, as the Checks panel does', async () => {
    const { libraryPath, warned } = await library();
    const result = await run(['check', path.join(libraryPath, warned)]);
    // "body [0]" alone does not say where in the paragraph the two spaces are.
    expect(result.stdout).toMatch(/warning\s+body \[0\]: 2 spaces in a row\. “Nước {2}dâng cao\.”/);
    // A finding about a missing field has no text to quote.
    const broken = await run(['check', libraryPath]);
    expect(broken.stdout).toMatch(/error\s+headline: The headline is missing\.$/m);
  });

  it('speaks Vietnamese with NEWSDESK_LANG=vi or --lang vi', async () => {
    const { libraryPath, broken } = await library();
    const folder = path.join(libraryPath, broken);
    const vi = await run(['check', folder], { NEWSDESK_LANG: 'vi' });
    expect(vi.stdout).toContain('Bài chưa có tiêu đề.');
    // The lines around the messages too, not English ones with Vietnamese inside.
    expect(vi.stdout).toContain(`${broken}: 2 lỗi, 0 cảnh báo`);
    expect(vi.stdout).toMatch(/^ {2}lỗi\s+headline: Bài chưa có tiêu đề\./m);
    expect(vi.stdout).not.toMatch(/error|warning/);
    expect(vi.stderr).toBe('Đã kiểm tra 1 bài; 0 bài không có vấn đề nào.');
    expect((await run(['check', folder, '--lang', 'vi'])).stdout).toContain(
      'Bài chưa có tên tác giả.',
    );
  });

  it('reports an unreadable article as a failure and keeps checking the others', async () => {
    const { libraryPath } = await library();
    const corrupt = path.join(libraryPath, '2024-01-01-zzzzzz');
    await mkdir(corrupt);
    await writeFile(path.join(corrupt, 'article.json'), '{ not json');
    const result = await run(['check', libraryPath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2024-01-01-zzzzzz: cannot be read: /);
    expect(result.stderr).toContain('Checked 3 articles');
  });

  it('refuses bad arguments with the usage and exit code 2', async () => {
    const { libraryPath } = await library();
    expect((await run(['check'])).code).toBe(2);
    const bad = await run(['check', libraryPath, '--tone-style', 'mixed']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: newsdesk check');
    expect((await run(['check', path.join(libraryPath, 'missing')])).code).toBe(2);
  });
});
