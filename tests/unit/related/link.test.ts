/** What a related item may link to, and where a library link points once exported. */
import { describe, expect, it } from 'vitest';
import {
  checkRelatedUrl,
  createLibraryLinkResolver,
  createPublishedLinkResolver,
  resolveLibraryLink,
  type LinkableSummary,
} from '../../../shared/related/link';
import { relatedItemSchema } from '../../../shared/article/blocks';
import { TEXT_LIMITS } from '../../../shared/article/limits';
import { moveItem, patchItem, pickedItemPatch, removeItem } from '../../../shared/related/items';

describe('checkRelatedUrl', () => {
  it.each([
    ['https://vnexpress.net/bac-giang-4567.html', 'https://vnexpress.net/bac-giang-4567.html'],
    ['  http://baochinhphu.vn/tin  ', 'http://baochinhphu.vn/tin'],
    ['HTTPS://Example.COM/Đường', 'HTTPS://Example.COM/Đường'],
    ['https://xn--bo-mi-vqa.vn/ă', 'https://xn--bo-mi-vqa.vn/ă'],
  ])('accepts %j and stores the trimmed text', (input, stored) => {
    expect(checkRelatedUrl(input)).toEqual({ ok: true, link: { kind: 'url', url: stored } });
  });

  it.each([
    ['vnexpress.net/bai-viet-4567.html', 'https://vnexpress.net/bai-viet-4567.html'],
    ['tuoitre.vn', 'https://tuoitre.vn'],
    ['  baochinhphu.vn/tin?id=5#doan-2 ', 'https://baochinhphu.vn/tin?id=5#doan-2'],
    ['báo-mới.vn/tin', 'https://báo-mới.vn/tin'],
    ['tuoitre.vn:8080/x', 'https://tuoitre.vn:8080/x'],
  ])('takes %j, a web address without its scheme, as https', (input, stored) => {
    expect(checkRelatedUrl(input)).toEqual({ ok: true, link: { kind: 'url', url: stored } });
  });

  it('stores NFC text for a link typed in decomposed form', () => {
    const nfd = 'https://example.vn/đường'.normalize('NFD');
    expect(checkRelatedUrl(nfd)).toEqual({
      ok: true,
      link: { kind: 'url', url: 'https://example.vn/đường' },
    });
  });

  it.each(['', '   ', '\n'])('treats %j as no link', (input) => {
    expect(checkRelatedUrl(input)).toEqual({ ok: true, link: null });
  });

  it.each([
    ['javascript:alert(1)', 'related.linkRefused'],
    ['JavaScript:alert(document.cookie)', 'related.linkRefused'],
    [' java\tscript:alert(1)', 'related.linkRefused'],
    ['data:text/html,<script>alert(1)</script>', 'related.linkRefused'],
    ['vbscript:msgbox', 'related.linkRefused'],
    ['mailto:toasoan@example.vn', 'related.linkRefused'],
    ['ftp://example.vn/file', 'related.linkRefused'],
    ['file:///etc/passwd', 'related.linkRefused'],
    ['localhost/bai-viet', 'related.linkIncomplete'],
    ['bai-viet.html', 'related.linkIncomplete'],
    ['/relative/path', 'related.linkIncomplete'],
    ['https://', 'related.linkIncomplete'],
    ['http//example.vn', 'related.linkIncomplete'],
    [`https://example.vn/${'a'.repeat(2000)}`, 'related.linkTooLong'],
  ])('refuses %j with %s', (input, message) => {
    expect(checkRelatedUrl(input)).toEqual({ ok: false, message });
  });
});

