/** Slugs within one export run, and the slug field's rules (issue #5). */
import { describe, expect, it } from 'vitest';
import {
  linkResolverFor,
  plannedExportSlug,
  planExportSlugs,
} from '../../../shared/export/export-plan';
import { exportSlug, isValidSlug, typedSlug } from '../../../shared/export/export-slug';

const summary = (id: string, headline: string, slug = '', publishedUrl?: string) => ({
  id,
  headline,
  slug,
  ...(publishedUrl ? { publishedUrl } : {}),
});

describe('exportSlug', () => {
  it('takes a valid stored slug as it is, else one made from the headline', () => {
    expect(exportSlug({ slug: 'ret-dam', headline: 'Hà Nội' })).toBe('ret-dam');
    expect(exportSlug({ slug: '', headline: 'Đường đến Điện Biên' })).toBe('duong-den-dien-bien');
  });

  it('never trusts a stored slug that could name another folder', () => {
    expect(exportSlug({ slug: '../../etc', headline: 'x' })).toBe('etc');
    expect(exportSlug({ slug: 'Rét Đậm', headline: 'x' })).toBe('ret-dam');
  });
});

describe('typedSlug', () => {
  it('is the trimmed stored slug when it is non-empty and valid', () => {
    expect(typedSlug({ slug: 'ret-dam' })).toBe('ret-dam');
    expect(typedSlug({ slug: '  ha-noi-2025 ' })).toBe('ha-noi-2025');
  });

  it.each(['', '   ', 'Rét Đậm', '../../etc', 'Ha-noi', 'ha--noi', 'x'.repeat(81)])(
    'is null for %j, which the export does not take as it is',
    (slug) => expect(typedSlug({ slug })).toBeNull(),
  );

  it('is what exportSlug uses whenever it is not null', () => {
    for (const slug of ['ret-dam', ' ret-dam ', '', 'Rét Đậm', '../../etc']) {
      const typed = typedSlug({ slug });
      if (typed !== null) expect(exportSlug({ slug, headline: 'Hà Nội' })).toBe(typed);
      else expect(exportSlug({ slug, headline: 'Hà Nội' })).not.toBe(slug.trim());
    }
  });
});

describe('isValidSlug', () => {
  it('accepts empty (from the headline) and lower-case words joined by single hyphens', () => {
    expect(isValidSlug('')).toBe(true);
    expect(isValidSlug('ha-noi-2025')).toBe(true);
  });
  it.each(['Ha-noi', 'ha_noi', 'ha--noi', '-ha', 'ha-', 'hà-nội', 'ha noi', 'a/b', 'x'.repeat(81)])(
    'refuses %j',
    (value) => expect(isValidSlug(value)).toBe(false),
  );
});

describe('planExportSlugs', () => {
  it('makes slugs unique within the run, stably by article id; a typed slug keeps its name', () => {
    const articles = [
      summary('bbbbbbbb-2', 'Rét đậm'),
      summary('aaaaaaaa-1', 'Rét đậm'),
      summary('cccccccc-3', 'Khác', 'ret-dam'),
    ];
    const slugs = planExportSlugs(articles);
    expect(Object.fromEntries(slugs)).toEqual({
      'cccccccc-3': 'ret-dam',
      'aaaaaaaa-1': 'ret-dam-2',
      'bbbbbbbb-2': 'ret-dam-3',
    });
    expect(planExportSlugs([...articles].reverse())).toEqual(slugs);
  });

  it('never uses a name Windows cannot open as a folder', () => {
    expect(planExportSlugs([summary('aaaaaaaa-1', 'Con')]).get('aaaaaaaa-1')).toBe('con-2');
  });
});

describe('linkResolverFor', () => {
  it('prefers the published URL, else the sibling folder under the planned slug', () => {
    const articles = [
      summary('aaaaaaaa-1', 'Rét đậm'),
      summary('bbbbbbbb-2', 'Rét đậm'),
      summary('cccccccc-3', 'Đã đăng', '', 'https://bao.example/a.html'),
    ];
    const resolve = linkResolverFor(articles, planExportSlugs(articles));
    expect(resolve('bbbbbbbb-2')).toBe('../ret-dam-2/index.html');
    expect(resolve('cccccccc-3')).toBe('https://bao.example/a.html');
    expect(resolve('dddddddd-4')).toBeNull();
  });
});

describe('plannedExportSlug', () => {
  it('is the slug planned over the library, else the article exported on its own', () => {
    const articles = [summary('aaaaaaaa-1', 'Rét đậm'), summary('bbbbbbbb-2', 'Rét đậm')];
    const slugs = planExportSlugs(articles);
    const open = (id: string, headline: string) => ({ id, headline, meta: { slug: '' } });
    expect(plannedExportSlug(slugs, open('bbbbbbbb-2', 'Rét đậm'))).toBe('ret-dam-2');
    // Not in the listing yet: named as a single export names it.
    expect(plannedExportSlug(slugs, open('cccccccc-3', 'Con'))).toBe('con-2');
  });
});
