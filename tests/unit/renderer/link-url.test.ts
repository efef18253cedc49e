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
