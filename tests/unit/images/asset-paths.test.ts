import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetUrl } from '../../../shared/article/asset-url';
import { resolveAssetPath } from '../../../electron/services/asset-paths';
import { useTempDirs } from '../services/temp-dir';
import { ARTICLE_ID, libraryWithArticle } from './fixtures';

const tempDir = useTempDirs();
const HASH = 'ab'.repeat(32);
const ASSET = `${HASH}.png`;

/** A library with one stored asset, a secret next to it, and traps inside it. */
async function setUp() {
  const root = await tempDir();
  const libraryPath = await libraryWithArticle(root);
  const assets = path.join(libraryPath, ARTICLE_ID, 'assets');
  await mkdir(assets);
  await writeFile(path.join(assets, ASSET), 'png bytes');
  await writeFile(path.join(root, 'secret.txt'), 'outside the library');
  await writeFile(path.join(libraryPath, ARTICLE_ID, 'article.json'), '{}');
  return { root, libraryPath, assets };
}

describe('resolveAssetPath', () => {
  it('maps /<articleId>/<assetId> to the real file and its content type', async () => {
    const { libraryPath, assets } = await setUp();
    expect(await resolveAssetPath(libraryPath, `/${ARTICLE_ID}/${ASSET}`)).toEqual({
      filePath: path.join(await realpath(assets), ASSET),
      contentType: 'image/png',
    });
  });

  it.each([
    ['jpg', 'image/jpeg'],
    ['webp', 'image/webp'],
    ['gif', 'image/gif'],
  ])('serves .%s as %s', async (extension, contentType) => {
    const { libraryPath, assets } = await setUp();
    await writeFile(path.join(assets, `${HASH}.${extension}`), 'x');
    expect(
      await resolveAssetPath(libraryPath, `/${ARTICLE_ID}/${HASH}.${extension}`),
    ).toMatchObject({ contentType });
  });

  it('works when the library folder itself is reached through a symlink', async () => {
    const { root, libraryPath } = await setUp();
    const linked = path.join(root, 'linked-library');
    await symlink(libraryPath, linked);
    expect(await resolveAssetPath(linked, `/${ARTICLE_ID}/${ASSET}`)).not.toBeNull();
  });

  it.each([
    ['parent segments', `/${ARTICLE_ID}/../../secret.txt`],
    ['parent segment before the id', `/../${ARTICLE_ID}/${ASSET}`],
    ['article.json next to the assets', `/${ARTICLE_ID}/article.json`],
    ['encoded ../', `/${ARTICLE_ID}/%2e%2e%2f%2e%2e%2fsecret.txt`],
    ['encoded slash inside a segment', `/${ARTICLE_ID}%2f..%2f..%2fsecret.txt/${ASSET}`],
    ['double-encoded ..', `/${ARTICLE_ID}/%252e%252e%252fsecret.txt`],
    ['double-encoded name', `/${ARTICLE_ID}/${HASH}%252epng`],
    ['an absolute path', '/etc/passwd'],
    ['an absolute path as a segment', `/${ARTICLE_ID}//etc/passwd`],
    ['backslashes', `/${ARTICLE_ID}\\..\\..\\secret.txt`],
    ['encoded backslashes', `/${ARTICLE_ID}/%5c..%5csecret.txt`],
    ['a Windows drive path', `/C:\\Windows\\win.ini`],
    ['NUL', `/${ARTICLE_ID}/${ASSET}%00.png`],
    ['an .svg', `/${ARTICLE_ID}/${HASH}.svg`],
    ['an .html', `/${ARTICLE_ID}/${HASH}.html`],
    ['upper-case hex', `/${ARTICLE_ID}/${HASH.toUpperCase()}.png`],
    ['upper-case extension', `/${ARTICLE_ID}/${HASH}.PNG`],
    ['a short hash', `/${ARTICLE_ID}/abc.png`],
    ['an extra segment', `/${ARTICLE_ID}/assets/${ASSET}`],
    ['a trailing slash', `/${ARTICLE_ID}/${ASSET}/`],
    ['no leading slash', `${ARTICLE_ID}/${ASSET}`],
    ['an empty path', ''],
    ['malformed percent-encoding', `/${ARTICLE_ID}/%E0%A4%A`],
    ['the trash', `/.trash/${ASSET}`],
  ])('refuses %s', async (_name, urlPath) => {
    const { libraryPath } = await setUp();
    expect(await resolveAssetPath(libraryPath, urlPath)).toBeNull();
  });

  it('refuses a missing asset and an unknown article', async () => {
    const { libraryPath } = await setUp();
    expect(await resolveAssetPath(libraryPath, `/${ARTICLE_ID}/${'cd'.repeat(32)}.png`)).toBeNull();
    expect(
      await resolveAssetPath(libraryPath, `/ffffffff-0000-4000-8000-00000000dead/${ASSET}`),
    ).toBeNull();
  });

  it('refuses a correctly named symlink in assets/ that points outside the library', async () => {
    const { root, libraryPath, assets } = await setUp();
    const trap = `${'ef'.repeat(32)}.png`;
    await symlink(path.join(root, 'secret.txt'), path.join(assets, trap));
    expect(await resolveAssetPath(libraryPath, `/${ARTICLE_ID}/${trap}`)).toBeNull();
  });

  it('refuses a symlink into another article of the same library', async () => {
    const { libraryPath, assets } = await setUp();
    const other = path.join(libraryPath, 'b1b2c3d4-0000-4000-8000-000000000002', 'assets');
    await mkdir(other, { recursive: true });
    const name = `${'12'.repeat(32)}.png`;
    await writeFile(path.join(other, name), 'other article');
    await symlink(path.join(other, name), path.join(assets, name));
    expect(await resolveAssetPath(libraryPath, `/${ARTICLE_ID}/${name}`)).toBeNull();
  });

  it('refuses an assets folder or article folder that is a symlink leading out', async () => {
    const { root, libraryPath } = await setUp();
    const outside = path.join(root, 'outside-assets');
    await mkdir(outside);
    await writeFile(path.join(outside, ASSET), 'outside');
    const linkedArticle = 'c1b2c3d4-0000-4000-8000-000000000003';
    await mkdir(path.join(libraryPath, linkedArticle));
    await symlink(outside, path.join(libraryPath, linkedArticle, 'assets'));
    expect(await resolveAssetPath(libraryPath, `/${linkedArticle}/${ASSET}`)).toBeNull();

    const linkedWhole = 'd1b2c3d4-0000-4000-8000-000000000004';
    await mkdir(path.join(root, 'elsewhere', 'assets'), { recursive: true });
    await writeFile(path.join(root, 'elsewhere', 'assets', ASSET), 'outside');
    await symlink(path.join(root, 'elsewhere'), path.join(libraryPath, linkedWhole));
    expect(await resolveAssetPath(libraryPath, `/${linkedWhole}/${ASSET}`)).toBeNull();
  });

  it('refuses a folder named like an asset', async () => {
    const { libraryPath, assets } = await setUp();
    const name = `${'34'.repeat(32)}.gif`;
    await mkdir(path.join(assets, name));
    expect(await resolveAssetPath(libraryPath, `/${ARTICLE_ID}/${name}`)).toBeNull();
  });

  it('refuses everything when the library does not exist', async () => {
    const root = await tempDir();
    expect(await resolveAssetPath(path.join(root, 'nope'), `/${ARTICLE_ID}/${ASSET}`)).toBeNull();
  });
});

describe('assetUrl', () => {
  it('gives each host its own display URL, never a file path', () => {
    expect(assetUrl('web', ARTICLE_ID, ASSET)).toBe(`/media/${ARTICLE_ID}/${ASSET}`);
    expect(assetUrl('electron', ARTICLE_ID, ASSET)).toBe(
      `newsdesk-asset://library/${ARTICLE_ID}/${ASSET}`,
    );
  });
});
