/**
 * What the body's link dialog stores for what a reporter typed
 * (`normalizeTypedLinkUrl`), beside the stricter rule for links that arrive by
 * paste (`normalizeLinkUrl`), which never adds a scheme.
 */
import { describe, expect, it } from 'vitest';
import {
  isAllowedLinkUrl,
  normalizeLinkUrl,
  normalizeTypedLinkUrl,
  readableLinkUrl,
} from '../../../renderer/src/editor/link-url';

describe('normalizeTypedLinkUrl (the link dialog)', () => {
  it.each([
    ['tuoitre.vn/abc', 'https://tuoitre.vn/abc'],
    ['vnexpress.net', 'https://vnexpress.net/'],
    ['  vnexpress.net/thoi-su?id=5#doan-2 ', 'https://vnexpress.net/thoi-su?id=5#doan-2'],
    ['tuoitre.vn:8080/x', 'https://tuoitre.vn:8080/x'],
    ['vnexpress.net/bai-viet-4567.html', 'https://vnexpress.net/bai-viet-4567.html'],
  ])('takes %j, a web address without its scheme, as https: %j', (input, stored) => {
    expect(normalizeTypedLinkUrl(input)).toBe(stored);
  });

  it.each([
    ['https://vnexpress.net/thoi-tiet', 'https://vnexpress.net/thoi-tiet'],
    ['  http://baochinhphu.vn/tin ', 'http://baochinhphu.vn/tin'],
    ['mailto:toasoan@example.vn', 'mailto:toasoan@example.vn'],
  ])('keeps %j, which has its scheme, as %j', (input, stored) => {
    expect(normalizeTypedLinkUrl(input)).toBe(stored);
  });

  it.each([
    'bai-viet.html',
    '../x',
    '/relative/path',
    'localhost/bai-viet',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://',
    // No address: the export drops it (shared/export/url.ts), so the dialog must not take it.
    'mailto:',
    'mailto:?subject=Tin',
    '',
    '   ',
  ])('refuses %j', (input) => {
    expect(normalizeTypedLinkUrl(input)).toBeNull();
  });

  it('stores a path typed in decomposed Unicode as its NFC form', () => {
    const composed = 'vnexpress.net/thời-sự';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(normalizeTypedLinkUrl(decomposed)).toBe(normalizeTypedLinkUrl(composed));
    expect(normalizeTypedLinkUrl(decomposed)).toBe(`https://${encodeURI(composed)}`);
  });
});

describe('normalizeLinkUrl (pasted links)', () => {
  it.each(['tuoitre.vn/abc', 'vnexpress.net', 'bai-viet.html', '../x'])(
    'never adds a scheme: %j stays unlinked',
    (input) => {
      expect(normalizeLinkUrl(input)).toBeNull();
      expect(isAllowedLinkUrl(input)).toBe(false);
    },
  );
});

describe('readableLinkUrl (a stored link shown for editing)', () => {
  it.each([
    ['https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i', 'https://vi.wikipedia.org/wiki/Hà_Nội'],
    ['https://tuoitre.vn/b%C3%A3o%20l%C5%A9', 'https://tuoitre.vn/bão lũ'],
    ['mailto:to%C3%A0-so%E1%BA%A1n@example.vn', 'mailto:toà-soạn@example.vn'],
  ])('shows %j as %j, which applies back to the same link', (href, shown) => {
    expect(readableLinkUrl(href)).toBe(shown);
    expect(normalizeTypedLinkUrl(shown)).toBe(href);
  });

  it.each([
    'https://vnexpress.net/a%2541',
    'https://vnexpress.net/a%2Fb',
    'https://vnexpress.net/%E0%A4%A',
    'https://xn--bo-hia.vn/',
  ])('keeps %j as it is: shown decoded, it would be another link, or nothing to decode', (href) => {
    expect(readableLinkUrl(href)).toBe(href);
  });
});
