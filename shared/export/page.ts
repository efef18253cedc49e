/**
 * The `page` format: a whole document around the article, with the metadata that
 * sites and link previews read. No external files: the exported folder must work
 * offline, so the little layout CSS sits in a `<style>` element (never in style
 * attributes).
 */
import { attr, escapeHtml } from './escape';

export const PAGE_STYLE = [
  'body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 Georgia,serif;color:#222}',
  'h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}',
  '.sapo{font-weight:bold}',
  'figure{margin:1.5rem 0}',
  'figure img{display:block;width:100%;height:auto}',
  'figcaption{font-size:.9rem;color:#555}',
  '.credit{font-size:.8rem;font-style:italic}',
  '.related-news{margin:1.5rem 0;padding:0 1rem;border:1px solid #ccc;background:#f6f6f6}',
  '.byline{text-align:right;font-weight:bold}',
].join('\n');

/**
 * The exact text of the page's `<style>` element. The app's Content Security
 * Policy allows this one stylesheet by its hash, so the live preview (a srcdoc
 * iframe, which inherits the app's policy) shows the page as readers see it.
 */
export const PAGE_STYLE_TEXT = `\n${PAGE_STYLE}\n`;

export interface PageMeta {
  /** Published text of the headline (already NFC and trimmed). */
  title: string;
  /** Published sapo, '' when there is none. */
  description: string;
  /** The first figure's image source, if any (absolute when `url` is known). */
  image: string | null;
  /** Where the page is published, when the article says so. */
  url?: string | null;
}

function meta(key: 'name' | 'property', name: string, content: string): string {
  return `<meta${attr(key, name)}${attr('content', content)}>`;
}

export function renderPage(article: string, page: PageMeta): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    ...(page.description === '' ? [] : [meta('name', 'description', page.description)]),
    meta('property', 'og:title', page.title),
    ...(page.description === '' ? [] : [meta('property', 'og:description', page.description)]),
    meta('property', 'og:type', 'article'),
    ...(page.url ? [meta('property', 'og:url', page.url)] : []),
    ...(page.image === null ? [] : [meta('property', 'og:image', page.image)]),
    `<style>${PAGE_STYLE_TEXT}</style>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    ...head,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
