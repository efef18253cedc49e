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

/**
 * A related item's link: the URL of a web link ('' when it has none), or the
 * id of the library article it links, which resolves at export time.
 */
function relatedLink(link: unknown): { url: string } | { articleId: string } {
  if (typeof link !== 'object' || link === null) return { url: '' };
  const { kind, url, articleId } = link as { kind?: unknown; url?: unknown; articleId?: unknown };
  if (kind === 'article' && typeof articleId === 'string' && articleId !== '') return { articleId };
  return { url: kind === 'url' && typeof url === 'string' ? url : '' };
}

/** `libraryArticleIds`: CheckOptions' own; related items linking other ids are flagged. */
export function checkRelatedNews(
  units: ArticleUnits,
  sink: FindingSink,
  libraryArticleIds?: ReadonlySet<string>,
): void {
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
      const link = relatedLink(item.link);
      if ('articleId' in link) {
        if (libraryArticleIds && !libraryArticleIds.has(link.articleId)) {
          sink.add(
            'related-article-missing',
            item.order,
            { ...location, subfield: 'link' },
            { excerpt, params },
          );
        }
        continue;
      }
      const { url } = link;
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
