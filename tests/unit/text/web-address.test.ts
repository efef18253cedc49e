/** The one rule for a web address typed without its scheme (link dialog, related-news links). */
import { describe, expect, it } from 'vitest';
import { isBareWebAddress, withAssumedHttps } from '../../../shared/text/web-address';

describe('withAssumedHttps', () => {
  it.each([
    ['tuoitre.vn', 'https://tuoitre.vn'],
    ['tuoitre.vn/abc', 'https://tuoitre.vn/abc'],
    ['tuoitre.vn:8080/x', 'https://tuoitre.vn:8080/x'],
    ['báo-mới.vn/tin', 'https://báo-mới.vn/tin'],
  ])('puts https:// in front of %j', (input, output) => {
    expect(isBareWebAddress(input)).toBe(true);
    expect(withAssumedHttps(input)).toBe(output);
  });

  it.each([
    'https://vnexpress.net',
    'http://tuoitre.vn:8080/x',
    'mailto:toasoan@example.vn',
    'javascript:alert(1)',
    'bai-viet.html',
    'anh.JPG',
    '../x',
    '/relative/path',
    'localhost/bai-viet',
    'tuoitre.vn:abc',
    '',
  ])('leaves %j as it is', (input) => {
    expect(isBareWebAddress(input)).toBe(false);
    expect(withAssumedHttps(input)).toBe(input);
  });
});
