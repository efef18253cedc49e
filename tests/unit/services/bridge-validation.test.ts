/**
 * Every channel of the bridge, table-driven (issue #8): a request with a field
 * the schema does not name is refused before any handler runs, at the top and
 * in every nested object; every id or name field refuses what is not an id;
 * requests that are not objects are refused. A channel added to requestSchemas
 * without a sample here fails the first test, so none can be forgotten.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatch } from '../../../electron/services/handlers';
import { newArticle } from '../../../shared/article/schema';
import { CHANNELS, requestSchemas, type Channel } from '../../../shared/ipc/channels';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER_ID = 'b1b2c3d4-0000-4000-8000-000000000002';
const ASSET = `${'ab'.repeat(32)}.png`;
const article = () => newArticle(ID, new Date('2026-01-02T03:04:05.000Z'));

/** One valid request per channel. */
const SAMPLES: Record<Channel, unknown> = {
  'app:info': {},
  'settings:update': { language: 'vi' },
  'app:last-article': { id: ID },
  'app:article-shown': { open: true },
  'library:list': { fromIndex: true },
  'library:check': { version: 'b1b2c3d4.12' },
  'article:create': {},
  'article:load': { id: ID },
  'article:save': {
    baseRevision: null,
    article: article(),
    journal: { session: 'session-0001', sequence: 3 },
  },
  'article:trash': { id: ID },
  'trash:list': {},
  'trash:restore': { trashId: `${ID}.1767323045000` },
  'trash:restore-copy': { trashId: `${ID}.1767323045000` },
  'image:import': { articleId: ID, name: 'anh.png', dataBase64: 'iVBORw0KGgo=' },
  'image:url': { articleId: ID, assetId: ASSET },
  'image:copy': { toArticleId: ID, assetId: ASSET, fromArticleId: OTHER_ID },
  'image:choose-and-import': { articleId: ID },
  'journal:write': {
    article: article(),
    baseRevision: 'f'.repeat(64),
    session: 'session-0001',
    sequence: 1,
  },
  'journal:list': {},
  'journal:restore': { id: ID, as: 'copy' },
  'journal:discard': { id: ID },
  'article:revision': { id: ID },
  'article:save-as-copy': { article: article() },
  'article:show-in-folder': { id: ID },
  'history:list': { id: ID },
  'history:load': { id: ID, snapshotId: '1767323045000-autosave-120' },
  'history:restore': { id: ID, snapshotId: '1767323045000-before-restore-0' },
  'history:take-sync-copies': { id: ID },
  'history:set-aside': { article: article() },
  'history:copied': { article: article() },
  'article:export': { id: ID },
} as Record<Channel, unknown>;

/**
 * The Lexical body is open by design: node fields are checked by each node's
 * importJSON and by the export. A delta (article-delta.ts) carries the body's
 * root fields and blocks the same way.
 */
const OPEN_BY_DESIGN = /\.article\.body(\.root(\.children\[\])?)?$|\.delta\.(root|blocks\[\])$/;

/** Fields that name something on disk or in the library; each must refuse what is not an id. */
const ID_FIELD = /(^id|Id)$/;

const HOSTILE_IDS = [
  '../../etc',
  '..',
  '.',
  '',
  'a1b2c3d4/../../x',
  'a1b2c3d4\\..\\x',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%2e%2e%2fetc',
  `${ID}\u0000`,
  `${ID}/`,
  ` ${ID}`,
  ID.toUpperCase(),
  'a'.repeat(300),
  'ａ1b2c3d4-0000', // full-width letter
];

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every plain object in `value` (outside the Lexical body), with its path. */
function objectPaths(value: unknown, path: string[] = []): string[][] {
  if (!isPlainObject(value)) return [];
  if (path.at(-1) === 'body') return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, inner]) => objectPaths(inner, [...path, key])),
  ];
}

/** Every string field whose name says it is an id, with its path. */
function idPaths(value: unknown, path: string[] = []): string[][] {
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'string' && ID_FIELD.test(key)
      ? [[...path, key]]
      : idPaths(inner, [...path, key]),
  );
}

function withValue(value: unknown, path: string[], update: (target: Json, key: string) => void) {
  const copy = structuredClone(value) as Json;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Json;
  update(target, path.at(-1)!);
  return copy;
}

/** A dispatch whose handlers only record that they were reached. */
function recordingDispatch() {
  const reached: string[] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_target, channel: string) => async () => {
        reached.push(channel);
        return { ok: true, value: null };
      },
    },
  );
  return { dispatch: createDispatch(handlers as Parameters<typeof createDispatch>[0]), reached };
}

