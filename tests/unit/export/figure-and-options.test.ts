/** Figures and the caller-supplied resolvers: what is trusted, what is checked. */
import { describe, expect, it } from 'vitest';
import { InvalidNodeError, UnsafeUrlError } from '../../../shared/export/errors';
import {
  MAX_NESTING_DEPTH,
  renderArticleFragment,
  renderArticleHtml,
} from '../../../shared/export/render-article';
import {
  article,
  ASSET_A,
  ASSET_B,
  figure,
  list,
  listitem,
  OPTIONS,
  paragraph,
  quote,
  text,
} from './builders';

describe('figures', () => {
  it('uses the first figure in reading order, even nested, as og:image', () => {
    const body = [quote(text('a'), figure({ assetId: ASSET_B })), figure({ assetId: ASSET_A })];
    const published = article(body);
    published.meta = { ...published.meta, publishedUrl: 'https://baomoi.example/tin/' };
    const html = renderArticleHtml(published, { ...OPTIONS, format: 'page' });
    expect(html).toContain(
      `<meta property="og:image" content="https://baomoi.example/tin/images/${ASSET_B}">`,
    );
  });

  it('makes og:image absolute, and adds og:url, when the article says where it is published', () => {
    const published = article([figure({ assetId: ASSET_A })], {
      meta: {
        slug: 'ret-dam',
        category: '',
        tags: [],
        status: 'published',
        notes: '',
        publishedUrl: 'https://baomoi.example/xa-hoi/ret-dam/',
      },
    });
    const html = renderArticleHtml(published, { ...OPTIONS, format: 'page' });
    expect(html).toContain(
      `<meta property="og:image" content="https://baomoi.example/xa-hoi/ret-dam/images/${ASSET_A}">`,
    );
    expect(html).toContain(
      '<meta property="og:url" content="https://baomoi.example/xa-hoi/ret-dam/">',
    );
    // Not published (or not at a web address): no address to give, so no
    // og:image (a relative one is ignored or misread by link-preview scrapers).
    const draft = {
      ...published,
      meta: { ...published.meta, publishedUrl: 'javascript:alert(1)' },
    };
    const relative = renderArticleHtml(draft, { ...OPTIONS, format: 'page' });
    expect(relative).not.toContain('og:image');
    expect(relative).not.toContain('og:url');
  });

  it('throws when the asset resolver returns an unsafe source', () => {
    const options = { ...OPTIONS, resolveAsset: () => ({ src: 'javascript:alert(1)' }) };
    expect(() => renderArticleFragment(article([figure({})]), options)).toThrow(UnsafeUrlError);
  });

  it('accepts the preview protocol only when it is allowed', () => {
    const resolveAsset = (id: string) => ({ src: `newsdesk-asset://article/${id}` });
    expect(() =>
      renderArticleFragment(article([figure({})]), { ...OPTIONS, resolveAsset }),
    ).toThrow(UnsafeUrlError);
    const html = renderArticleFragment(article([figure({})]), {
      ...OPTIONS,
      resolveAsset,
      assetSchemes: ['newsdesk-asset:'],
    });
    expect(html).toContain(`src="newsdesk-asset://article/${ASSET_A}"`);
  });

  it('throws InvalidNodeError for a figure that does not match its schema', () => {
    const broken = { ...figure({}), assetId: '../../etc/passwd' };
    expect(() => renderArticleFragment(article([broken]), OPTIONS)).toThrow(InvalidNodeError);
  });
});

describe('robustness', () => {
  it('refuses bodies nested deeper than any real article', () => {
    let node = listitem(text('đáy'));
    for (let i = 0; i < MAX_NESTING_DEPTH; i += 1) node = listitem(list('bullet', node));
    expect(() => renderArticleFragment(article([list('bullet', node)]), OPTIONS)).toThrow(
      /nested deeper/,
    );
  });

  it('renders an empty article as headline only', () => {
    expect(renderArticleFragment(article([paragraph()]), OPTIONS)).toBe(
      '<article>\n<h1>Tiêu đề</h1>\n</article>',
    );
  });
});
