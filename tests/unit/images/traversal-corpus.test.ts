/**
 * A traversal corpus against the image route (issue #8): each request tries to
 * read something that is not a stored figure of a library article — a file
 * beside the library, the article's JSON, another article's image, a file a
 * symlink leads to, a foreign extension — with the encodings and path tricks
 * that have beaten real servers. Every vector is sent both to
 * resolveAssetPath (what Electron's newsdesk-asset: protocol calls) and, as a
 * raw HTTP request with the secret, to the web host's /media route.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../../electron/host/http-server';
import { resolveAssetPath } from '../../../electron/services/asset-paths';
import { rawGet } from '../../support/raw-http';

const SECRET = 'e'.repeat(64);
/** Read when spread, once the host (and so its cookie's name) exists. */
const cookie = {
  get Cookie() {
    return `${host.cookieName}=${SECRET}`;
  },
};
const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER = 'b1b2c3d4-0000-4000-8000-000000000002';
const LINKED = 'c1b2c3d4-0000-4000-8000-000000000003';
const HASH = 'ab'.repeat(32);
const ASSET = `${HASH}.png`;
const OTHER_ASSET = `${'cd'.repeat(32)}.png`;
const LINK_OUT = `${'ef'.repeat(32)}.png`;
const LINK_ACROSS = `${'12'.repeat(32)}.png`;
/** What the files the corpus must never reach contain. */
const FORBIDDEN = [
  'SECRET BESIDE THE LIBRARY',
  'ARTICLE JSON',
  'OTHER ARTICLE IMAGE',
  '<svg',
  '<html',
];

