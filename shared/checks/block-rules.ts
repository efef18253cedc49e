/**
 * Figures, related-news items and links: the parts of the body that publish
 * badly when a field is left empty or a URL does not parse.
 */
import { DEFAULT_RELATED_HEADING } from '../article/blocks';
import { fieldText } from '../export/escape';
import { excerptOf } from './excerpt';
import type { FindingSink } from './sink';
import { BODY_LINK_PROTOCOLS, isPublishableUrl, WEB_LINK_PROTOCOLS } from './urls';
import type { ArticleUnits } from './units';

/** Empty as published: white space and invisible characters only (export/escape.ts). */
function isBlank(text: string): boolean {
  return fieldText(text) === '';
}

export function checkFigures(units: ArticleUnits, sink: FindingSink): void {
  for (const figure of units.figures) {
    const params = { figure: figure.number };
    const excerpt = excerptOf(figure.caption || figure.alt);
    const at = (subfield: 'caption' | 'credit' | 'alt') => ({
      field: 'body' as const,
      path: figure.path,
      subfield,
    });
    if (isBlank(figure.caption))
      sink.add('figure-missing-caption', figure.order, at('caption'), { excerpt, params });
    if (isBlank(figure.credit))
      sink.add('figure-missing-credit', figure.order, at('credit'), { excerpt, params });
    if (isBlank(figure.alt))
      sink.add('figure-missing-alt', figure.order, at('alt'), { excerpt, params });
  }
}

/** The URL of a related item's link when it is a web link, '' when it has none, null for an article link. */
function relatedUrl(link: unknown): string | null {
  if (typeof link !== 'object' || link === null) return '';
  const { kind, url, articleId } = link as { kind?: unknown; url?: unknown; articleId?: unknown };
  // A link to another Newsdesk article resolves at export time: nothing to parse here.
  if (kind === 'article' && typeof articleId === 'string' && articleId !== '') return null;
  return kind === 'url' && typeof url === 'string' ? url : '';
}

export function checkRelatedNews(units: ArticleUnits, sink: FindingSink): void {
  for (const block of units.related) {
    for (const item of block.items) {
      const location = { field: 'body' as const, path: block.path, blockKey: item.key };
      // A blank heading publishes as the default one, so messages name that.
      const params = {
        item: item.number,
        heading: block.heading.trim() || DEFAULT_RELATED_HEADING,
      };
      const excerpt = excerptOf(item.headline || item.summary);
      if (isBlank(item.headline)) {
        sink.add(
          'related-item-missing-headline',
          item.order,
          { ...location, subfield: 'headline' },
          { excerpt, params },
        );
      }
      const url = relatedUrl(item.link);
      if (url === null) continue;
      if (isBlank(url)) {
        sink.add(
          'related-item-missing-link',
          item.order,
          { ...location, subfield: 'link' },
          { excerpt, params },
        );
      } else if (!isPublishableUrl(url, WEB_LINK_PROTOCOLS)) {
        sink.add(
          'malformed-link',
          item.order,
          { ...location, subfield: 'link' },
          {
            excerpt,
            params: { ...params, url },
          },
        );
      }
    }
  }
}

export function checkBodyLinks(units: ArticleUnits, sink: FindingSink): void {
  for (const link of units.links) {
    if (isPublishableUrl(link.url, BODY_LINK_PROTOCOLS)) continue;
    sink.add(
      'malformed-link',
      link.order,
      { field: 'body', path: link.path },
      {
        excerpt: excerptOf(link.text),
        params: { url: link.url },
        sortOffset: link.start,
      },
    );
  }
}
