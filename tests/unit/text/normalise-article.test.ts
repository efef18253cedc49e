/** "Normalise text" as a pure function over article JSON (shared/text/normalise-article.ts). */
import { describe, expect, it } from 'vitest';
import { newArticle, type Article, type SerializedNodeShape } from '../../../shared/article/schema';
import { normaliseArticle, normaliseText } from '../../../shared/text/normalise-article';

const NFD = (text: string) => text.normalize('NFD');

function paragraph(...texts: string[]): SerializedNodeShape {
  return {
    type: 'paragraph',
    version: 1,
    children: texts.map((text) => ({ type: 'text', version: 1, text, format: 0 })),
  };
}

function articleWith(children: SerializedNodeShape[], fields: Partial<Article> = {}): Article {
  const article = newArticle('2024-01-01-abcdef', new Date('2024-01-01T00:00:00Z'));
  return { ...article, ...fields, body: { root: { ...article.body.root, children } } };
}

describe('normaliseText', () => {
  it('converts to the old style and to the new style, keeping case', () => {
    expect(normaliseText('Hoà bình, THUỶ điện, khoẻ', 'old')).toBe('Hòa bình, THỦY điện, khỏe');
    expect(normaliseText('Hòa bình, THỦY điện, khỏe', 'new')).toBe('Hoà bình, THUỶ điện, khoẻ');
  });

  it('returns NFC from NFD input, and leaves qu-/gi- and closed syllables alone', () => {
    expect(normaliseText(NFD('Quý, quá, hoàn, thuyền, giữa'), 'new')).toBe(
      'Quý, quá, hoàn, thuyền, giữa',
    );
    expect(normaliseText(NFD('thủy'), 'old')).toBe('thủy');
  });
});

describe('normaliseArticle', () => {
  const figure = {
    type: 'figure',
    version: 1,
    assetId: 'a'.repeat(64) + '.jpg',
    width: 10,
    height: 10,
    layout: 'inline',
    caption: 'Thuỷ điện Hoà Bình',
    credit: NFD('Ảnh: Khoẻ'),
    alt: 'hoà',
  };
  const related = {
    type: 'related-news',
    version: 1,
    heading: 'Tin liên quan',
    items: [
      {
        key: 'k1',
        headline: 'Hoà giải',
        summary: 'Khoẻ',
        link: { kind: 'url', url: 'https://x.vn/hoà' },
      },
    ],
  };
  const input = articleWith(
    [
      paragraph('Hoà bình ', NFD('và khoẻ')),
      {
        type: 'list',
        version: 1,
        children: [{ type: 'listitem', version: 1, children: [paragraph('thuỷ').children![0]!] }],
      },
      figure,
      related,
    ],
    { headline: 'Thuỷ lợi', sapo: NFD('Hoà hợp'), byline: 'Hoà' },
  );

  it('rewrites every text a reader sees, in every part, to the house style', () => {
    const { article, changes } = normaliseArticle(input, 'old');
    expect(article.headline).toBe('Thủy lợi');
    expect(article.sapo).toBe('Hòa hợp');
    expect(article.byline).toBe('Hòa');
    const [p, list, fig, rel] = article.body.root.children as SerializedNodeShape[];
    expect(p!.children!.map((child) => child.text)).toEqual(['Hòa bình ', 'và khỏe']);
    expect(list!.children![0]!.children![0]!.text).toBe('thủy');
    expect(fig).toMatchObject({ caption: 'Thủy điện Hòa Bình', credit: 'Ảnh: Khỏe', alt: 'hòa' });
    expect(rel).toMatchObject({ items: [{ headline: 'Hòa giải', summary: 'Khỏe' }] });
    expect(changes).toBe(11);
  });

  it('never touches URLs, ids or keys, and does not modify its input', () => {
    const before = JSON.stringify(input);
    const { article } = normaliseArticle(input, 'old');
    expect(JSON.stringify(input)).toBe(before);
    const rel = article.body.root.children[3] as unknown as typeof related;
    expect(rel.items[0]!.link).toEqual({ kind: 'url', url: 'https://x.vn/hoà' });
    expect(rel.items[0]!.key).toBe('k1');
    expect(article.id).toBe(input.id);
  });

  it('is idempotent and reports no changes on normal text', () => {
    const once = normaliseArticle(input, 'new').article;
    const twice = normaliseArticle(once, 'new');
    expect(twice.changes).toBe(0);
    expect(twice.article).toEqual(once);
  });
});
