/**
 * Where the app's web contents may navigate and which links may go to the
 * system browser (Electron's checklist items 13–15), and how the app's own URLs
 * are recognised for IPC sender checks (17). Pure functions, under plain Node.
 */
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/main/app-origin';
import {
  externalUrlToOpen,
  isAllowedNavigation,
  isAllowedRedirect,
  isAppUrl,
  isSafeExternalUrl,
} from '../../../electron/main/navigation-policy';

describe('isSafeExternalUrl / externalUrlToOpen (shell.openExternal)', () => {
  it.each([
    ['https://vnexpress.net/thoi-su', 'https://vnexpress.net/thoi-su'],
    ['http://example.vn', 'http://example.vn/'],
    ['HTTPS://Tuoitre.VN/a b', 'https://tuoitre.vn/a%20b'],
    // A Vietnamese domain is handed over in its ASCII (punycode) form.
    ['https://báo.vn/tin', 'https://xn--bo-mia.vn/tin'],
  ])('opens %s as %s', (raw, opened) => {
    expect(externalUrlToOpen(raw)).toBe(opened);
    expect(isSafeExternalUrl(raw)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'smb://attacker.example/share',
    '\\\\attacker.example\\share\\x.exe',
    'ms-settings:display',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'mailto:toa-soan@example.vn',
    'tel:+84123456789',
    'ftp://example.vn/file',
    'app://newsdesk/index.html',
    'newsdesk-asset://library/a/b.png',
    'https://user:pass@example.vn/',
    'https://user@example.vn/',
    'http://',
    'https://',
    '/relative/path',
    'example.vn',
    '',
    `https://example.vn/${'a'.repeat(9000)}`,
  ])('refuses %j', (raw) => {
    expect(externalUrlToOpen(raw)).toBeNull();
    expect(isSafeExternalUrl(raw)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const raw of [undefined, null, 42, {}, ['https://example.vn/']]) {
      expect(isSafeExternalUrl(raw)).toBe(false);
    }
  });
});

describe('isAppUrl', () => {
  it('recognises the app by scheme and host, although Node gives it the origin "null"', () => {
    expect(new URL(`${APP_ORIGIN}/index.html`).origin).toBe('null');
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
  });

  it.each([
    'app://newsdesk.evil.example/index.html',
    'app://evil.example/newsdesk/index.html',
    'app://user@newsdesk/index.html',
    'app://newsdesk:8080/index.html',
    'app:newsdesk/index.html',
    'apps://newsdesk/index.html',
    'https://newsdesk/index.html',
    'http://127.0.0.1:3000/',
    'file:///newsdesk/index.html',
    'newsdesk-asset://library/x',
    'about:blank',
    'not a url',
  ])('refuses %s', (raw) => {
    expect(isAppUrl(raw)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('lets the main frame move only within the app', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`, true)).toBe(true);
    for (const raw of [
      'https://vnexpress.net/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'about:blank',
      'about:srcdoc',
      'javascript:alert(1)',
      'data:text/html,x',
      'app://other/index.html',
    ]) {
      expect(isAllowedNavigation(raw, true), raw).toBe(false);
    }
  });

  it('lets a subframe (the preview) load its srcdoc, and no web page', () => {
    expect(isAllowedNavigation('about:srcdoc', false)).toBe(true);
    expect(isAllowedNavigation('about:blank', false)).toBe(true);
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`, false)).toBe(true);
    for (const raw of [
      'https://vnexpress.net/',
      'about:blank#x',
      'about:srcdoc?x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
    ]) {
      expect(isAllowedNavigation(raw, false), raw).toBe(false);
    }
  });
});

describe('isAllowedRedirect', () => {
  it('allows redirects only into the app', () => {
    expect(isAllowedRedirect(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAllowedRedirect('https://vnexpress.net/')).toBe(false);
    expect(isAllowedRedirect('file:///etc/passwd')).toBe(false);
  });
});
