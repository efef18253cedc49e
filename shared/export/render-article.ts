/**
 * The one publication-HTML renderer (DESIGN.md "Exported HTML"): article JSON in,
 * HTML out, with no DOM and no Lexical runtime, so the preview, the Export command
 * and the CLI produce the same bytes for the same article.
 */
import type { Article, SerializedNodeShape } from '../article/schema';
import { escapeHtml, fieldText } from './escape';
import { InvalidNodeError } from './errors';
import { renderPage } from './page';
import { rendererFor } from './registry';
import type { FlowPart, InlineAtom, RenderContext, RenderOptions } from './types';
import { publishedWebUrl } from './url';

/** Deeper than any real article; stops a malformed or hostile body from exhausting the stack. */
export const MAX_NESTING_DEPTH = 100;

/**
 * Shown in place of a missing headline, so a draft still previews as a valid page
 * (a document needs a non-empty title and the article its `<h1>`). The Export
 * command should refuse to publish an article without a headline.
 */
export const UNTITLED_HEADLINE = 'Chưa có tiêu đề';

function createContext(options: RenderOptions): RenderContext {
  let depth = 0;
  const enter = (node: SerializedNodeShape) => {
    depth += 1;
    if (depth > MAX_NESTING_DEPTH) {
      throw new InvalidNodeError(
        String(node.type),
        `nested deeper than ${MAX_NESTING_DEPTH} levels`,
      );
    }
  };

  const ctx: RenderContext = {
    options,
    firstImageSrc: null,
    flow(children) {
      const atoms: InlineAtom[] = [];
      ctx.inline(children, null, atoms);
      const parts: FlowPart[] = [];
      for (const atom of atoms) {
        const last = parts.at(-1);
        if (atom.kind === 'block') parts.push({ kind: 'block', html: atom.html });
        else if (last?.kind === 'run') last.atoms.push(atom);
        else parts.push({ kind: 'run', atoms: [atom] });
      }
      return parts;
    },
    inline(children, href, out) {
      for (const child of children) {
        const renderer = rendererFor(child);
        enter(child);
        if (renderer.kind === 'inline') {
          renderer.collect(child, ctx, href, out);
        } else {
          // A block inside inline content (a figure inside a paragraph or a link) is
          // lifted out: the surrounding paragraph is split around it.
          const html = renderer.render(child, ctx);
          if (html !== '') out.push({ kind: 'block', html });
        }
        depth -= 1;
      }
    },
  };
  return ctx;
}

/** The article as publication HTML: a whole page, or the `<article>` element alone. */
export function renderArticleHtml(article: Article, options: RenderOptions): string {
  // A related item linking to this very article (a box pasted from an article
  // that links here) is printed unlinked: the picker never offers the open
  // article, and a reader following it would land on the page they are reading.
  const ctx = createContext({
    ...options,
    resolveArticleLink: (articleId) =>
      articleId === article.id ? null : options.resolveArticleLink(articleId),
  });
  const body = ctx.flow([article.body.root]);
  const bodyHtml = body.map((part) => (part.kind === 'block' ? part.html : '')).filter(Boolean);

  const headline = fieldText(article.headline) || UNTITLED_HEADLINE;
  const sapo = fieldText(article.sapo);
  const byline = fieldText(article.byline);
  const articleHtml = [
    '<article>',
    `<h1>${escapeHtml(headline)}</h1>`,
    ...(sapo === '' ? [] : [`<p class="sapo">${escapeHtml(sapo)}</p>`]),
    ...bodyHtml,
    ...(byline === '' ? [] : [`<p class="byline">${escapeHtml(byline)}</p>`]),
    '</article>',
  ].join('\n');

  if (options.format === 'fragment') return articleHtml;
  // Link previews (Open Graph) need absolute addresses: known once the article
  // says where it is published, taking the exported folder to be published as
  // it is (its page at publishedUrl, its images/ beside it). A CMS that moves
  // the photos elsewhere gives them addresses this page cannot know. Without
  // publishedUrl there is no og:image: a relative one is ignored or misread by
  // the scrapers (Facebook, Zalo).
  const pageUrl = publishedWebUrl(article.meta.publishedUrl);
  const image =
    ctx.firstImageSrc !== null && pageUrl !== null
      ? new URL(ctx.firstImageSrc, pageUrl).href
      : null;
  return renderPage(articleHtml, { title: headline, description: sapo, image, url: pageUrl });
}

/** The `<article>` element alone, for embedding (the preview). */
export function renderArticleFragment(
  article: Article,
  options: Omit<RenderOptions, 'format'>,
): string {
  return renderArticleHtml(article, { ...options, format: 'fragment' });
}
