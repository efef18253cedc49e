/**
 * End to end through the web host: an image imported over the bridge (base64 in
 * JSON, as the renderer sends it) is served back from its display URL, behind
 * the per-launch secret, and nothing else in or near the library is.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../../electron/host/http-server';
import { createAppServices } from '../../../electron/services/app-services';
import type { Dispatch } from '../../../electron/services/handlers';
import { openSettings } from '../../../electron/services/settings';
import type { ImportedImage, LoadedArticle } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { rawGet } from '../../support/raw-http';
import { makePng } from './fixtures';

const SECRET = 'c'.repeat(64);
/** Read when spread, once the host (and so its cookie's name) exists. */
const cookie = {
  get Cookie() {
    return `${host.cookieName}=${SECRET}`;
  },
};
let root: string;
let libraryPath: string;
let dispatch: Dispatch;
let host: RunningWebHost;
let articleId: string;
let image: ImportedImage;
let png: Buffer;

function services(hostKind: 'web' | 'electron') {
  return createAppServices({
    settings: openSettings({ cwd: path.join(root, `config-${hostKind}`), projectName: 'Newsdesk' }),
    host: hostKind,
    systemLocales: ['en-US'],
    libraryPath,
    notices: [],
  });
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-media-'));
  libraryPath = path.join(root, 'library');
  await mkdir(libraryPath);
  const rendererDir = path.join(root, 'renderer');
  // Vite puts the renderer's own scripts under /assets: they must keep working.
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc123.js'), 'console.log(1);');
  await writeFile(path.join(root, 'secret.txt'), 'outside the library');

  dispatch = services('web').dispatch;
  articleId = value<LoadedArticle>(await dispatch('article:create', {})).article.id;
  png = await makePng(32, 16, 5);
  image = value<ImportedImage>(
    await dispatch('image:import', {
      articleId,
      name: 'chart.png',
      dataBase64: png.toString('base64'),
    }),
  );
  const assets = path.join(libraryPath, articleId, 'assets');
  await symlink(path.join(root, 'secret.txt'), path.join(assets, `${'ef'.repeat(32)}.png`));
  host = await startWebHost({
    dispatch,
    rendererDir,
    secret: SECRET,
    port: 0,
    libraryPath,
  });
});

afterAll(async () => {
  await host?.close();
  await rm(root, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${host.port}`;

describe('image:import over the bridge', () => {
  it('stores the image and answers with its id, size, type and web display URL', async () => {
    expect(image).toMatchObject({ width: 32, height: 16, mime: 'image/png' });
    expect(image.url).toBe(`/media/${articleId}/${image.assetId}`);
    const stored = await readFile(path.join(libraryPath, articleId, 'assets', image.assetId));
    expect(stored.subarray(0, 4)).toEqual(png.subarray(0, 4));
  });

  it('answers with a newsdesk-asset: URL in Electron', async () => {
    const electron = services('electron').dispatch;
    const again = value<ImportedImage>(
      await electron('image:import', {
        articleId,
        name: 'chart.png',
        dataBase64: png.toString('base64'),
      }),
    );
    expect(again.assetId).toBe(image.assetId);
    expect(again.url).toBe(`newsdesk-asset://library/${articleId}/${image.assetId}`);
    expect(value(await electron('image:url', { articleId, assetId: image.assetId }))).toEqual({
      url: again.url,
    });
  });

  it('refuses payloads that are not base64, too long, or aimed at a path', async () => {
    for (const request of [
      { articleId, name: 'x.png', dataBase64: 'not base64 at all!' },
      { articleId: '../etc', name: 'x.png', dataBase64: png.toString('base64') },
      { articleId, name: 'x'.repeat(256), dataBase64: png.toString('base64') },
      { articleId, name: 'x.png', dataBase64: png.toString('base64'), path: '/etc' },
    ]) {
      expect(await dispatch('image:import', request)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('image:url gives the display URL of a stored figure and not-found for a missing one', async () => {
    expect(value(await dispatch('image:url', { articleId, assetId: image.assetId }))).toEqual({
      url: image.url,
    });
    expect(
      await dispatch('image:url', { articleId, assetId: `${'00'.repeat(32)}.jpg` }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch('image:url', { articleId, assetId: '../article.json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('the web host /media route', () => {
  it('serves a stored image with its type, the security headers and a long cache', async () => {
    const response = await fetch(`${base()}${image.url}`, { headers: cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body).toEqual(
      await readFile(path.join(libraryPath, articleId, 'assets', image.assetId)),
    );
  });

  it('answers HEAD with the headers only', async () => {
    const response = await fetch(`${base()}${image.url}`, { method: 'HEAD', headers: cookie });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('refuses without the secret', async () => {
    expect((await rawGet(host.port, image.url)).status).toBe(403);
    const wrong = await rawGet(host.port, image.url, {
      Cookie: `${host.cookieName}=${'d'.repeat(64)}`,
    });
    expect(wrong.status).toBe(403);
  });

  it('refuses other methods', async () => {
    const response = await fetch(`${base()}${image.url}`, { method: 'DELETE', headers: cookie });
    expect(response.status).toBe(405);
  });

  it.each([
    ['../ segments', () => `/media/${articleId}/../../secret.txt`],
    ['../ right after /media', () => `/media/../secret.txt`],
    ['encoded ../', () => `/media/${articleId}/%2e%2e%2f%2e%2e%2fsecret.txt`],
    ['double-encoded ../', () => `/media/${articleId}/%252e%252e%252fsecret.txt`],
    ['encoded backslashes', () => `/media/${articleId}/..%5c..%5csecret.txt`],
    ['an absolute path', () => `/media//etc/passwd`],
    ['the article file', () => `/media/${articleId}/article.json`],
    ['an .svg name', () => `/media/${articleId}/${image.assetId.replace('.png', '.svg')}`],
    ['an .html name', () => `/media/${articleId}/${image.assetId.replace('.png', '.html')}`],
    ['NUL', () => `/media/${articleId}/${image.assetId}%00.png`],
    ['a symlink leading out', () => `/media/${articleId}/${'ef'.repeat(32)}.png`],
    ['an unknown article', () => `/media/ffffffff-0000-4000-8000-00000000dead/${image.assetId}`],
  ])('does not serve %s', async (_label, makePath) => {
    const response = await rawGet(host.port, makePath(), cookie);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the library');
    expect(response.body).not.toContain('root:');
  });

  it('still serves the renderer, including its own /assets scripts', async () => {
    const script = await fetch(`${base()}/assets/index-abc123.js`, { headers: cookie });
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('console.log(1);');
  });

  it('serves no images when started without a library', async () => {
    const bare = await startWebHost({
      dispatch,
      rendererDir: path.join(root, 'renderer'),
      secret: SECRET,
      port: 0,
    });
    try {
      const response = await fetch(`http://127.0.0.1:${bare.port}${image.url}`, {
        headers: { Cookie: `${bare.cookieName}=${SECRET}` },
      });
      expect(response.status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
