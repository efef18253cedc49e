/**
 * The page's own bridge calls (the ones sent while the page is being left) go
 * with `keepalive` when they fit the browser's quota, so a flush's save
 * outlives a closing tab; larger bodies go without it, since a keepalive
 * request over the quota is refused outright. A stand-in `fetch` records what
 * the bridge asked for; the real page close is tests/e2e/bridge-worker.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../renderer/src/bridge/http-bridge';
import { KEEPALIVE_MAX_BYTES, keepAliveFits } from '../../../renderer/src/bridge/invoke-request';
import type { WorkerTransport } from '../../../renderer/src/bridge/worker-transport';

/** A transport whose worker is away: every call is the page's. */
const pageSends: WorkerTransport = { send: () => null };

function recordFetches() {
  const inits: RequestInit[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      inits.push(init);
      return new Response(JSON.stringify({ ok: true, value: null }));
    }),
  );
  return inits;
}

afterEach(() => vi.unstubAllGlobals());

describe('keepAliveFits', () => {
  it('takes small string bodies and measures them in UTF-8 bytes, not characters', () => {
    expect(keepAliveFits('{"channel":"article:save"}')).toBe(true);
    expect(keepAliveFits('a'.repeat(KEEPALIVE_MAX_BYTES))).toBe(true);
    expect(keepAliveFits('a'.repeat(KEEPALIVE_MAX_BYTES + 1))).toBe(false);
    // 6,000 characters, 18,000 bytes: "ệ" is three bytes in UTF-8.
    expect(keepAliveFits('ệ'.repeat(6000))).toBe(false);
    expect(keepAliveFits(new Blob(['{}']))).toBe(false);
  });
});

describe('createHttpBridge, page-sent calls', () => {
  it('sends a small call with keepalive and a whole article without', async () => {
    const inits = recordFetches();
    const bridge = createHttpBridge('http://127.0.0.1:5000', pageSends);

    await bridge.invoke('article:load', { id: 'c0ffee00-0000-4000-8000-000000000001' });
    // ≈ 20,000 characters: still a string body (json-blob.ts), but over the keepalive cap.
    const paragraphs = Array.from({ length: 600 }, (_, i) => `Đoạn ${i}: người dân đón Tết.`);
    await bridge.invoke('article:load', { id: paragraphs.join(' ') });

    expect(inits.map((init) => init.keepalive)).toEqual([true, false]);
  });
});