async function expectRefused(channel: string, request: unknown) {
  const { dispatch, reached } = recordingDispatch();
  expect(await dispatch(channel, request)).toMatchObject({
    ok: false,
    error: { code: 'invalid-request' },
  });
  expect(reached).toEqual([]);
}

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}
const isZod = (value: unknown): value is ZodLike =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** Paths of object schemas that accept unknown keys (loose, or silently stripping them). */
function openObjects(schema: ZodLike, path: string, onStack = new Set<unknown>()): string[] {
  if (onStack.has(schema)) return [];
  onStack.add(schema);
  const def = schema._zod.def;
  const found: string[] = [];
  if (def.type === 'object') {
    const catchall = def.catchall as ZodLike | undefined;
    if (catchall?._zod.def.type !== 'never') found.push(path);
    for (const [key, inner] of Object.entries(def.shape as Record<string, ZodLike>)) {
      found.push(...openObjects(inner, `${path}.${key}`, onStack));
    }
  } else if (def.type === 'lazy') {
    found.push(...openObjects((def.getter as () => ZodLike)(), path, onStack));
  } else if (def.type === 'array') {
    found.push(...openObjects(def.element as ZodLike, `${path}[]`, onStack));
  } else {
    for (const inner of Object.values(def).flat()) {
      if (isZod(inner)) found.push(...openObjects(inner, path, onStack));
    }
  }
  onStack.delete(schema);
  return found;
}

describe('the bridge refuses what its schemas do not name', () => {
  it('has a valid sample request for every channel', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const parsed = requestSchemas[channel].safeParse(SAMPLES[channel]);
      expect(parsed.success, `${channel}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('finds open objects anywhere in a schema (the check itself can fail)', () => {
    const schema = z.strictObject({
      a: z.object({ b: z.string() }),
      c: z.array(z.looseObject({})).optional(),
      d: z.union([z.strictObject({}), z.lazy(() => z.object({}))]),
      e: z.strictObject({ f: z.strictObject({}).nullable() }),
    });
    expect(openObjects(schema as unknown as ZodLike, 'x')).toEqual(['x.a', 'x.c[]', 'x.d']);
  });

  it.each(CHANNELS)(
    '%s: every object schema is strict (only the Lexical body is open)',
    (channel) => {
      const open = openObjects(requestSchemas[channel] as unknown as ZodLike, channel);
      expect(open.filter((path) => !OPEN_BY_DESIGN.test(path))).toEqual([]);
    },
  );

  it.each(CHANNELS)('%s: the sample reaches its handler once', async (channel) => {
    const { dispatch, reached } = recordingDispatch();
    expect(await dispatch(channel, SAMPLES[channel])).toEqual({ ok: true, value: null });
    expect(reached).toEqual([channel]);
  });

  it.each(CHANNELS)('%s: an unknown field, at any depth, is refused', async (channel) => {
    for (const path of objectPaths(SAMPLES[channel])) {
      const request =
        path.length === 0
          ? { ...(SAMPLES[channel] as Json), unexpected: '/etc/passwd' }
          : withValue(SAMPLES[channel], path, (target, key) => {
              target[key] = { ...(target[key] as Json), unexpected: '/etc/passwd' };
            });
      await expectRefused(channel, request);
    }
  });

  it.each(CHANNELS)('%s: a "__proto__" key from JSON is refused', async (channel) => {
    const raw = JSON.stringify(SAMPLES[channel]).replace(/^\{/, '{"__proto__":{"admin":true},');
    await expectRefused(channel, JSON.parse(raw.replace(/,\}$/, '}')));
    expect(({} as Json).admin).toBeUndefined();
  });

  it.each(CHANNELS)('%s: every id field refuses what is not an id', async (channel) => {
    for (const path of idPaths(SAMPLES[channel])) {
      for (const hostile of HOSTILE_IDS) {
        await expectRefused(
          channel,
          withValue(SAMPLES[channel], path, (target, key) => (target[key] = hostile)),
        );
      }
    }
  });

  it.each(CHANNELS)('%s: a request that is not an object is refused', async (channel) => {
    for (const request of ['{}', 42, true, [], [SAMPLES[channel]]]) {
      await expectRefused(channel, request);
    }
  });

  it('refuses a body nested thousands of levels deep as a request, without throwing', async () => {
    const base = article();
    let node: Record<string, unknown> = {
      type: 'text',
      version: 1,
      text: 'lõi',
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
    };
    for (let level = 0; level < 20_000; level += 1)
      node = {
        type: 'paragraph',
        version: 1,
        children: [node],
        direction: null,
        format: '',
        indent: 0,
      };
    const deep = { ...base, body: { root: { ...base.body.root, children: [node] } } };
    await expectRefused('article:save', { baseRevision: null, article: deep });
  });

  it('refuses channels that do not exist, whatever their name looks like', async () => {
    for (const channel of [
      'fs:readFile',
      '__proto__',
      'constructor',
      'toString',
      'app:info ',
      42,
    ]) {
      await expectRefused(channel as string, {});
    }
  });
});
