/** Same article → same bytes, and decomposed (NFD) input → composed (NFC) output. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/schema';
import { renderArticleHtml } from '../../../shared/export/render-article';
import { OPTIONS } from './builders';
import { SAMPLE_ARTICLE } from './sample-article';

function deepMap(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => deepMap(v, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMap(v, map)]));
  }
  return value;
}

/** The same JSON with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe.each(['page', 'fragment'] as const)('%s output', (format) => {
  const render = (a: Article) => renderArticleHtml(a, { ...OPTIONS, format });

  it('is byte-identical when rendered twice', () => {
    expect(render(SAMPLE_ARTICLE)).toBe(render(structuredClone(SAMPLE_ARTICLE)));
  });

  it('does not depend on the order of keys in the JSON', () => {
    expect(render(reverseKeys(SAMPLE_ARTICLE) as Article)).toBe(render(SAMPLE_ARTICLE));
  });

  it('is NFC and identical for NFD input', () => {
    const nfd = deepMap(SAMPLE_ARTICLE, (s) => s.normalize('NFD')) as Article;
    expect(JSON.stringify(nfd)).not.toBe(JSON.stringify(SAMPLE_ARTICLE));
    const html = render(nfd);
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toBe(render(SAMPLE_ARTICLE));
  });
});
