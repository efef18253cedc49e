/**
 * The outline of the published page: its only h1 is the headline, body
 * sub-headings are h2 and h3 (export/blocks.ts). A level-3 sub-heading with no
 * level-2 one before it makes the page jump from h1 to h3, which screen
 * readers announce as a missing level and search engines read as a broken
 * outline. Reported once, at the first such sub-heading: an article written
 * with level 3 throughout needs one fix, not one finding per heading.
 */
import { excerptOf } from './excerpt';
import type { FindingSink } from './sink';
import type { ArticleUnits } from './units';

export function checkHeadingLevels(units: ArticleUnits, sink: FindingSink): void {
  for (const heading of units.headings) {
    if (heading.level === 2) return;
    sink.add(
      'subheading-skips-level',
      heading.order,
      { field: 'body', path: heading.path },
      { excerpt: excerptOf(heading.text), params: { excerpt: excerptOf(heading.text) } },
    );
    return;
  }
}