let root: string;
let libraryPath: string;
let host: RunningWebHost;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-traversal-'));
  libraryPath = path.join(root, 'library');
  const assets = path.join(libraryPath, ID, 'assets');
  const otherAssets = path.join(libraryPath, OTHER, 'assets');
  await mkdir(assets, { recursive: true });
  await mkdir(otherAssets, { recursive: true });
  await writeFile(path.join(assets, ASSET), 'PNG BYTES');
  await writeFile(path.join(assets, `${HASH}.svg`), '<svg onload="alert(1)"/>');
  await writeFile(path.join(assets, `${HASH}.html`), '<html><script>alert(1)</script>');
  await writeFile(path.join(libraryPath, ID, 'article.json'), '{"ARTICLE JSON":1}');
  await writeFile(path.join(otherAssets, OTHER_ASSET), 'OTHER ARTICLE IMAGE');
  await writeFile(path.join(root, 'secret.txt'), 'SECRET BESIDE THE LIBRARY');
  // Correctly named files that are symlinks: out of the library, and into another article.
  await symlink(path.join(root, 'secret.txt'), path.join(assets, LINK_OUT));
  await symlink(path.join(otherAssets, OTHER_ASSET), path.join(assets, LINK_ACROSS));
  // An article folder that is itself a symlink to a folder outside the library.
  await mkdir(path.join(root, 'elsewhere', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'elsewhere', 'assets', ASSET), 'SECRET BESIDE THE LIBRARY');
  await symlink(path.join(root, 'elsewhere'), path.join(libraryPath, LINKED));

  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startWebHost({
    dispatch: async () => ({ ok: true, value: null }),
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

/** Display paths as they follow `/media` in a URL (and `newsdesk-asset://library`). */
const CORPUS: [string, string][] = [
  ['parent segments', `/${ID}/../../secret.txt`],
  ['parent segment first', `/../secret.txt`],
  ['parent segments to the root', `/../../../../../../etc/passwd`],
  ['encoded dots', `/${ID}/%2e%2e/%2e%2e/secret.txt`],
  ['encoded dots and slashes', `/${ID}/%2e%2e%2f%2e%2e%2fsecret.txt`],
  ['upper-case encoding', `/${ID}/%2E%2E%2F%2E%2E%2Fsecret.txt`],
  ['mixed dot and encoded dot', `/${ID}/.%2e/.%2e/secret.txt`],
  ['double-encoded', `/${ID}/%252e%252e%252fsecret.txt`],
  ['triple-encoded', `/${ID}/%25252e%25252e%25252fsecret.txt`],
  ['double-encoded valid name', `/${ID}/${HASH}%252epng`],
  ['overlong UTF-8 dots (2 bytes)', `/${ID}/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt`],
  ['overlong UTF-8 slash', `/${ID}/..%c0%af..%c0%afsecret.txt`],
  ['overlong UTF-8 dots (3 bytes)', `/${ID}/%e0%80%ae%e0%80%ae/secret.txt`],
  ['invalid percent-encoding', `/${ID}/%E0%A4%A`],
  ['encoded backslashes', `/${ID}/..%5c..%5csecret.txt`],
  ['raw backslashes', `/${ID}\\..\\..\\secret.txt`],
  ['backslash before the name', `/${ID}/%5c${ASSET}`],
  ['semicolon segment (Tomcat)', `/${ID}/..;/..;/secret.txt`],
  ['semicolon after the name', `/${ID}/${ASSET};/../../secret.txt`],
  ['encoded semicolon and extension', `/${ID}/${HASH}%3b.svg`],
  ['encoded question mark', `/${ID}/${ASSET}%3f/../../secret.txt`],
  ['full-width dots (U+FF0E)', `/${ID}/%ef%bc%8e%ef%bc%8e/secret.txt`],
  ['one-dot leaders (U+2024)', `/${ID}/%e2%80%a4%e2%80%a4/secret.txt`],
  ['NUL before an extension', `/${ID}/${ASSET}%00.png`],
  ['NUL before traversal', `/${ID}/%00../../secret.txt`],
  ['an absolute path', `//etc/passwd`],
  ['an encoded absolute path', `/%2fetc%2fpasswd`],
  ['an absolute path as the name', `/${ID}/%2fetc%2fpasswd`],
  ['a Windows drive path', `/C:%5cWindows%5cwin.ini`],
  ['a UNC path with backslashes', `/%5c%5cattacker.example%5cshare%5c${ASSET}`],
  ['a UNC path with slashes', `//attacker.example/share/${ASSET}`],
  ['a symlink leading out of the library', `/${ID}/${LINK_OUT}`],
  ['a symlink into another article', `/${ID}/${LINK_ACROSS}`],
  ['an article folder that is a symlink out', `/${LINKED}/${ASSET}`],
  ['another article’s image under this article', `/${ID}/${OTHER_ASSET}`],
  ['the article JSON', `/${ID}/article.json`],
  ['an SVG next to the image', `/${ID}/${HASH}.svg`],
  ['an HTML file next to the image', `/${ID}/${HASH}.html`],
  ['upper-case hash', `/${ID}/${HASH.toUpperCase()}.png`],
  ['upper-case extension', `/${ID}/${HASH}.PNG`],
  ['a trailing slash', `/${ID}/${ASSET}/`],
  ['a trailing dot (Windows strips it)', `/${ID}/${ASSET}.`],
  ['a trailing space', `/${ID}/${ASSET}%20`],
  ['an NTFS stream', `/${ID}/${ASSET}::$DATA`],
  ['the assets folder in the path', `/${ID}/assets/${ASSET}`],
  ['the trash', `/.trash/${ASSET}`],
  ['an upper-case article id', `/${ID.toUpperCase()}/${ASSET}`],
];

describe('the image route’s traversal corpus', () => {
  it('is a corpus of at least 30 vectors', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it('serves the real figure (so every refusal below is the check, not a broken setup)', async () => {
    expect(await resolveAssetPath(libraryPath, `/${ID}/${ASSET}`)).not.toBeNull();
    expect(await rawGet(host.port, `/media/${ID}/${ASSET}`, cookie)).toEqual({
      status: 200,
      body: 'PNG BYTES',
    });
  });

  it('sends an image with a policy under which nothing could run if it were opened as a page', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/media/${ID}/${ASSET}`, {
      headers: { Cookie: `${host.cookieName}=${SECRET}` },
    });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/(^|; )sandbox(;|$)/);
    expect(policy).not.toContain('script-src');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(CORPUS)('resolveAssetPath refuses %s', async (_name, displayPath) => {
    expect(await resolveAssetPath(libraryPath, displayPath)).toBeNull();
  });

  it.each(CORPUS)('/media refuses %s', async (_name, displayPath) => {
    const response = await rawGet(host.port, `/media${displayPath}`, cookie);
    expect([400, 404]).toContain(response.status);
    for (const forbidden of FORBIDDEN) expect(response.body).not.toContain(forbidden);
  });
});
