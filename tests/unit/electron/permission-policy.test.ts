/**
 * The one permission the app's page may have (checklist item 5): clipboard
 * writes for the Copy buttons, from the app's main frame only.
 */
import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../electron/main/permission-policy';

describe('isPermissionGranted', () => {
  it('lets the app write to the clipboard, so Copy headline and Copy sapo work', () => {
    expect(
      isPermissionGranted('clipboard-sanitized-write', 'app://newsdesk/index.html', true),
    ).toBe(true);
    // The check handler is given an origin rather than a URL.
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://newsdesk', true)).toBe(true);
  });

  it.each([
    ['a subframe (the export preview)', 'clipboard-sanitized-write', 'about:srcdoc', false],
    ['the app in a subframe', 'clipboard-sanitized-write', 'app://newsdesk/index.html', false],
    ['a web page', 'clipboard-sanitized-write', 'https://example.vn/', true],
    ['a local file', 'clipboard-sanitized-write', 'file:///tmp/x.html', true],
    ['no URL at all', 'clipboard-sanitized-write', undefined, true],
    ['a clipboard read', 'clipboard-read', 'app://newsdesk/index.html', true],
    ['the camera', 'media', 'app://newsdesk/index.html', true],
    ['notifications', 'notifications', 'app://newsdesk/index.html', true],
    ['an external app', 'openExternal', 'app://newsdesk/index.html', true],
  ])('denies %s', (_what, permission, url, isMainFrame) => {
    expect(isPermissionGranted(permission, url, isMainFrame)).toBe(false);
  });
});
