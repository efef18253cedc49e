/**
 * Serves the built renderer (dist/renderer) and nothing else: the request path
 * is decoded once, resolved against the root, and refused unless it stays inside
 * it. Unknown extensions are refused rather than guessed.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const contentType = CONTENT_TYPES[path.extname(relative).toLowerCase()];
  if (!contentType) return null;
  const rootReal = await realpath(root);
  const candidate = path.resolve(rootReal, relative);
  if (!isInside(rootReal, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(rootReal, real)) return null;
    return { body: await readFile(real), contentType };
  } catch {
    return null;
  }
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
