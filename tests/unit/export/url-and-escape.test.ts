/** The two gates every user string passes: URL allowlists and HTML escaping. */
import { describe, expect, it } from 'vitest';
import { cleanText, escapeHtml } from '../../../shared/export/escape';
import {
  BODY_LINK_PROTOCOLS,
  safeAbsoluteUrl,
  safeResourceUrl,
  WEB_PROTOCOLS,
} from '../../../shared/export/url';

describe('safeAbsoluteUrl', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'https://',
    'mailto:',
    'mailto:?subject=Tin',
    'not a url',
    '',
  ])('refuses %j', (raw) => {
    expect(safeAbsoluteUrl(raw, BODY_LINK_PROTOCOLS)).toBeNull();
  });

  it('keeps http(s) and mailto links, serialised by the URL parser', () => {
    expect(safeAbsoluteUrl('  https://Example.VN/a b ', BODY_LINK_PROTOCOLS)).toBe(
      'https://example.vn/a%20b',
    );
    expect(safeAbsoluteUrl('mailto:a@b.vn', BODY_LINK_PROTOCOLS)).toBe('mailto:a@b.vn');
    expect(safeAbsoluteUrl('mailto:a@b.vn', WEB_PROTOCOLS)).toBeNull();
  });

  it('gives the same URL for NFD and NFC spellings', () => {
    const url = 'https://example.vn/Hà-Nội';
    expect(safeAbsoluteUrl(url.normalize('NFD'), WEB_PROTOCOLS)).toBe(
      safeAbsoluteUrl(url, WEB_PROTOCOLS),
    );
  });
});

describe('safeResourceUrl', () => {
  it('keeps relative references as written', () => {
    expect(safeResourceUrl('images/a.jpg', WEB_PROTOCOLS)).toBe('images/a.jpg');
    expect(safeResourceUrl('../bai-viet/', WEB_PROTOCOLS)).toBe('../bai-viet/');
  });

  it('allows extra schemes only when asked', () => {
    expect(safeResourceUrl('newsdesk-asset://a/b.jpg', WEB_PROTOCOLS)).toBeNull();
    expect(safeResourceUrl('newsdesk-asset://a/b.jpg', [...WEB_PROTOCOLS, 'newsdesk-asset:'])).toBe(
      'newsdesk-asset://a/b.jpg',
    );
  });

  it.each(['javascript:alert(1)', 'JAVA\tSCRIPT:x', 'data:image/png;base64,AA', ''])(
    'refuses %j',
    (raw) => {
      expect(safeResourceUrl(raw, WEB_PROTOCOLS)).toBeNull();
    },
  );
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('normalises to NFC', () => {
    expect(escapeHtml('Hà Nội'.normalize('NFD'))).toBe('Hà Nội'.normalize('NFC'));
  });

  it('writes a leading combining mark as a reference, so ">" + mark cannot compose', () => {
    expect(escapeHtml('\u0338x')).toBe('&#x338;x');
    expect(`<p>${escapeHtml('\u0338')}</p>`.normalize('NFC')).toBe(
      `<p>${escapeHtml('\u0338')}</p>`,
    );
  });

  it('drops characters HTML forbids and replaces lone surrogates', () => {
    expect(cleanText('a\u0000b\u0007c\u0085d\uFDD0e\uFFFFf')).toBe('abcdef');
    expect(cleanText('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanText('😀')).toBe('😀');
    expect(cleanText('a\tb\r\nc\nd')).toBe('a b c d');
  });
});
