/**
 * A failed disk call reaches the reporter in their language: main turns the
 * errno code of a real failure into a message of the catalogue, and the store
 * sends it with the failure.
 */
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { fileSystemDetail } from '../../../electron/services/file-system-detail';
import { formatMessage } from '../../../shared/i18n/messages';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('fileSystemDetail', () => {
  it('names a missing file, with its path and code', async () => {
    const missing = join(await tempDir(), 'gone.json');
    const detail = fileSystemDetail(await failureOf(() => readFile(missing)));
    expect(detail).toEqual({ key: 'errors.fs.missing', params: { path: missing, code: 'ENOENT' } });
    expect(formatMessage('vi', detail!.key, detail!.params)).toBe(
      `${missing} không còn ở đó; có thể đã bị chuyển đi hoặc xoá (ENOENT).`,
    );
  });

  it('names a path too long for the disk', async () => {
    const long = join(await tempDir(), 'ả'.repeat(200));
    const detail = fileSystemDetail(await failureOf(() => open(long, 'w')));
    expect(detail?.key).toBe('errors.fs.nameTooLong');
  });

  it('gives no detail for failures a reporter cannot act on', async () => {
    const folder = await tempDir();
    expect(fileSystemDetail(await failureOf(() => readFile(folder)))).toBeUndefined(); // EISDIR
    expect(fileSystemDetail(new Error('no code'))).toBeUndefined();
    expect(fileSystemDetail(undefined)).toBeUndefined();
  });
});

describe('the store sends the detail with its failure', () => {
  it('when the library folder cannot be made', async () => {
    const libraryPath = join(await tempDir(), 'thư-viện-'.repeat(30));
    const store = new ArticleStore({ libraryPath });
    const created = await store.create();
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.error.code).toBe('io');
    const { key, params } = created.error.detail!;
    expect(key).toBe('errors.fs.nameTooLong');
    expect(formatMessage('vi', key, params)).toBe(
      `đường dẫn ${libraryPath} quá dài với ổ đĩa này (ENAMETOOLONG).`,
    );
  });

  it('when the library is a file, not a folder', async () => {
    const libraryPath = join(await tempDir(), 'Tin bài');
    await writeFile(libraryPath, 'not a library');
    const listed = await new ArticleStore({ libraryPath }).list();
    expect(listed.ok).toBe(false);
    if (listed.ok) return;
    const { key, params } = listed.error.detail!;
    expect(key).toBe('errors.fs.notAFolder');
    expect(formatMessage('vi', key, params)).toBe(
      `một phần của đường dẫn ${libraryPath} là tệp, không phải thư mục (ENOTDIR).`,
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'when the article folder may not be written (not as root: root may write anywhere)',
    async () => {
      const { chmod } = await import('node:fs/promises');
      const libraryPath = await tempDir();
      const store = new ArticleStore({ libraryPath });
      const created = await store.create();
      if (!created.ok) throw new Error(created.error.message);
      const { article, revision } = created.value;
      await chmod(join(libraryPath, article.id), 0o500);
      try {
        const saved = await store.save({ ...article, headline: 'Mưa lớn' }, revision);
        expect(saved.ok).toBe(false);
        if (saved.ok) return;
        expect(saved.error.detail?.key).toBe('errors.fs.denied');
      } finally {
        await chmod(join(libraryPath, article.id), 0o700);
      }
    },
  );
});