describe('resolveLibraryLink', () => {
  const library: LinkableSummary[] = [
    {
      id: 'bac-giang-0001',
      headline: 'Bắc Giang mở rộng vùng trồng vải thiều',
      slug: 'bac-giang-vai-thieu',
      publishedUrl: 'https://baobacgiang.example/vai-thieu.html',
    },
    { id: 'ha-noi-00002', headline: 'Hà Nội đón rét', slug: 'ha-noi-don-ret' },
    { id: 'no-slug-0003', headline: 'Đà Nẵng khai mạc lễ hội pháo hoa', slug: '' },
    {
      id: 'bad-url-0004',
      headline: 'Tin khác',
      slug: 'tin-khac',
      publishedUrl: 'javascript:alert(1)',
    },
  ];

  it('uses the published URL when the article has one', () => {
    expect(resolveLibraryLink('bac-giang-0001', library)).toBe(
      'https://baobacgiang.example/vai-thieu.html',
    );
  });

  it("links to the sibling exported page by the article's slug otherwise", () => {
    expect(resolveLibraryLink('ha-noi-00002', library)).toBe('../ha-noi-don-ret/index.html');
  });

  it('makes the slug from the headline when none is set, as the export names folders', () => {
    expect(resolveLibraryLink('no-slug-0003', library)).toBe(
      '../da-nang-khai-mac-le-hoi-phao-hoa/index.html',
    );
  });

  it('never passes on an unsafe published URL; the slug is used instead', () => {
    expect(resolveLibraryLink('bad-url-0004', library)).toBe('../tin-khac/index.html');
  });

  it('is null for an article that is not in the library', () => {
    expect(resolveLibraryLink('missing-0009', library)).toBeNull();
  });

  it('takes the export’s own folder names when given them', () => {
    const resolve = createLibraryLinkResolver(library, {
      slugOf: (summary) => `${summary.slug || 'x'}-2`,
    });
    expect(resolve('ha-noi-00002')).toBe('../ha-noi-don-ret-2/index.html');
    expect(resolve('bac-giang-0001')).toBe('https://baobacgiang.example/vai-thieu.html');
    expect(resolve('missing-0009')).toBeNull();
  });
});

describe('createPublishedLinkResolver (Copy HTML)', () => {
  it('links a library article at its published web address only', () => {
    const resolve = createPublishedLinkResolver([
      { id: 'a', headline: 'Đã đăng', slug: '', publishedUrl: ' https://bao.example/a.html ' },
      { id: 'b', headline: 'Chưa đăng', slug: 'chua-dang', publishedUrl: '' },
      { id: 'c', headline: 'Lạ', slug: '', publishedUrl: 'javascript:alert(1)' },
    ]);
    expect(resolve('a')).toBe('https://bao.example/a.html');
    // No export folders beside a CMS: unpublished, or not a web address, is not linked.
    expect(resolve('b')).toBeNull();
    expect(resolve('c')).toBeNull();
    expect(resolve('missing')).toBeNull();
  });
});

describe('item list operations', () => {
  const items = ['a', 'b', 'c', 'd'].map((key) => ({
    key,
    headline: key,
    summary: '',
    link: null,
  }));
  const keys = (list: { key: string }[]) => list.map((item) => item.key).join('');

  it('moves an item to a position, clamped to the list', () => {
    expect(keys(moveItem(items, 'a', 2))).toBe('bcad');
    expect(keys(moveItem(items, 'd', 0))).toBe('dabc');
    expect(keys(moveItem(items, 'b', 99))).toBe('acdb');
    expect(keys(moveItem(items, 'c', -1))).toBe('cabd');
    expect(keys(moveItem(items, 'zz', 0))).toBe('abcd');
  });

  it('patches and removes by key without touching the input', () => {
    expect(patchItem(items, 'b', { headline: 'B' })[1]!.headline).toBe('B');
    expect(keys(removeItem(items, 'c'))).toBe('abd');
    expect(keys(items)).toBe('abcd');
    expect(items[1]!.headline).toBe('b');
  });

  it('fills a picked item with fields the schema stores, however long the sapo', () => {
    // A sapo may hold twice what a related summary may (TEXT_LIMITS).
    const sapo = `${'Bắc Giang mở rộng vùng vải thiều 🍒. '.repeat(400)}`;
    expect(sapo.length).toBeGreaterThan(TEXT_LIMITS.relatedSummary);
    const patch = pickedItemPatch({ id: 'bac-giang-0001', headline: 'Bắc Giang', sapo });
    const item = { key: 'k', headline: '', summary: '', link: null, ...patch };
    expect(relatedItemSchema.safeParse(item).success).toBe(true);
    expect(sapo.startsWith(item.summary)).toBe(true);
    expect(item.summary.length).toBeGreaterThan(TEXT_LIMITS.relatedSummary - 2);
    expect(item.summary).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(pickedItemPatch({ id: 'bac-giang-0001', headline: 'Ngắn', sapo: 'Tóm tắt.' })).toEqual({
      headline: 'Ngắn',
      summary: 'Tóm tắt.',
      link: { kind: 'article', articleId: 'bac-giang-0001' },
    });
  });
});
