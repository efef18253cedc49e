import { describe, expect, it } from 'vitest';
import {
  BLOB_BODY_FROM_BYTES,
  jsonBlobParts,
  markImmutableJson,
  requestBodyOf,
} from '../../../renderer/src/bridge/json-blob';

/** The parts as one Blob: its bytes are what the host receives. */
const jsonBlob = (value: unknown) => new Blob(jsonBlobParts(value) as BlobPart[]);
const jsonRequestBody = (value: unknown) => requestBodyOf(jsonBlobParts(value));

const block = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, style: '' }],
  direction: null,
});

describe('jsonBlobParts', () => {
  it('gives the bytes of JSON.stringify, with immutable parts spliced in', async () => {
    const blocks = [block('Hà Nội "trích dẫn" \\ \u2028'), block('Tin mới'), block('')].map((b) =>
      markImmutableJson(b),
    );
    const value = {
      channel: 'article:save',
      request: {
        baseRevision: 'abc',
        article: { headline: 'Đà Nẵng', body: { root: { type: 'root', children: blocks } } },
        journal: { session: 's', sequence: 3 },
      },
    };
    expect(await jsonBlob(value).text()).toBe(JSON.stringify(value));
    // The same object twice (cached bytes) and mixed with fresh objects.
    const twice = { a: blocks[0], b: [blocks[0], block('mới'), blocks[1]], c: undefined };
    expect(await jsonBlob(twice).text()).toBe(JSON.stringify(twice));
  });

  it('reuses the encoded bytes of an immutable object', () => {
    const b = markImmutableJson(block('một'));
    const first = jsonBlobParts({ x: [b] }).find((p) => p instanceof Uint8Array);
    const second = jsonBlobParts({ y: b }).find((p) => p instanceof Uint8Array);
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  it('freezes what it caches, so a mutation cannot send stale bytes', () => {
    const b = markImmutableJson(block('hai'));
    expect(() => {
      (b.children[0] as { text: string }).text = 'ba';
    }).toThrow(TypeError);
  });

  it('leaves text that looks like a placeholder alone', async () => {
    const value = { text: '\uE000not-the-nonce:0\uE000', b: markImmutableJson(block('bốn')) };
    expect(await jsonBlob(value).text()).toBe(JSON.stringify(value));
  });

  it('is plain JSON without immutable parts', async () => {
    expect(jsonBlobParts({ a: 1 })).toEqual(['{"a":1}']);
    expect(await jsonBlob([1, 'x']).text()).toBe('[1,"x"]');
  });
});

describe('requestBodyOf', () => {
  it('is the JSON string for a small value and a Blob of the same bytes for a large one', async () => {
    const block = markImmutableJson({ type: 'paragraph', text: 'Hà Nội' });
    const small = { channel: 'article:save', request: { delta: { blocks: [0, block] } } };
    expect(jsonRequestBody(small)).toBe(JSON.stringify(small));

    const large = { blocks: [block, 'đ'.repeat(BLOB_BODY_FROM_BYTES)] };
    const body = jsonRequestBody(large);
    expect(body).toBeInstanceOf(Blob);
    expect(await (body as Blob).text()).toBe(JSON.stringify(large));
  });
});
